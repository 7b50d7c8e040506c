// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TRIALS } from "@/criteria";
import { DueList } from "@/components/rescreen/DueList";
import { RescreenDates } from "@/components/rescreen/RescreenDates";
import { dueForRescreen, rescreenDates, type RescreenCandidate } from "@/lib/view/rescreen-view";
import { ago, profile } from "../criteria/helpers";
import { decompensatedHbv } from "../fixtures/profiles";
import { renderIntl as render } from "../support/intl";

const ALB = "NCT05106972";
const candidate: RescreenCandidate = {
  screeningId: "S-7F3K2Q",
  version: 1,
  versionOn: "2026-03-01",
  voided: false,
  profile: profile({ ...decompensatedHbv, exposures: { ...decompensatedHbv.exposures, albuminInfusion: ago(1, "weeks") } }),
  confirmations: {},
  statuses: [{ trialId: ALB, status: "not-eligible", failReasons: [`${ALB} EXCL07`] }],
};

describe("re-screen dates on a log entry", () => {
  it('shows "Re-screen from" with the window behind it', () => {
    render(<RescreenDates dates={rescreenDates(candidate, TRIALS)} />);
    expect(screen.getByText(`${ALB}: Re-screen from 2026-03-16`)).toBeTruthy();
    expect(screen.getByText(/EXCL07: Human serum albumin infusion 1 week before the screening, window 3 weeks/)).toBeTruthy();
  });

  it("shows nothing when no trial waits on a window", () => {
    const { container } = render(<RescreenDates dates={[]} />);
    expect(container.innerHTML).toBe("");
  });
});

describe("the due-for-re-screen list", () => {
  it("links each due screening to its entry", () => {
    // NCT06984497 is still open; steroids 11 months before leave up to 31 days of its 1-year window.
    const ESLD2 = "NCT06984497";
    const steroids = profile({ ...decompensatedHbv, exposures: { ...decompensatedHbv.exposures, systemicGlucocorticoids: ago(11, "months") } });
    const open = { ...candidate, profile: steroids, statuses: [{ trialId: ESLD2, status: "not-eligible" as const, failReasons: [`${ESLD2} EXCL06`] }] };
    render(<DueList rows={dueForRescreen([open], TRIALS, "2026-05-01")} />);
    expect(screen.getByRole("link", { name: "S-7F3K2Q" }).getAttribute("href")).toBe("/log/S-7F3K2Q");
    expect(screen.getByRole("cell", { name: "2026-04-02" })).toBeTruthy();
  });

  it("says so when nothing is due", () => {
    render(<DueList rows={[]} />);
    expect(screen.getByRole("status").textContent).toBe("No screening is due for re-screen.");
  });

  it("is in Chinese in zh-CN, the window's time in Chinese units, the codes as they are", () => {
    render(<RescreenDates dates={rescreenDates(candidate, TRIALS)} />, "zh-CN");
    expect(screen.getByRole("heading", { name: "重新筛选日期" })).toBeTruthy();
    expect(screen.getByText(`${ALB}: 2026-03-16 起可重新筛选`)).toBeTruthy();
    expect(screen.getByText(/^EXCL07：.*距筛选 1 周，时间窗 3 周：2026-03-16 起满足$/)).toBeTruthy();
    render(<DueList rows={[]} />, "zh-CN");
    expect(screen.getByRole("status").textContent).toBe("目前没有待重新筛选的记录。");
  });
});
