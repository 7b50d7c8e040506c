// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it, vi } from "vitest";

// The pages' build date and the viewer's today are both "now": fix it before the pages load.
vi.hoisted(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(2026, 10, 22, 12, 0, 0) });
});

vi.mock("next-intl/server", async () => (await import("../support/intl")).nextIntlServerStandIn());
// In the app the trial components render on the server and only their client part reads the
// page's client messages; here everything renders in jsdom, under that provider: give it all.
vi.mock("@/lib/i18n/catalogs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/i18n/catalogs")>();
  return { ...actual, timingMessages: (locale: "en" | "zh-CN") => actual.MESSAGES[locale] };
});

import TrialPage, { dynamicParams, generateMetadata, generateStaticParams } from "@/app/[locale]/trials/[id]/page";
import TrialsPageRoute from "@/app/[locale]/trials/page";
import { IntlProvider, renderIntl } from "../support/intl";
import { toEnglish } from "@/lib/core/english";
import { TrialList } from "@/components/trials/trial-list";
import { TRIALS } from "@/criteria";
import { CONCEPTS } from "@/lib/core/concepts";
import { criteriaCounts, describeRule, type RuleText } from "@/lib/core/describe";
import type { TrialDefinition } from "@/lib/core/trial";

afterAll(() => {
  vi.useRealTimers();
});

function trialById(id: string): TrialDefinition {
  const trial = TRIALS.find((t) => t.id === id);
  if (!trial) throw new Error(`no trial ${id}`);
  return trial;
}

/** Every leaf phrase of a rule in words (conditions and concept names). */
function leaves(rule: RuleText): string[] {
  return rule.kind === "group" ? rule.items.flatMap(leaves) : [toEnglish(rule.text)];
}

/** Headings never skip a level going down (h1 → h3 without an h2). */
function expectHeadingHierarchy(container: HTMLElement) {
  const levels = [...container.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `heading ${i} (h${level}) after h${levels[i - 1]}`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
  });
}

async function renderTrial(id: string) {
  return renderIntl(await TrialPage({ params: Promise.resolve({ locale: "en", id }) }));
}

