// @vitest-environment jsdom
/**
 * "Save to screening log" on its own (the browser test covers it on the real page): it asks to
 * sign in without a session and keeps nothing from the patient in the URL, remembers the saved
 * entry so the next save is a new version of it, and shows the server's conflict message.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SaveToLog } from "@/components/screening/SaveToLog";
import { LOG_ENTRY_KEY, loadLogEntryLink } from "@/lib/view/draft";
import type { Profile } from "@/lib/core/profile";
import type { Locale } from "@/lib/i18n/locale";
import { renderIntl } from "../support/intl";

const profile: Profile = { screeningLabel: "Bed 12", demographics: { ageYears: 48 } } as Profile;

function respond(status: number, body: unknown) {
  return vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
}

function renderButton(invalidLabels: string[] = [], locale: Locale = "en") {
  renderIntl(<SaveToLog className="" read={() => Promise.resolve({ profile, invalidLabels, confirmations: {} })} />, locale);
  return screen.getByRole("button", { name: locale === "en" ? "Save to screening log" : "保存到筛选日志" });
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

  it("shows the server's conflict message, from its message key", async () => {
    window.sessionStorage.setItem(LOG_ENTRY_KEY, JSON.stringify({ screeningId: "S-7F3K2Q", rowVersion: 1 }));
    respond(409, { message: "(the English sentence, for API users)", error: { key: "apiErrors.conflict" } });
    await userEvent.click(renderButton());
    expect((await screen.findByRole("alert")).textContent).toMatch(/Someone else changed this screening/);
  });

  it("says the server's refusal in Chinese in zh-CN, nested values included, never the English sentence", async () => {
    respond(422, {
      message: "A trial's status cannot go from “Enrolled” to “Approached”.",
      error: { key: "apiErrors.badTransition", values: { from: { key: "log.statuses.enrolled" }, to: { key: "log.statuses.approached" } } },
    });
    await userEvent.click(renderButton([], "zh-CN"));
    expect((await screen.findByRole("alert")).textContent).toBe("试验状态不能从“已入组”改为“已接触”。");
  });

  it("says so in the reader's language when the server cannot be reached, or answers without a message key", async () => {
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("network"));
    await userEvent.click(renderButton([], "zh-CN"));
    expect((await screen.findByRole("alert")).textContent).toBe("无法连接服务器。未保存任何内容；您输入的内容仍在此处。");
  });

  it("asks in Chinese before leaving out fields with errors, with the count and the Chinese list separator", async () => {
    const fetch = respond(201, {});
    vi.spyOn(window, "confirm").mockReturnValue(false);
    await userEvent.click(renderButton(["总胆红素", "白蛋白"], "zh-CN"));
    expect(window.confirm).toHaveBeenCalledWith("2 个字段有错误，保存时将不包含：总胆红素、白蛋白。仍要保存吗？");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("asks before leaving out fields with errors, and saves nothing when the coordinator says no", async () => {
    const fetch = respond(201, {});
    vi.spyOn(window, "confirm").mockReturnValue(false);
    await userEvent.click(renderButton(["Bilirubin"]));
    expect(window.confirm).toHaveBeenCalledWith(expect.stringContaining("Bilirubin"));
    expect(fetch).not.toHaveBeenCalled();
  });
});
