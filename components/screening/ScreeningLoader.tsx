"use client";
/**
 * Loads the screening app as its own chunk, after the page shell has painted. The shell (the
 * heading and a status line, rendered on the server in the page's language) is in the HTML; the
 * form, the schema, the engine, the message formatter and the catalog arrive right after
 * hydration, which keeps the first-load JavaScript of `/` within its budget
 * (scripts/check-bundle-size.mjs).
 */
import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import type { ScreeningRootProps } from "./ScreeningRoot";


export default function ScreeningLoader({ locale, messages, shell }: ScreeningRootProps & { shell: ReactNode }) {
  const [Root, setRoot] = useState<ComponentType<ScreeningRootProps> | null>(null);
  useEffect(() => {
    let live = true;
    void import("./ScreeningRoot").then((module) => {
      if (live) setRoot(() => module.ScreeningRoot);
    });
    return () => {
      live = false;
    };
  }, []);
  return Root ? <Root locale={locale} messages={messages} /> : shell;
}
