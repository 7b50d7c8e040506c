/**
 * Where a keystroke's time goes, from Chromium's own trace (the DevTools Performance panel's
 * events, through the DevTools protocol's Tracing domain), on the production build at a chosen
 * CPU slowdown. A companion to bench-ui.ts, which times keystrokes: this script says what fills
 * them. Reports figures; asserts nothing.
 *
 * For KEYSTROKES single keystrokes in the bilirubin field ("2" ↔ "20" mg/dL), after a few to warm
 * up, it prints the medians, in ms from the keydown event's dispatch:
 *   - when the input event's dispatch starts (the browser has inserted the character by then);
 *   - the layout the browser does before it, while inserting the character: its duration and how
 *     many layout objects it covered (a "partial layout" covers the typed box alone, see
 *     components/screening/fields.tsx, TypingBox);
 *   - the input event's dispatch (react-hook-form, the results' render and commit);
 *   - the layout right after it, in the same task (the committed results; the caret scrolled into view).
 *
 *   npm run trace:keystroke -- [--rate 4] [--locale en] [--keystrokes 20]
 */
import type { CDPSession } from "playwright-core";
import { launchBrowser, startServer } from "../tests/e2e/support/server";
import { argValue, median } from "./support/figures";

const RATE = Number(argValue("--rate") ?? 4);
const LOCALE = argValue("--locale") ?? "en";
const KEYSTROKES = Number(argValue("--keystrokes") ?? 20);
const WARM_UP = 4;

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; args?: { data?: { type?: string }; beginData?: { dirtyObjects?: number; totalObjects?: number; partialLayout?: boolean } } };

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they are Chromium's trace event format.
  const onData = (data: { value: object[] }) => void events.push(...(data.value as TraceEvent[]));
  cdp.on("Tracing.dataCollected", onData);
  const complete = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline", transferMode: "ReportEvents" });
  await run();
  await cdp.send("Tracing.end");
  await complete;
  cdp.off("Tracing.dataCollected", onData);
  return events;
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.addCookies([{ name: "NEXT_LOCALE", value: LOCALE, url: server.url }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.url}/`);
  await page.locator("#results [data-trial]").first().waitFor({ timeout: 60_000 });
  await page.locator("#field-labs-bilirubin-unit").selectOption("mg/dL");
  const field = page.locator("#field-labs-bilirubin-value");
  await field.fill("2");
  await page.waitForTimeout(1000);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: RATE });
  await field.focus();
  await field.press("End");
  const events = await trace(cdp, async () => {
    for (let i = 0; i < WARM_UP + KEYSTROKES; i++) {
      await page.keyboard.press(i % 2 === 0 ? "0" : "Backspace");
      await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
    }
  });
  const dispatches = events.filter((e) => e.name === "EventDispatch" && e.ph === "X");
  const keydowns = dispatches.filter((e) => e.args?.data?.type === "keydown").slice(WARM_UP);
  const main = keydowns[0]?.tid;
  const layouts = events.filter((e) => e.name === "Layout" && e.ph === "X" && e.tid === main);
  const rows: { inputAt: number; before: TraceEvent | undefined; input: number; after: TraceEvent | undefined }[] = [];
  for (const keydown of keydowns) {
    const input = dispatches.find((e) => e.tid === main && e.args?.data?.type === "input" && e.ts > keydown.ts);
    const duration = input?.dur;
    if (!input || duration === undefined) continue;
    const before = layouts.find((e) => e.ts > keydown.ts && e.ts < input.ts);
    const after = layouts.find((e) => e.ts >= input.ts + duration && e.ts < input.ts + duration + 2_000);
    rows.push({ inputAt: (input.ts - keydown.ts) / 1000, before, input: duration / 1000, after });
  }
  const ms = (x: number) => x.toFixed(2);
  const layoutMs = (events: (TraceEvent | undefined)[]) => ms(median(events.map((e) => (e?.dur ?? 0) / 1000)));
  const objects = (events: (TraceEvent | undefined)[]) => {
    const counts = events.filter((e): e is TraceEvent => e !== undefined).map((e) => `${e.args?.beginData?.dirtyObjects ?? "?"} of ${e.args?.beginData?.totalObjects ?? "?"}${e.args?.beginData?.partialLayout ? ", partial" : ""}`);
    return [...new Set(counts)].join("; ") || "none";
  };
  console.log(`${LOCALE} ${RATE}×, ${rows.length} keystrokes in the bilirubin field (medians, ms from the keydown's dispatch):`);
  console.log(`  input event dispatched at          ${ms(median(rows.map((r) => r.inputAt)))}`);
  console.log(`  layout before it (inserting text)  ${layoutMs(rows.map((r) => r.before))} ms; layout objects (dirty of total): ${objects(rows.map((r) => r.before))}`);
  console.log(`  input event's dispatch             ${ms(median(rows.map((r) => r.input)))} ms`);
  console.log(`  layout right after it              ${layoutMs(rows.map((r) => r.after))} ms; layout objects: ${objects(rows.map((r) => r.after))}`);
} finally {
  await browser.close();
  await server.stop();
}
