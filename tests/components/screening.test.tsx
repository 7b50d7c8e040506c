// @vitest-environment jsdom
import { act, configure, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel, type UserEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderScreening } from "../support/screening";
import { DRAFT_KEY } from "@/lib/view/draft";
import { FIELD_LABELS } from "@/lib/core/english-core";
import { sectionOf } from "@/lib/view/form";
import { compensated, decompensatedHbv } from "../fixtures/profiles";

// The page has ~2000 elements, and in jsdom the first role query after each change takes over a
// second on a tree that size. So queries are scoped: to the form section a field is in, to a
// trial's card, to the page header. Within them, everything is found by role and label. Nothing
// on this page is hidden by CSS (fields that don't apply are unmounted), so the visibility check
// is skipped too.
configure({ defaultHidden: true });
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function setup() {
  // No stylesheet is loaded in jsdom, so checking pointer-events on every click only costs time.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const utils = await renderScreening();
  return { user, ...utils };
}

const PATH_BY_LABEL = new Map(Object.entries(FIELD_LABELS).map(([path, label]) => [label as string, path]));

/** The form section holding the field with this label. */
function sectionWith(label: string) {
  const path = PATH_BY_LABEL.get(label);
  const section = path ? document.getElementById(`section-${sectionOf(path)}`) : null;
  if (!section) throw new Error(`no form section for ${label}`);
  return within(section);
}

/** The yes/no/unknown (or choice) group of a field, by its legend. */
const group = (label: string) => sectionWith(label).getByRole("group", { name: label });
const queryGroup = (label: string) => sectionWith(label).queryByRole("group", { name: label });
/** A text box or select of the form, by its label. */
const field = (label: string) => sectionWith(label).getByLabelText(label);
const unitOf = (label: string) => sectionWith(label).getByLabelText(`${label} unit`);
const header = () => within(document.getElementById("screening-header")!);
const labelField = () => within(document.querySelector("form")!).getByLabelText("Screening label");

async function answer(user: UserEvent, groupName: string, option: string) {
  await user.click(within(group(groupName)).getByRole("radio", { name: `${groupName}: ${option}` }));
}

/** The error or warning text a field points to with aria-describedby. */
function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

function card(trialId: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`article[data-trial="${trialId}"]`);
  if (!found) throw new Error(`no card for ${trialId}`);
  return found;
}

function verdictOf(trialId: string): string {
  const text = card(trialId).textContent ?? "";
  const m = /Not eligible|Needs information|Pre-screen passed/.exec(text);
  return m ? m[0] : "(none)";
}

function countsOf(trialId: string): string {
  return card(trialId).querySelector("dl")?.textContent ?? "";
}

/** Opens a trial's criteria (they are rendered only while open). */
async function openCriteria(user: UserEvent, trialId: string): Promise<HTMLElement> {
  await user.click(within(card(trialId)).getByText(`Criteria for ${trialId}`));
  return card(trialId);
}

async function loadProfileFile(user: UserEvent, content: unknown, name = "profile.json") {
  const text = typeof content === "string" ? content : JSON.stringify(content);
  const file = new File([text], name, { type: "application/json" });
  await user.upload(header().getByLabelText("Load profile (JSON)"), file);
}

function results(): HTMLElement {
  return document.getElementById("results-heading")!.closest("section")!;
}

function resultsText({ withoutExplanations = false } = {}): string {
  const copy = results().cloneNode(true) as HTMLElement;
  if (withoutExplanations) for (const e of copy.querySelectorAll("[data-score-explanation]")) e.remove();
  return copy.textContent ?? "";
}

/** How each known score was computed, under its value. */
function explanations(): string[] {
  return [...results().querySelectorAll("[data-score-explanation]")].map((e) => e.textContent ?? "");
}