describe("/trials", () => {
  it("lists every trial, open and freshest first, each linking to its page (changed: NCT06242405 is past its completion date, so not open)", async () => {
    const { container } = renderIntl(await TrialsPageRoute({ params: Promise.resolve({ locale: "en" }) }));
    expect(screen.getByRole("heading", { level: 1, name: "Trials" })).toBeTruthy();
    const list = screen.getByRole("list", { name: "Trials" });
    const articles = within(list).getAllByRole("article");
    expect(articles.map((a) => a.getAttribute("aria-labelledby"))).toEqual([
      "trial-NCT06984497",
      "trial-NCT06242405",
      "trial-NCT05106972",
      "trial-NCT01224327",
    ]);
    for (const trial of TRIALS) {
      const link = screen.getByRole("link", { name: `${trial.id}: ${trial.shortTitle}` });
      expect(link.getAttribute("href")).toBe(`/trials/${trial.id}`);
    }
    expectHeadingHierarchy(container);
  });

  it("shows NCT01224327 as UNKNOWN and flags its record (last updated 2010) as outdated", async () => {
    renderIntl(await TrialsPageRoute({ params: Promise.resolve({ locale: "en" }) }));
    const card = screen.getByRole("article", { name: /NCT01224327/ });
    expect(within(card).getByText("Unknown status")).toBeTruthy();
    expect(within(card).getByText("(UNKNOWN)")).toBeTruthy();
    expect(within(card).getByText(/^Outdated record/)).toBeTruthy();
    expect(within(card).getByText("status unknown; last updated 16 years 1 month ago")).toBeTruthy();
    expect(
      within(card).getByText("The record was last updated on 2010-10-20, 16 years 1 month ago: more than 24 months ago."),
    ).toBeTruthy();
    expect(within(card).getByText(/^The registry status is UNKNOWN/)).toBeTruthy();
  });

  it("shows each trial's status in words, freshness, dates against today, sponsor, phase and enrolment", async () => {
    renderIntl(await TrialsPageRoute({ params: Promise.resolve({ locale: "en" }) }));
    const recruiting = screen.getByRole("article", { name: /NCT06242405/ });
    expect(within(recruiting).getByText("Recruiting")).toBeTruthy();
    expect(within(recruiting).getByText(/^Stale record/)).toBeTruthy();
    expect(within(recruiting).getByText("last updated 1 year 8 months ago; completion date passed")).toBeTruthy();
    expect(within(recruiting).getByText("started 2 years 8 months ago")).toBeTruthy();
    expect(within(recruiting).getByText("passed 5 months ago")).toBeTruthy();
    expect(within(recruiting).getByText("General Hospital of Shenyang Military Region")).toBeTruthy();
    expect(within(recruiting).getByText("92 participants (estimated)")).toBeTruthy();
    expect(within(recruiting).getByText("Not applicable")).toBeTruthy();

    const notYet = screen.getByRole("article", { name: /NCT06984497/ });
    expect(within(notYet).getByText("Not yet recruiting")).toBeTruthy();
    expect(within(notYet).getByText(/start date passed/)).toBeTruthy();
    expect(within(notYet).getByText("expected in 1 year 1 month")).toBeTruthy();

    const old = screen.getByRole("article", { name: /NCT05106972/ });
    expect(within(old).getByText(/^Outdated record/)).toBeTruthy();
    expect(within(screen.getByRole("article", { name: /NCT01224327/ })).getByText("Phase 1/Phase 2")).toBeTruthy();
  });

  it.each(TRIALS.map((t) => [t.id, t] as const))("shows %s's criteria counts and encoding version as in the data", async (id, trial) => {
    renderIntl(await TrialsPageRoute({ params: Promise.resolve({ locale: "en" }) }));
    const card = screen.getByRole("article", { name: new RegExp(id) });
    const rules = trial.criteria.filter((c) => c.rule).length;
    const manual = trial.criteria.filter((c) => c.manual).length;
    const inclusion = trial.criteria.filter((c) => c.category === "inclusion").length;
    expect(
      within(card).getByText(
        `${trial.criteria.length} criteria (${inclusion} inclusion, ${trial.criteria.length - inclusion} exclusion): ${rules} encoded as rules, ${manual} manual (investigator)`,
      ),
    ).toBeTruthy();
    expect(within(card).getByText(new RegExp(`^Version ${trial.encoding.version.replace(/\./g, "\\.")}, from the registry record of`))).toBeTruthy();
  });

  it("assesses the server HTML against the build date and the browser against the viewer's today", () => {
    const trials = [trialById("NCT06242405")];
    // Server render: the build date.
    const html = renderToStaticMarkup(
      <IntlProvider>
        <TrialList trials={trials} renderedOn="2025-03-13" />
      </IntlProvider>,
    );
    expect(html).toContain("Assessed against <time dateTime=\"2025-03-13\">2025-03-13</time>");
    expect(html).toContain("Current record");
    // Client render: the viewer's today (2026-11-22 here).
    renderIntl(<TrialList trials={trials} renderedOn="2025-03-13" />);
    expect(screen.getByText("2026-11-22", { selector: "time" })).toBeTruthy();
    expect(screen.getByText(/^Stale record/)).toBeTruthy();
  });
});

