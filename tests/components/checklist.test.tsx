// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { renderIntl } from "../support/intl";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TRIALS } from "@/criteria";
import { ChecklistScreen } from "@/components/checklist/checklist-screen";
import { DISCLAIMER } from "@/lib/view/checklist";
import { DRAFT_KEY, type Draft } from "@/lib/view/draft";
import { profileToFormValues } from "@/lib/view/form";
import { profileSchema } from "@/lib/core/profile";
import {
  CHECKLIST_LABEL,
  CHECKLIST_VERDICTS,
  checklistDraft,
  fixtureProfile,
} from "../fixtures/checklist-screening";

const DATE = "2026-03-02";

const navigation = vi.hoisted(() => ({ replace: vi.fn(), search: "" }));
vi.mock("next/navigation", () => ({
  useRouter: () => ({ replace: navigation.replace }),
  useSearchParams: () => new URLSearchParams(navigation.search),
}));

function renderScreen(draft: Draft | undefined, trialId: string | null = null) {
  const onChooseTrial = vi.fn();
  const onPrint = vi.fn();
  const view = renderIntl(
    <ChecklistScreen draft={draft} trials={TRIALS} trialId={trialId} date={DATE} onChooseTrial={onChooseTrial} onPrint={onPrint} />,
  );
  return { ...view, onChooseTrial, onPrint };
}

function section(trialId: string): HTMLElement {
  const trial = TRIALS.find((t) => t.id === trialId)!;
  return screen.getByRole("article", { name: `${trial.id} — ${trial.shortTitle}` });
}

/** The table row of a criterion in a trial's section (found by its row header, the criterion's ID). */
function row(trialId: string | HTMLElement, criterionId: string): HTMLElement {
  const container = typeof trialId === "string" ? section(trialId) : trialId;
  const headers = container.querySelectorAll<HTMLElement>("tbody th[scope=row]");
  const header = [...headers].find((h) => h.textContent === criterionId);
  if (!header) throw new Error(`no row ${criterionId}`);
  return header.closest("tr") as HTMLElement;
}

