import type { Page } from "playwright-core";

/**
 * Collects what a page reports as going wrong: console errors and uncaught exceptions, and with
 * `failedResponses` every response of status 400 or more that the page itself requested.
 * A console error names the resource it is about, so that a failure says which URL failed:
 * Chromium's "Failed to load resource: … 404" text does not, and some of those requests (the
 * browser's own /favicon.ico) never reach the page's `response` event.
 */
export function watchPageErrors(page: Page, options: { failedResponses?: boolean } = {}): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const { url } = msg.location();
    errors.push(url ? `console: ${msg.text()} (${url})` : `console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  if (options.failedResponses) {
    page.on("response", (res) => {
      if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`);
    });
  }
  return errors;
}