describe("/trials/[id]", () => {
  it("is generated for every trial and for no other id", async () => {
    expect(generateStaticParams()).toEqual(["en", "zh-CN"].flatMap((locale) => TRIALS.map((t) => ({ locale, id: t.id }))));
    expect(dynamicParams).toBe(false);
    await expect(TrialPage({ params: Promise.resolve({ locale: "en", id: "NCT00000000" }) })).rejects.toThrow();
    expect(await generateMetadata({ params: Promise.resolve({ locale: "en", id: "NCT05106972" }) })).toMatchObject({
      title: "NCT05106972: UC-MSC in decompensated HBV cirrhosis — UC-MSC trial pre-screener",
    });
  });

  it("shows the header: titles, IDs, sponsor, site, design, enrolment, interventions, status, sex and ages", async () => {
    const trial = trialById("NCT06242405");
    const { container } = await renderTrial(trial.id);
    expect(screen.getByRole("heading", { level: 1, name: trial.briefTitle })).toBeTruthy();
    expect(screen.getByText(trial.officialTitle as string)).toBeTruthy();
    expect(screen.getByRole("link", { name: trial.id }).getAttribute("href")).toBe(`https://clinicaltrials.gov/study/${trial.id}`);
    expect(screen.getByText("XHNKKY-DFSC")).toBeTruthy();
    expect(screen.getAllByText("General Hospital of Shenyang Military Region").length).toBeGreaterThan(0);
    expect(screen.getByText("General Hospital of Northern Theater Command, Shenyang, Liaoning, China")).toBeTruthy();
    expect(screen.getByText("Allocation: randomized; model: parallel; masking: single (participant); purpose: treatment")).toBeTruthy();
    expect(screen.getByText("92 participants (estimated)")).toBeTruthy();
    expect(screen.getByText("18 to 80 years")).toBeTruthy();
    expect(screen.getByText("All")).toBeTruthy();
    const interventions = screen.getByRole("table", { name: "Interventions" });
    expect(within(interventions).getByRole("cell", { name: "peripheral vein" })).toBeTruthy();
    expect(within(interventions).getByText("Single-infusion group: one infusion; Double-infusion group: two infusions within one month")).toBeTruthy();
    expect(screen.getAllByText("Recruiting").length).toBeGreaterThan(0);
    // In the header (compact) and in the status section (with its reasons).
    expect(screen.getAllByText(/^Stale record/)).toHaveLength(2);
    expect(screen.getAllByText("last updated 1 year 8 months ago; completion date passed")).toHaveLength(2);
    expect(screen.getByText("Check the status with the site before referring a patient.")).toBeTruthy();
    expect(screen.getByText("passed 5 months ago")).toBeTruthy();
    expectHeadingHierarchy(container);
  });

  it.each(TRIALS.map((t) => [t.id, t] as const))(
    "%s: every registry line, verbatim, beside its encoding, interpretation and manual reason",
    async (_id, trial) => {
      await renderTrial(trial.id);
      for (const [category, title] of [
        ["inclusion", "Inclusion criteria"],
        ["exclusion", "Exclusion criteria"],
      ] as const) {
        const expected = trial.criteria.filter((c) => c.category === category);
        const table = screen.getByRole("table", { name: `${title} (${expected.length})` });
        const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
        expect(headers).toEqual(["ID", "Registry line (verbatim)", "Encoding in plain words"]);
        const rows = within(table).getAllByRole("row").slice(1);
        // Registry order.
        expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(
          expected.map((c) => `${c.id}${category === "inclusion" ? "Inclusion" : "Exclusion"}`),
        );
        expected.forEach((c, i) => {
          const row = rows[i] as HTMLElement;
          const [line, encoding] = within(row).getAllByRole("cell") as [HTMLElement, HTMLElement];
          expect(line.textContent).toBe(c.text);
          const words = encoding.textContent ?? "";
          if (c.rule) {
            expect(words).toContain(c.category === "inclusion" ? "Eligible only if" : "Excluded if");
            for (const leaf of leaves(describeRule(c.rule))) expect(words, `${c.id}: ${leaf}`).toContain(leaf);
          }
          if (c.appliesIf) {
            expect(words).toContain("Applies only when");
            for (const leaf of leaves(describeRule(c.appliesIf))) expect(words).toContain(leaf);
          }
          if (c.manual) {
            expect(within(encoding).getByText("Manual — investigator")).toBeTruthy();
            expect(words).toContain(c.manual.reason);
          } else {
            expect(words).not.toContain("Manual — investigator");
          }
          if (c.interpretation) expect(words).toContain(`Interpretation: ${c.interpretation}`);
        });
      }
      const counts = criteriaCounts(trial);
      expect(screen.getAllByText(new RegExp(`${counts.total} criteria: ${counts.rules} encoded as rules, ${counts.manual} manual`)).length).toBe(2);
    },
  );

  it("writes NCT05106972's PT line in plain words", async () => {
    await renderTrial("NCT05106972");
    const row = screen.getByRole("rowheader", { name: /EXCL06/ }).closest("tr") as HTMLElement;
    expect(within(row).getByText("PT prolongation is greater than 3 seconds")).toBeTruthy();
    expect(within(row).getByText("PT prolongation is more than 3 s")).toBeTruthy();
    expect(within(row).getByText("Excluded if:")).toBeTruthy();
  });

  it("links shared concepts to their definitions, with rationale, marking Chinese text", async () => {
    const { container } = await renderTrial("NCT06242405");
    const link = screen.getByRole("link", { name: "End-stage liver disease (shared definition)" });
    expect(link.getAttribute("href")).toBe("#concept-endStageLiverDisease");
    const section = screen.getByRole("region", { name: "Shared definitions" });
    for (const id of ["endStageLiverDisease", "decompensatedCirrhosis"] as const) {
      const heading = within(section).getByRole("heading", { level: 3, name: CONCEPTS[id].label });
      expect(heading.id).toBe(`concept-${id}`);
      expect(within(section).getByText(CONCEPTS[id].definition)).toBeTruthy();
    }
    expect(within(section).getByText(/^In Chinese hepatology usage/)).toBeTruthy();
    const zh = [...container.querySelectorAll('[lang="zh"]')].map((e) => e.textContent);
    expect(zh).toContain("终末期肝病");
    // Only Chinese text is marked Chinese (the term, and the Chinese guideline's citation).
    for (const text of zh) expect(text).toMatch(/^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+$/u);
  });

  it.each(["NCT06242405", "NCT01224327"])("shows the end-stage concept's zones and sources on %s's page (changed: zones and sources)", async (id) => {
    await renderTrial(id);
    const section = screen.getByRole("region", { name: "Shared definitions" });
    const esld = CONCEPTS.endStageLiverDisease;
    for (const zone of esld.zones) expect(within(section).getByText(zone.text)).toBeTruthy();
    expect(within(section).getAllByText("For the investigator:").length).toBeGreaterThan(0);
    expect(section.textContent).toContain("Hepatol Int 2019;13:353–390");
    expect(section.textContent).toContain("J Hepatol 2018;69:406–460");
    expect(section.textContent).not.toContain("2006;44:217");
  });

  it("lists both source documents of NCT06242405 with their differences", async () => {
    const trial = trialById("NCT06242405");
    await renderTrial(trial.id);
    const section = screen.getByRole("region", { name: "Source documents" });
    const docs = within(section).getAllByRole("article");
    expect(docs).toHaveLength(2);
    const [encoded, older] = trial.sources as [TrialDefinition["sources"][number], TrialDefinition["sources"][number]];
    const first = within(section).getByRole("article", { name: encoded.file });
    expect(within(first).getByText("The criteria were encoded from this document.")).toBeTruthy();
    expect(within(first).getByText(encoded.origin)).toBeTruthy();
    expect(within(first).getByText("None recorded.")).toBeTruthy();
    const second = within(section).getByRole("article", { name: older.file });
    expect(within(second).getByText(older.origin)).toBeTruthy();
    expect(within(second).getByText("2024-02-06")).toBeTruthy();
    expect(within(second).getByText("Not yet recruiting")).toBeTruthy();
    expect(within(second).getByText("2024-02-01 / 2025-03-01")).toBeTruthy();
    const items = within(second).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(older.differences);
    expect(older.differences.length).toBe(7);
  });
});
