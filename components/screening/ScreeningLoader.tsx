"use client";
/**
 * Loads the screening app as its own chunk, once the page shell has hydrated. The shell (the
 * heading and a status line, rendered on the server in the page's language) is in the HTML; the
 * form, the schema, the message formatter and the catalog arrive right after hydration, which keeps
 * the first-load JavaScript of `/` within its budget (scripts/check-bundle-size.mjs). The results
 * follow once the form is up (ResultsLoader). Fetching the chunk from the module's top level
 * instead was tried for issue 15 and gained nothing: this module itself runs during hydration.
 */
import { startTransition, useEffect, useState, type ComponentType, type ReactNode } from "react";
import type { ScreeningRootProps } from "./ScreeningRoot";


export default function ScreeningLoader({ locale, messages, shell }: ScreeningRootProps & { shell: ReactNode }) {
  const [Root, setRoot] = useState<ComponentType<ScreeningRootProps> | null>(null);
  useEffect(() => {
    let live = true;
    void import("./ScreeningRoot").then((module) => {
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