describe("validation messages", () => {
  it("shows 'Age: enter a number' on the Age field for text", async () => {
    const { user } = await setup();
    const age = field("Age");
    await user.type(age, "abc");
    await waitFor(() => expect(age.getAttribute("aria-invalid")).toBe("true"));
    expect(descriptionOf(age)).toContain("Age: enter a number");
    expect((age as HTMLInputElement).value).toBe("abc");
    expect(within(field("Age").closest("div")!).getByRole("alert").textContent).toContain("Age: enter a number");
    // The results still run, with age treated as unknown, and say so.
    expect(resultsText()).toContain("1 field has an error and is treated as unknown.");
  });

  it("says an age of 200 cannot be above 120, and clears the message once fixed", async () => {
    const { user } = await setup();
    const age = field("Age");
    await user.type(age, "200");
    await waitFor(() => expect(descriptionOf(age)).toContain("Age cannot be above 120 years"));
    await user.clear(age);
    await user.type(age, "56");
    await waitFor(() => expect(age.getAttribute("aria-invalid")).toBe("false"));
    expect(descriptionOf(age)).not.toContain("120");
    expect(resultsText()).not.toContain("treated as unknown");
  });

  it("puts a lab's error on the lab", async () => {
    const { user } = await setup();
    const bilirubin = field("Total bilirubin");
    await user.type(bilirubin, "150");
    await waitFor(() => expect(descriptionOf(bilirubin)).toMatch(/Total bilirubin 150 mg\/dL is not a possible value/));
  });

  it("asks for the unit of a time since", async () => {
    const { user } = await setup();
    await answer(user, "Interferon", "Time since");
    const amount = within(group("Interferon")).getByLabelText("Interferon: how long ago");
    await user.type(amount, "6");
    await waitFor(() => expect(within(group("Interferon")).getByRole("alert").textContent).toContain("Choose days, weeks, months or years"));
    await user.selectOptions(within(group("Interferon")).getByLabelText("Interferon: unit of time"), "months");
    await waitFor(() => expect(within(group("Interferon")).queryByRole("alert")).toBeNull());
  });
});

describe("the form", () => {
  it("answers yes/no items 'Unknown' by default", async () => {
    await setup();
    for (const name of ["Cirrhosis", "HIV infection", "Dialysis in the past week", "Sex"]) {
      expect((within(group(name)).getByRole("radio", { name: `${name}: Unknown` }) as HTMLInputElement).checked).toBe(true);
    }
  });

  it("shows the pregnancy items only for a female patient, and clears them for a male one", async () => {
    const { user } = await setup();
    expect(queryGroup("Pregnant")).toBeNull();
    await answer(user, "Sex", "Female");
    await answer(user, "Pregnant", "Yes");
    await answer(user, "Sex", "Male");
    expect(queryGroup("Pregnant")).toBeNull();
    await answer(user, "Sex", "Female");
    expect((within(group("Pregnant")).getByRole("radio", { name: "Pregnant: Unknown" }) as HTMLInputElement).checked).toBe(true);
  });

  it("shows years since HBV diagnosis only when HBV is yes", async () => {
    const { user } = await setup();
    expect(sectionWith("Years since HBV diagnosis").queryByLabelText("Years since HBV diagnosis")).toBeNull();
    await answer(user, "Etiology: Hepatitis B (HBV)", "Yes");
    expect(field("Years since HBV diagnosis")).toBeTruthy();
  });

  it("shows a lab in the other unit and warns about a likely unit slip", async () => {
    const { user } = await setup();
    const bilirubin = field("Total bilirubin");
    await user.type(bilirubin, "25");
    expect(descriptionOf(bilirubin)).toContain("= 427.5 µmol/L");
    expect(descriptionOf(bilirubin)).toMatch(/Did you mean 25 µmol\/L/);
    await user.selectOptions(unitOf("Total bilirubin"), "µmol/L");
    expect(descriptionOf(bilirubin)).toContain("= 1.462 mg/dL");
    expect(descriptionOf(bilirubin)).not.toMatch(/Did you mean/);
  });

  it("warns when the screening label looks like an identifier, and has no name or date field", async () => {
    const { user } = await setup();
    const label = labelField();
    await user.type(label, "Bed 12 Tuesday");
    expect(descriptionOf(label)).not.toMatch(/looks like/);
    await user.clear(label);
    await user.type(label, "MRN 13800138000 2024-03-05");
    expect(descriptionOf(label)).toMatch(/looks like it contains a phone number or another long number, a record number and a date/);
    const labels = [...document.querySelectorAll("label, legend")].map((l) => l.textContent ?? "");
    expect(labels.length).toBeGreaterThan(100);
    for (const text of labels) expect(text).not.toMatch(/\bname\b|birth|record|\bMRN\b|phone|e-?mail|\bdate\b/i);
  });
});

describe("live scores", () => {
  it("say which inputs they lack, then update as labs are typed", async () => {
    const { user } = await setup();
    const scores = within(results()).getByRole("region", { name: "Scores" });
    expect(scores.textContent).toMatch(/MELDUnknownNeeds Total bilirubin, Creatinine and INR/);
    await user.type(field("Total bilirubin"), "3");
    await user.type(field("Creatinine"), "1");
    await user.type(field("INR"), "1.5");
    await waitFor(() => expect(scores.textContent).toMatch(/MELD1[0-9]/));
  });
});

