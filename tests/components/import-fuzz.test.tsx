// @vitest-environment jsdom
/**
 * Bad profile files through the real "Load profile (JSON)" input of the screening page: after a
 * few fields are filled in, random malformed files (text that is not JSON, JSON that is not a
 * profile, profiles with a value corrupted, unknown fields, truncated files, random bytes) are
 * loaded one after another. After each: an alert names every field the file got wrong (label and
 * path), or says the file is not JSON; the form's values, the draft in sessionStorage and the
 * results are exactly as before.
 *
 * N is limited by jsdom (re-rendering this page costs milliseconds per file): 500 files here.
 * The 10,000-input fuzzing of the import itself is in tests/engine/fuzz.test.ts, against
 * readProfileFile (lib/view/profile-file.ts), the same pure function this component calls; here the
 * point is the component's side: the message it shows, and that a rejected file changes nothing.
 */
import { configure, fireEvent, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import fc from "fast-check";
import { toEnglish } from "@/lib/core/english";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderScreening } from "../support/screening";
import { DRAFT_KEY } from "@/lib/view/draft";
import { decodeProfileBytes, listedIssues, readProfileFile, type ProfileFileResult } from "@/lib/view/profile-file";
import { corruptedProfile, fullProfile } from "../support/arbitraries";

configure({ defaultHidden: true });
vi.setConfig({ testTimeout: 240_000 });

const RUNS = 500;

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A file's bytes: text, or raw bytes (decoded as UTF-8 by the page, as a browser does). */
type BadFile = string | Uint8Array;

const badFile: fc.Arbitrary<BadFile> = fc
  .oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.json({ maxDepth: 3 }),
    corruptedProfile.map((p) => JSON.stringify(p)),
    fullProfile.map((p) => JSON.stringify(p).slice(0, -3)),
    fullProfile.map((p) => JSON.stringify({ ...p, name: "Wang Li", mrn: "13800138000" })),
    fc.record({ demographics: fc.record({ ageYears: fc.oneof(fc.double(), fc.string(), fc.constant(null)) }) }).map((p) => JSON.stringify(p)),
    fc.uint8Array({ maxLength: 120 }),
    fc.constantFrom("", "null", "[]", '"x"', "1e999", '{"demographics":{"ageYears":1e999}}', '{"__proto__":{"x":1}}', "age,sex\n56,male", "\uFEFF{"),
  )
  .filter((content) => !expectedResult(content).ok);

/** What the page should make of the file: its bytes decoded as the page and the CLI decode them, then read. */
function expectedResult(content: BadFile): ProfileFileResult {
  const decoded = decodeProfileBytes(typeof content === "string" ? new TextEncoder().encode(content) : content);
  return decoded.ok ? readProfileFile(decoded.text) : { ok: false, message: decoded.message, issues: [] };
}

const form = () => document.querySelector("form")!;
const header = () => within(document.getElementById("screening-header")!);
const results = () => document.getElementById("results-heading")!.closest("section")!;

/** Every control of the form with its value (or checked state). */
function formSnapshot(): string[] {
  return [...form().querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")].map((el) =>
    el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox") ? `${el.id}=${el.checked}` : `${el.id}=${el.value}`,
  );
}

function verdictSnapshot(): string[] {
  return [...document.querySelectorAll("article[data-trial]")].map((card) => `${card.getAttribute("data-trial")}: ${card.textContent}`);
}

function snapshot() {
  return {
    form: formSnapshot(),
    verdicts: verdictSnapshot(),
    results: results().textContent,
    draft: window.sessionStorage.getItem(DRAFT_KEY),
  };
}

function loadFile(content: BadFile, name: string) {
  const input = header().getByLabelText("Load profile (JSON)") as HTMLInputElement;
  const file = new File([content as BlobPart], name, { type: "application/json" });
  // What a browser does when a file is picked: the input's files change, then a change event.
  Object.defineProperty(input, "files", { configurable: true, value: [file] });
  fireEvent.change(input);
}

describe("loading bad profile files into the screening page", () => {
  it(`refuses ${RUNS} random bad files, naming the fields, and changes nothing`, async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    await renderScreening();

    // A screening in progress: a label, a number, a yes/no, a lab in SI, a time-since, an error.
    const section = (id: string) => within(document.getElementById(`section-${id}`)!);
    await user.type(within(form()).getByLabelText("Screening label"), "Bed 9");
    await user.type(section("demographics").getByLabelText("Age"), "61");
    await user.click(within(section("liver").getByRole("group", { name: "Cirrhosis" })).getByRole("radio", { name: "Cirrhosis: Yes" }));
    await user.type(section("labs").getByLabelText("Total bilirubin"), "51.3");
    await user.selectOptions(section("labs").getByLabelText("Total bilirubin unit"), "µmol/L");
    await user.type(section("labs").getByLabelText("Sodium"), "abc");
    await user.click(within(section("exposures").getByRole("group", { name: "Interferon" })).getByRole("radio", { name: "Interferon: Never" }));
    // The draft is saved 300 ms after the last change; wait for it, so that "unchanged" includes it.
    await waitFor(() => expect(window.sessionStorage.getItem(DRAFT_KEY)).toContain('"abc"'), { timeout: 30_000 });
    const before = snapshot();
    expect(before.results).toContain("1 field has an error");
    expect(before.verdicts.length).toBe(4);

    let run = 0;
    let notJson = 0;
    let schema = 0;
    await fc.assert(
      fc.asyncProperty(badFile, async (content) => {
        const name = `bad-${++run}.json`;
        loadFile(content, name);
        const alert = await header().findByRole("alert", {}, { timeout: 30_000 });
        await waitFor(() => expect(alert.textContent).toContain(`Could not load ${name}.`), { timeout: 30_000 });
        const text = alert.textContent ?? "";
        const expected = expectedResult(content);
        if (expected.ok) throw new Error("a valid file slipped through the filter");
        if (expected.issues.length === 0) {
          notJson++;
          expect(text).toMatch(/not valid JSON|not UTF-8|too large/);
        } else {
          schema++;
          expect(text).toMatch(/does not match the profile schema|twice in the same place|format version/);
          // The first problems, by the field's label (when it has one) and its path; then a count.
          const { listed, more } = listedIssues(expected.issues);
          for (const issue of listed) {
            expect(text).toContain(`${issue.label ? `${toEnglish(issue.label)} (${issue.path})` : issue.path}: ${issue.message}`);
          }
          if (more > 0) expect(text).toContain(`and ${more.toLocaleString("en-US")} more`);
        }
        expect(text).toContain("Nothing was changed.");
        expect(text).not.toMatch(/NaN|undefined|\[object/);
        // Nothing changed: the form, the results, the draft.
        expect(snapshot()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    expect(run).toBe(RUNS);
    expect(notJson).toBeGreaterThan(0);
    expect(schema).toBeGreaterThan(0);

    // The input still works: a good file is taken (after asking, as a screening is open).
    vi.spyOn(window, "confirm").mockReturnValue(true);
    loadFile(JSON.stringify({ demographics: { ageYears: 90 } }), "good.json");
    await waitFor(() => expect((section("demographics").getByLabelText("Age") as HTMLInputElement).value).toBe("90"));
    expect(header().queryByRole("alert")).toBeNull();
  });
});