// Rendering four trials' tables in jsdom is slow on a busy machine.
describe("the checklist of a known screening", () => {
  it("has one section per trial, headed by its ID and short title", () => {
    renderScreen(checklistDraft());
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(TRIALS.map((t) => `${t.id} — ${t.shortTitle}`));
    expect(screen.getAllByRole("article")).toHaveLength(TRIALS.length);
  });

  it("gives each section's header: status, encoding, the screening label and the date of screening", () => {
    renderScreen(checklistDraft());
    for (const trial of TRIALS) {
      const s = within(section(trial.id));
      const field = (term: string) => s.getByText(term, { selector: "dt" }).nextElementSibling?.textContent ?? "";
      expect(field("Recruitment status")).toMatch(/^(Recruiting|Not yet recruiting|Unknown status)/);
      expect(field("Encoded criteria")).toBe(
        `Version ${trial.encoding.version}, from the registry record of ${trial.encoding.registryRecordDate}`,
      );
      expect(field("Screening label")).toBe(CHECKLIST_LABEL);
      expect(field("Date of screening")).toBe(DATE);
    }
  });

  it("lists every criterion verbatim, in registry order, with its result in words", () => {
    renderScreen(checklistDraft());
    for (const trial of TRIALS) {
      const s = section(trial.id);
      // Row headers: the two group headings, then each criterion's ID.
      const headers = [...s.querySelectorAll("tbody th")].map((h) => h.textContent);
      const inclusion = trial.criteria.filter((c) => c.category === "inclusion").map((c) => c.id);
      const exclusion = trial.criteria.filter((c) => c.category === "exclusion").map((c) => c.id);
      expect(headers).toEqual(["Inclusion criteria", ...inclusion, "Exclusion criteria", ...exclusion]);
      expect([...inclusion, ...exclusion]).toEqual(trial.criteria.map((c) => c.id));
      for (const c of trial.criteria) {
        const r = within(row(s, c.id));
        expect(r.getByText(c.text)).toBeTruthy();
        expect(row(s, c.id).querySelectorAll("td")[1]!.textContent).toMatch(/^. (Met|Not met|Excluded|Not excluded|Unknown|Manual — investigator|Not applicable)$/);
      }
    }
    expect(row("NCT05106972", "INCL01").textContent).toContain("✓ Met");
    expect(row("NCT05106972", "INCL01").textContent).toContain("Values: Age 48 years is within 20–60 years");
    expect(row("NCT01224327", "EXCL01").textContent).toContain("× Excluded");
    expect(row("NCT06242405", "EXCL05").textContent).toContain("? Unknown");
    expect(row("NCT06242405", "EXCL05").textContent).toContain("Needed to settle it: HIV infection");
  });

  it("has a real, labelled 'verified against source' checkbox and room for a note on every row", async () => {
    renderScreen(checklistDraft());
    for (const trial of TRIALS) {
      const boxes = within(section(trial.id)).getAllByRole("checkbox");
      expect(boxes).toHaveLength(trial.criteria.length);
      for (const c of trial.criteria) {
        const box = within(row(section(trial.id), c.id)).getByRole("checkbox", { name: `Verified against source documents: ${c.id}` });
        expect(box).toHaveProperty("checked", false);
      }
    }
    const box = within(section("NCT05106972")).getByRole("checkbox", { name: "Verified against source documents: INCL01" });
    await userEvent.click(box);
    expect(box).toHaveProperty("checked", true);
    expect(within(section("NCT05106972")).getByRole("columnheader", { name: "Note" })).toBeTruthy();
    expect(within(section("NCT05106972")).getByRole("columnheader", { name: "Verified against source" })).toBeTruthy();
  });

  it("marks manual items for the investigator, with the coordinator's confirmation", () => {
    renderScreen(checklistDraft());
    const consent = row("NCT05106972", "INCL07");
    expect(consent.textContent).toContain("For the investigator:");
    expect(consent.textContent).toContain("✓ Met");
    expect(within(consent).getByText("Coordinator confirmed: requirement met. Note: Consent discussed with the family; 知情同意已讨论")).toBeTruthy();
    const judgement = row("NCT05106972", "EXCL12");
    expect(judgement.textContent).toContain("◆ Manual — investigator");
    expect(within(judgement).getByText("Not confirmed by the coordinator")).toBeTruthy();
  });

  it("closes each section with the verdict, signature and date lines, and the disclaimer", () => {
    renderScreen(checklistDraft());
    for (const trial of TRIALS) {
      const s = within(section(trial.id));
      const closing = s.getByRole("region", { name: `Verdict of the pre-screen, ${trial.id}` });
      expect(within(closing).getByText(CHECKLIST_VERDICTS[trial.id]!, { exact: false })).toBeTruthy();
      for (const role of ["Coordinator", "Investigator"]) {
        const lines = within(within(closing).getByRole("group", { name: `${role} signature` }));
        for (const line of ["Name", "Signature", "Date"]) expect(lines.getByText(line)).toBeTruthy();
      }
      expect(within(closing).getByText(DISCLAIMER)).toBeTruthy();
    }
    expect(within(section("NCT06242405")).getByText("? Needs information")).toBeTruthy();
  });

  it("has a toolbar to print, go back and choose the trials, outside the printed part", async () => {
    const { onPrint, onChooseTrial, container } = renderScreen(checklistDraft());
    const print = screen.getByRole("button", { name: "Print" });
    await userEvent.click(print);
    expect(onPrint).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("link", { name: "Back to screening" }).getAttribute("href")).toBe("/");
    const select = screen.getByRole("combobox", { name: "Trials to print" });
    await userEvent.selectOptions(select, "NCT06242405");
    expect(onChooseTrial).toHaveBeenCalledWith("NCT06242405");
    // The toolbar is not printed; the document holds no button, link or form control but the checkboxes.
    expect(print.closest(".no-print")).not.toBeNull();
    const document = container.querySelector("[data-checklist]") as HTMLElement;
    expect(within(document).queryAllByRole("button")).toEqual([]);
    expect(within(document).queryAllByRole("link")).toEqual([]);
    expect(within(document).queryAllByRole("combobox")).toEqual([]);
    expect(within(document).queryAllByRole("checkbox")).toHaveLength(TRIALS.reduce((n, t) => n + t.criteria.length, 0));
  });

  it("prints the one trial chosen", () => {
    renderScreen(checklistDraft(), "NCT05106972");
    expect(screen.getAllByRole("article")).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("NCT05106972 — UC-MSC in decompensated HBV cirrhosis");
    expect((screen.getByRole("combobox", { name: "Trials to print" }) as HTMLSelectElement).value).toBe("NCT05106972");
  });

  it("prints every trial, and says so without echoing the text, for a trial it does not know", () => {
    const { container } = renderScreen(checklistDraft(), "<b>Call 13800138000</b>NCT00000000");
    expect(screen.getAllByRole("article")).toHaveLength(TRIALS.length);
    expect(screen.getByText("The link names a trial that is not in this pre-screener; showing every trial.")).toBeTruthy();
    expect(container.textContent).not.toMatch(/13800138000|NCT00000000|Call/);
  });

  it("says the tab's screening is damaged rather than that there is none", () => {
    renderIntl(<ChecklistScreen draft={undefined} notice={{ key: "draft.unreadable" }} trials={TRIALS} trialId={null} date={DATE} onChooseTrial={vi.fn()} onPrint={vi.fn()} />);
    expect(screen.getByRole("alert").textContent).toMatch(/could not be read/);
    expect(screen.queryByText(/There is no screening/)).toBeNull();
  });

  it("marks the entries that were invalid and treated as unknown, in every trial's header", () => {
    const draft = checklistDraft();
    draft.values.demographics.ageYears = "abc";
    renderScreen(draft);
    for (const trial of TRIALS) {
      const meta = within(section(trial.id)).getByText("Invalid entries, treated as unknown").closest("div")!;
      expect(meta.textContent).toContain("Age: enter a number");
    }
    expect(screen.getAllByText("? Needs information").length).toBeGreaterThan(0);
  });

  it("reads a trial ID typed in any case, with spaces around it", () => {
    renderScreen(checklistDraft(), "  nct05106972 ");
    expect(screen.getAllByRole("article")).toHaveLength(1);
    expect((screen.getByRole("combobox", { name: "Trials to print" }) as HTMLSelectElement).value).toBe("NCT05106972");
  });

  it("shows 'Unknown' rows and 'Needs information' for a profile with little data", () => {
    const profile = profileSchema.parse(fixtureProfile("missing-data"));
    renderScreen({ version: 1, values: profileToFormValues(profile), confirmations: {} });
    expect(screen.getAllByText("? Needs information")).toHaveLength(TRIALS.length);
    expect(row("NCT06242405", "EXCL09").textContent).toContain("– Not applicable");
    expect(row("NCT06242405", "EXCL03").textContent).toContain("? Unknown");
    expect(screen.getAllByText("Synthetic: only age, sex and cirrhosis known", { selector: "dd" })).toHaveLength(TRIALS.length);
  });
});