describe("unit switching", () => {
  it("gives the same results for the same patient in SI and conventional units (changed: apart from the scores' explanations, which name each value as typed)", async () => {
    const { user } = await setup();
    await loadProfileFile(user, decompensatedHbv);
    await waitFor(() => expect(verdictOf("NCT06242405")).toBe("Pre-screen passed"));
    expect(explanations().join(" ")).toContain("bilirubin 2.5 mg/dL → 2");
    const conventional = resultsText({ withoutExplanations: true });

    const bilirubin = field("Total bilirubin");
    await user.clear(bilirubin);
    // 2.5 mg/dL, the fixture's value (below visible jaundice, which "jaundice ever: no" would contradict).
    await user.type(bilirubin, "42.75");
    await user.selectOptions(unitOf("Total bilirubin"), "µmol/L");
    const albumin = field("Albumin");
    await user.clear(albumin);
    await user.type(albumin, "29");
    await user.selectOptions(unitOf("Albumin"), "g/L");
    const creatinine = field("Creatinine");
    await user.clear(creatinine);
    await user.type(creatinine, "79.56");
    await user.selectOptions(unitOf("Creatinine"), "µmol/L");
    expect(descriptionOf(bilirubin)).toContain("= 2.5 mg/dL");

    await waitFor(() => expect(resultsText({ withoutExplanations: true })).toBe(conventional));
    expect(explanations().join(" ")).toContain("bilirubin 42.75 µmol/L (2.5 mg/dL) → 2");
    for (const id of ["NCT01224327", "NCT05106972", "NCT06242405", "NCT06984497"]) expect(verdictOf(id)).not.toBe("(none)");
  });
});

describe("accessibility (issue 10, item 14)", () => {
  it("names every radio with its question, not just Yes / No / Unknown", async () => {
    await setup();
    const radios = within(document.querySelector("form")!).getAllByRole("radio");
    expect(radios.length).toBeGreaterThan(100);
    for (const radio of radios) {
      const question = radio.closest("fieldset")!.querySelector("legend")!.textContent!;
      expect(radio.getAttribute("aria-label"), question).toMatch(new RegExp(`^${question.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\S`));
    }
    expect(within(group("HIV infection")).getByRole("radio", { name: "HIV infection: Yes" })).toBeTruthy();
  });

  it("offers a link past the form to the results, early in the tab order", async () => {
    await setup();
    const skip = header().getByRole("link", { name: "Skip to the results" });
    expect(skip.getAttribute("href")).toBe("#results");
    expect(document.getElementById("results")?.getAttribute("aria-labelledby")).toBe("results-heading");
    const focusable = [...document.querySelectorAll("a[href], button, input, select, textarea")];
    expect(focusable.indexOf(skip)).toBeLessThan(8);
  });
});

