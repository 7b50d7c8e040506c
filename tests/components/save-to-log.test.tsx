// @vitest-environment jsdom
/**
 * "Save to screening log" on its own (the browser test covers it on the real page): it asks to
 * sign in without a session and keeps nothing from the patient in the URL, remembers the saved
 * entry so the next save is a new version of it, and shows the server's conflict message.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SaveToLog } from "@/components/screening/SaveToLog";
import { LOG_ENTRY_KEY, loadLogEntryLink } from "@/lib/view/draft";
import type { Profile } from "@/lib/core/profile";

const profile: Profile = { screeningLabel: "Bed 12", demographics: { ageYears: 48 } } as Profile;

function respond(status: number, body: unknown) {
  return vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
}

function renderButton(invalidLabels: string[] = []) {
  render(<SaveToLog className="" read={() => ({ profile, invalidLabels, confirmations: {} })} />);
  return screen.getByRole("button", { name: "Save to screening log" });
}

beforeEach(() => window.sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe("Save to screening log", () => {
  it("asks to sign in when there is no session, linking to the sign-in page with only a path", async () => {
    respond(401, { message: "Sign in to continue." });
    await userEvent.click(renderButton());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/needs an account/);
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/login?next=%2F");
  });

  it("sends the profile in the body, and remembers the entry so the next save is a new version of it", async () => {
    const fetch = respond(201, { screeningId: "S-7F3K2Q", version: 1, rowVersion: 1 });
    await userEvent.click(renderButton());
    expect((await screen.findByRole("status")).textContent).toContain("Saved to the screening log as S-7F3K2Q.");
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("/api/log/entries");
    expect(JSON.parse(String(init?.body))).toEqual({ profile, confirmations: {} });
    expect(loadLogEntryLink(window.sessionStorage)).toEqual({ screeningId: "S-7F3K2Q", rowVersion: 1 });

    fetch.mockResolvedValue(new Response(JSON.stringify({ screeningId: "S-7F3K2Q", version: 2, rowVersion: 2 }), { status: 201 }));
    await userEvent.click(screen.getByRole("button", { name: "Save to screening log" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("S-7F3K2Q, version 2."));
    expect(JSON.parse(String(fetch.mock.calls[1]![1]?.body)).rescreenOf).toEqual({ screeningId: "S-7F3K2Q", rowVersion: 1 });
  });

  it("shows the server's conflict message", async () => {
    window.sessionStorage.setItem(LOG_ENTRY_KEY, JSON.stringify({ screeningId: "S-7F3K2Q", rowVersion: 1 }));
    respond(409, { message: "Someone else changed this screening while you were working on it, so your change was not saved." });
    await userEvent.click(renderButton());
    expect((await screen.findByRole("alert")).textContent).toMatch(/Someone else changed this screening/);
  });

  it("asks before leaving out fields with errors, and saves nothing when the coordinator says no", async () => {
    const fetch = respond(201, {});
    vi.spyOn(window, "confirm").mockReturnValue(false);
    await userEvent.click(renderButton(["Bilirubin"]));
    expect(window.confirm).toHaveBeenCalledWith(expect.stringContaining("Bilirubin"));
    expect(fetch).not.toHaveBeenCalled();
  });
});
