"use client";
/**
 * Loads the screening app as its own chunk. The shell (the heading and a status line, rendered on
 * the server in the page's language) is in the HTML; the form, the schema, the message formatter
 * and the catalog are fetched as soon as this module runs, while React hydrates the page, rather
 * than after hydration (issue 15), and still outside the first-load JavaScript of `/`
 * (scripts/check-bundle-size.mjs). The results follow once the form is up (ResultsLoader).
 */
import { startTransition, useEffect, useState, type ComponentType, type ReactNode } from "react";
import type { ScreeningRootProps } from "./ScreeningRoot";


// Started when the module is evaluated in the browser, before hydration; never on the server.
const rootModule = typeof window === "undefined" ? undefined : import("./ScreeningRoot");

export default function ScreeningLoader({ locale, messages, shell }: ScreeningRootProps & { shell: ReactNode }) {
  const [Root, setRoot] = useState<ComponentType<ScreeningRootProps> | null>(null);
  useEffect(() => {
    let live = true;
    void (rootModule ?? import("./ScreeningRoot")).then((module) => {
      // A transition: React renders the form's hundred fields in slices of a few milliseconds and
      // lets the browser in between, instead of one long task (Lighthouse's total blocking time).
      if (live) startTransition(() => setRoot(() => module.ScreeningRoot));
    });
    return () => {
      live = false;
    };
  }, []);
  return Root ? <Root locale={locale} messages={messages} /> : shell;
}