describe("save and load", () => {
  it("loads a good file and the results update", async () => {
    const { user } = await setup();
    expect(verdictOf("NCT06242405")).toBe("Needs information");
    await loadProfileFile(user, compensated, "bed-12.json");
    await waitFor(() => expect(verdictOf("NCT06242405")).toBe("Not eligible"));
    expect(verdictOf("NCT01224327")).toBe("Pre-screen passed");
    expect((field("Age") as HTMLInputElement).value).toBe("56");
    expect((within(group("Cirrhosis")).getByRole("radio", { name: "Cirrhosis: Yes" }) as HTMLInputElement).checked).toBe(true);
    expect(header().getByText(/Loaded bed-12\.json/)).toBeTruthy();
  });

  it("refuses a bad file with a message naming the field, and changes nothing", async () => {
    const { user } = await setup();
    await user.type(field("Age"), "61");
    await answer(user, "Cirrhosis", "Yes");
    const before = resultsText();
    await loadProfileFile(user, { demographics: { ageYears: 200, name: "Wang Li" } }, "bad.json");
    const alert = await header().findByRole("alert");
    expect(alert.textContent).toContain("Could not load bad.json");
    expect(alert.textContent).toContain("Age (demographics.ageYears): Age cannot be above 120 years");
    expect(alert.textContent).toContain('Unknown field "name"');
    expect((field("Age") as HTMLInputElement).value).toBe("61");
    expect((within(group("Cirrhosis")).getByRole("radio", { name: "Cirrhosis: Yes" }) as HTMLInputElement).checked).toBe(true);
    expect(resultsText()).toBe(before);
  });

  it("refuses a file that is not JSON", async () => {
    const { user } = await setup();
    await loadProfileFile(user, "age,sex\n56,male", "chart.csv.json");
    expect((await header().findByRole("alert")).textContent).toMatch(/not valid JSON/);
  });

  it("asks before a loaded file replaces a screening in progress, and changes nothing when told no", async () => {
    const { user } = await setup();
    // An empty screening: nothing to lose, no question.
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    await loadProfileFile(user, { demographics: { ageYears: 40 } }, "first.json");
    await waitFor(() => expect((field("Age") as HTMLInputElement).value).toBe("40"));
    expect(confirm).not.toHaveBeenCalled();

    await loadProfileFile(user, compensated, "bed-12.json");
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Load bed-12\.json\? It replaces the profile, confirmations and notes/));
    expect((field("Age") as HTMLInputElement).value).toBe("40");
    confirm.mockReturnValue(true);
    await loadProfileFile(user, compensated, "bed-12.json");
    await waitFor(() => expect((field("Age") as HTMLInputElement).value).toBe("56"));
  });

  it("lists the first 20 problems of a file with 20,000 unknown fields, then how many more", async () => {
    const { user } = await setup();
    await loadProfileFile(user, Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [i.toString(36), 0])), "huge.json");
    const alert = await header().findByRole("alert");
    expect(within(alert).getAllByRole("listitem")).toHaveLength(21);
    expect(alert.textContent).toContain("and 19,980 more problems");
  });

  it("saves the profile as <label>.json, with its format version and the profile only", async () => {
    const { user } = await setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:test";
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    await user.type(labelField(), "Bed 12");
    await user.type(field("Age"), "56");
    await user.click(header().getByRole("button", { name: "Save profile (JSON)" }));
    expect(clicked).toEqual(["Bed 12.json"]);
    expect(JSON.parse(await blobs[0]!.text())).toEqual({ version: 1, screeningLabel: "Bed 12", demographics: { ageYears: 56 } });
  });

  it("asks before saving a profile with invalid fields", async () => {
    const { user } = await setup();
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    URL.createObjectURL = vi.fn(() => "blob:test");
    await user.type(field("Age"), "abc");
    await user.click(header().getByRole("button", { name: "Save profile (JSON)" }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining("will be left out of the file: Age"));
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });
});

describe("results for known profiles", () => {
  it("an empty profile needs information for every trial", async () => {
    await setup();
    for (const id of ["NCT01224327", "NCT05106972", "NCT06242405", "NCT06984497"]) expect(verdictOf(id)).toBe("Needs information");
  });

  it("compensated cirrhosis is not end-stage liver disease", async () => {
    const { user } = await setup();
    await loadProfileFile(user, compensated);
    await waitFor(() => expect(verdictOf("NCT06242405")).toBe("Not eligible"));
    expect(verdictOf("NCT06984497")).toBe("Not eligible");
    expect(verdictOf("NCT05106972")).toBe("Not eligible");
    expect(verdictOf("NCT01224327")).toBe("Pre-screen passed");
    expect(countsOf("NCT06242405")).toMatch(/Violated1Unknown0Manual3/);
    const violated = within(await openCriteria(user, "NCT06242405")).getByRole("group", { name: "Violated (1)" });
    expect(violated.textContent).toMatch(/INCL02.*End-stage liver disease: no/);
  });

  it("decompensated HBV cirrhosis passes the ESLD trials and is excluded from NCT01224327", async () => {
    const { user } = await setup();
    await loadProfileFile(user, decompensatedHbv);
    await waitFor(() => expect(verdictOf("NCT06242405")).toBe("Pre-screen passed"));
    expect(verdictOf("NCT06984497")).toBe("Pre-screen passed");
    expect(verdictOf("NCT05106972")).toBe("Pre-screen passed");
    expect(verdictOf("NCT01224327")).toBe("Not eligible");
    expect(within(card("NCT06242405")).getByText("Recruiting")).toBeTruthy();
  });

  it("lists the fields that would settle an unknown criterion, and following one focuses the field", async () => {
    const { user } = await setup();
    const unknown = within(await openCriteria(user, "NCT06242405")).getByRole("group", { name: /^Unknown/ });
    const link = within(unknown).getAllByRole("link", { name: "HIV infection" })[0]!;
    await user.click(link);
    expect(document.activeElement).toBe(within(group("HIV infection")).getByRole("radio", { name: "HIV infection: Unknown" }));
  });

  it("asks next for the facts that settle the most open criteria", async () => {
    await setup();
    const next = within(results()).getByRole("region", { name: "What to ask next" });
    expect(within(next).getAllByRole("listitem")).toHaveLength(5);
    expect(within(next).getAllByRole("link")[0]!.textContent).toBeTruthy();
  });
});

