// @vitest-environment jsdom
/** A contradiction between answers, on the screening page: shown on both fields and in the results. */
import { configure, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderScreening } from "../support/screening";
import { sectionOf } from "@/lib/view/form";

configure({ defaultHidden: true });
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => {
  window.sessionStorage.clear();
});

const section = (path: string) => within(document.getElementById(`section-${sectionOf(path)}`)!);

function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

function card(trialId: string): HTMLElement {
  return document.querySelector<HTMLElement>(`article[data-trial="${trialId}"]`)!;
}

describe("a creatinine of 3 mg/dL with renal failure answered no", () => {
  it("shows the contradiction on both fields and in the results, leaves D's organ-failure lines unknown, and clears once corrected", async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    await renderScreening();
    const creatinine = section("labs.creatinine").getByLabelText("Creatinine");
    await user.type(creatinine, "3");
    const renal = section("conditions.renalFailure").getByRole("group", { name: "Renal failure" });
    await user.click(within(renal).getByRole("radio", { name: "Renal failure: No" }));

    expect(descriptionOf(creatinine)).toContain("Contradiction between Creatinine, Renal failure");
    expect(descriptionOf(renal)).toContain("Contradiction between Creatinine, Renal failure");
    const notice = document.querySelector<HTMLElement>('[data-testid="contradictions"]');
    expect(notice?.textContent).toContain("1 contradiction between answers");

    await user.click(within(card("NCT01224327")).getByText("Criteria for NCT01224327"));
    const unknownGroup = within(card("NCT01224327")).getByRole("group", { name: /Unknown/ });
    expect(unknownGroup.textContent).toContain("EXCL07");
    expect(unknownGroup.textContent).toContain("EASL-CLIF");

    await user.click(within(renal).getByRole("radio", { name: "Renal failure: Yes" }));
    expect(descriptionOf(creatinine)).not.toContain("Contradiction");
    expect(document.querySelector('[data-testid="contradictions"]')).toBeNull();
    expect(within(card("NCT01224327")).getByRole("group", { name: /Violated/ }).textContent).toContain("EXCL07");
  });
});
