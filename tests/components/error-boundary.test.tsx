// @vitest-environment jsdom
/**
 * The error boundaries (app/[locale]/error.tsx, app/global-error.tsx): a page that fails says so,
 * offers a retry, and offers to clear the tab's screening draft, after asking, so that a draft the
 * page cannot read never makes every reload crash. The page's boundary speaks the page's language
 * (its <html lang>); the root fallback the one the cookie or the browser chose.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/[locale]/error";
import GlobalError from "@/app/global-error";
import { DRAFT_KEY } from "@/lib/view/draft";

afterEach(() => {
  vi.restoreAllMocks();
  window.sessionStorage.clear();
});

describe("the error boundary", () => {
  it("says what happened and retries", async () => {
    const reset = vi.fn();
    render(<ErrorPage error={Object.assign(new Error("boom"), { digest: "abc123" })} reset={reset} />);
    expect(screen.getByRole("alert").textContent).toMatch(/Something went wrong on this page.*Error reference: abc123/);
    expect(screen.getByRole("alert").textContent).not.toContain("boom");
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it("clears the tab's draft only after asking", async () => {
    window.sessionStorage.setItem(DRAFT_KEY, '{"version":1,"values":{"poison":true}}');
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    render(<ErrorPage error={new Error("boom")} reset={vi.fn()} />);
    const clear = screen.getByRole("button", { name: "Clear this tab’s screening and reload" });
    await userEvent.click(clear);
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/Save the profile first/));
    expect(window.sessionStorage.getItem(DRAFT_KEY)).not.toBeNull();
    confirm.mockReturnValue(true);
    await userEvent.click(clear);
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(screen.getByRole("status").textContent).toMatch(/cleared/);
  });

  it("speaks Chinese on a Chinese page", () => {
    document.documentElement.lang = "zh-CN";
    try {
      render(<ErrorPage error={Object.assign(new Error("boom"), { digest: "abc123" })} reset={vi.fn()} />);
      expect(screen.getByRole("alert").textContent).toMatch(/此页面出错了.*错误编号：abc123/);
      expect(screen.getByRole("button", { name: "重试" })).toBeTruthy();
    } finally {
      document.documentElement.lang = "";
    }
  });

  it("has a document of its own when the root layout fails", () => {
    const html = renderToStaticMarkup(<GlobalError error={new Error("boom")} reset={vi.fn()} />);
    expect(html).toMatch(/^<html lang="en">(<head><\/head>)?<body[^>]*><main><div role="alert"/);
    expect(html).toContain("Clear this tab’s screening and reload");
  });

  it("falls back, when the root layout fails, to the language of the NEXT_LOCALE cookie", () => {
    document.cookie = "NEXT_LOCALE=zh-CN; path=/";
    try {
      const html = renderToStaticMarkup(<GlobalError error={new Error("boom")} reset={vi.fn()} />);
      expect(html).toMatch(/^<html lang="zh-CN">/);
      expect(html).toContain("此页面出错了");
    } finally {
      document.cookie = "NEXT_LOCALE=; path=/; max-age=0";
    }
  });
});