describe("manual confirmation", () => {
  it("changes the verdict, and keeps a note", async () => {
    const { user } = await setup();
    await loadProfileFile(user, decompensatedHbv);
    await waitFor(() => expect(verdictOf("NCT06242405")).toBe("Pre-screen passed"));
    const trial = await openCriteria(user, "NCT06242405");
    const manual = within(trial).getByRole("group", { name: "Coordinator confirmation for EXCL04" });
    expect((within(manual).getByRole("radio", { name: "Not confirmed" }) as HTMLInputElement).checked).toBe(true);

    await user.click(within(manual).getByRole("radio", { name: "Confirmed not met" }));
    expect(verdictOf("NCT06242405")).toBe("Not eligible");
    expect(verdictOf("NCT06984497")).toBe("Pre-screen passed");
    expect(within(trial).getByRole("group", { name: "Violated (1)" }).textContent).toMatch(/Coordinator confirmed: requirement not met/);

    await user.click(within(manual).getByRole("radio", { name: "Confirmed met" }));
    expect(verdictOf("NCT06242405")).toBe("Pre-screen passed");
    await user.type(within(trial).getByLabelText("Note for EXCL04"), "PI reviewed");
    expect(within(trial).getByRole("group", { name: "For the investigator (3)" }).textContent).not.toContain("requirement not met");
    await waitFor(() => expect(window.sessionStorage.getItem(DRAFT_KEY)).toContain("PI reviewed"));
  });

  it("keeps the note when an item is un-confirmed and confirmed again, and shows its limit", async () => {
    const { user } = await setup();
    await loadProfileFile(user, decompensatedHbv);
    await waitFor(() => expect(verdictOf("NCT06242405")).toBe("Pre-screen passed"));
    const trial = await openCriteria(user, "NCT06242405");
    const manual = within(trial).getByRole("group", { name: "Coordinator confirmation for EXCL04" });
    await user.click(within(manual).getByRole("radio", { name: "Confirmed met" }));
    const note = within(trial).getByLabelText("Note for EXCL04") as HTMLInputElement;
    expect(note.maxLength).toBe(500);
    await user.type(note, "PI reviewed");
    expect(descriptionOf(note)).toBe("11 of 500 characters");
    await user.click(within(manual).getByRole("radio", { name: "Not confirmed" }));
    expect(within(trial).queryByLabelText("Note for EXCL04")).toBeNull();
    await user.click(within(manual).getByRole("radio", { name: "Confirmed not met" }));
    expect((within(trial).getByLabelText("Note for EXCL04") as HTMLInputElement).value).toBe("PI reviewed");
  });
});

describe("the draft", () => {
  it("is kept in sessionStorage only, and restored on the next visit", async () => {
    const { user, unmount } = await setup();
    await user.type(field("Age"), "abc");
    await answer(user, "Cirrhosis", "Yes");
    await waitFor(() => expect(window.sessionStorage.getItem(DRAFT_KEY)).toContain('"cirrhosis":"yes"'));
    expect(window.localStorage.length).toBe(0);
    unmount();

    await setup();
    await waitFor(() => expect((field("Age") as HTMLInputElement).value).toBe("abc"));
    expect((within(group("Cirrhosis")).getByRole("radio", { name: "Cirrhosis: Yes" }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(descriptionOf(field("Age"))).toContain("Age: enter a number"));
  });

  it("is cleared by New screening, after the coordinator confirms", async () => {
    const { user } = await setup();
    await user.type(field("Age"), "56");
    await waitFor(() => expect(window.sessionStorage.getItem(DRAFT_KEY)).not.toBeNull());

    const confirm = vi.spyOn(window, "confirm").mockReturnValueOnce(false);
    await user.click(header().getByRole("button", { name: "New screening" }));
    expect((field("Age") as HTMLInputElement).value).toBe("56");

    confirm.mockReturnValueOnce(true);
    await user.click(header().getByRole("button", { name: "New screening" }));
    expect((field("Age") as HTMLInputElement).value).toBe("");
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it("tells the coordinator when the draft is damaged, and sets it aside", async () => {
    window.sessionStorage.setItem(DRAFT_KEY, "{not json");
    await setup();
    expect((field("Age") as HTMLInputElement).value).toBe("");
    expect((await header().findByRole("alert")).textContent).toMatch(/could not be read .*set aside/);
    expect(window.sessionStorage.getItem(`${DRAFT_KEY}:unreadable`)).toBe("{not json");
  });
});