describe("without a screening", () => {
  it("says there is nothing to print and links back to the screening page", () => {
    renderScreen(undefined);
    expect(screen.getByRole("status").textContent).toMatch(/^There is no screening in this browser tab to print\./);
    expect(screen.getByRole("link", { name: "Go to the screening page" }).getAttribute("href")).toBe("/");
    expect(screen.queryByRole("article")).toBeNull();
    expect(screen.queryByRole("button", { name: "Print" })).toBeNull();
  });
});

describe("the /checklist page", () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    navigation.replace.mockClear();
    navigation.search = "";
  });
  afterEach(() => window.sessionStorage.clear());

  it("reads the draft of this tab from sessionStorage", async () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(checklistDraft()));
    const { ChecklistPage } = await import("@/components/checklist/checklist-page");
    renderIntl(<ChecklistPage />);
    expect(screen.getAllByRole("article")).toHaveLength(TRIALS.length);
    expect(screen.getAllByText(CHECKLIST_LABEL, { selector: "dd" })).toHaveLength(TRIALS.length);
  });

  it("follows ?trial= and changes it from the selector", async () => {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(checklistDraft()));
    navigation.search = "trial=NCT06984497";
    const { ChecklistPage } = await import("@/components/checklist/checklist-page");
    renderIntl(<ChecklistPage />);
    expect(screen.getAllByRole("article")).toHaveLength(1);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Trials to print" }), "");
    expect(navigation.replace).toHaveBeenCalledWith("/checklist", { scroll: false });
  });

  it("shows the no-draft message when this tab has no screening", async () => {
    const { ChecklistPage } = await import("@/components/checklist/checklist-page");
    renderIntl(<ChecklistPage />);
    expect(screen.getByRole("link", { name: "Go to the screening page" })).toBeTruthy();
  });
});
