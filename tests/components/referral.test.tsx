// @vitest-environment jsdom
/** A referral to the investigator and a closed-trial caveat, on the screening page. */
import { configure, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { decompensatedHbv } from "../fixtures/profiles";
import { renderScreening } from "../support/screening";

configure({ defaultHidden: true });
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => {
  window.sessionStorage.clear();
});

const card = (id: string) => document.querySelector<HTMLElement>(`article[data-trial="${id}"]`)!;
const verdictOf = (id: string) => /Not eligible|Needs information|Pre-screen passed/.exec(card(id).textContent ?? "")?.[0];

describe("platelets of 30 ×10⁹/L with no documented bleeding tendency", () => {
  it("lists NCT05106972's INCL04 for the investigator with the count, and the coordinator's confirmation decides it", async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    await renderScreening();
    const file = new File([JSON.stringify({ ...decompensatedHbv, labs: { ...decompensatedHbv.labs, plateletsE9L: 30 } })], "p.json", {
      type: "application/json",
    });
    await user.upload(within(document.getElementById("screening-header")!).getByLabelText("Load profile (JSON)"), file);
    await waitFor(() => expect(verdictOf("NCT05106972")).toBe("Pre-screen passed"));

    await user.click(within(card("NCT05106972")).getByText("Criteria for NCT05106972"));
    const manual = within(card("NCT05106972")).getByRole("group", { name: /^For the investigator/ });
    expect(manual.textContent).toContain("INCL04");
    expect(manual.textContent).toContain("Platelets 30 ×10⁹/L < 50 ×10⁹/L");

    const confirm = within(card("NCT05106972")).getByRole("group", { name: "Coordinator confirmation for INCL04" });
    await user.click(within(confirm).getByRole("radio", { name: "Confirmed not met" }));
    expect(verdictOf("NCT05106972")).toBe("Not eligible");
  });

  it("says on NCT06242405's card that the trial is almost certainly closed (its completion date, 2026-06, has passed)", async () => {
    await renderScreening();
    await waitFor(() => expect(document.querySelector('[data-testid="caveat-NCT06242405"]')).not.toBeNull());
    expect(document.querySelector('[data-testid="caveat-NCT06242405"]')?.textContent).toContain("almost certainly closed");
    expect(document.querySelector('[data-testid="caveat-NCT06984497"]')).toBeNull();
  });
});
