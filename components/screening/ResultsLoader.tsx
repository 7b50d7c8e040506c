"use client";
/**
 * The results column, loaded as its own chunk once the form is on screen: the trials, the engine,
 * the scores and their views are not needed to start typing, so they neither delay the form nor
 * count in the JavaScript the browser needs before it is usable (issue 15). Until the chunk has
 * run, the column shows its heading and a status line; what was typed meanwhile is in the form's
 * state, and the results read it when they mount.
 */
import { useTranslations } from "next-intl";
import { startTransition, useEffect, useState, type ComponentType } from "react";
import type { ScreeningConfirmations } from "@/lib/core/engine";
import type { ConfirmHandler } from "./TrialCard";

type ResultsProps = { confirmations: ScreeningConfirmations; onConfirm: ConfirmHandler };

export function ResultsLoader(props: ResultsProps) {
  const t = useTranslations("results");
  const [Results, setResults] = useState<ComponentType<ResultsProps> | null>(null);
  useEffect(() => {
    let live = true;
    // After the frame that shows the form: the chunk then competes with nothing on the way to it.
    const frame = requestAnimationFrame(() => {
      void import("./Results").then((module) => {
        // A transition, so that mounting the results never blocks a keystroke in the form.
        if (live) startTransition(() => setResults(() => module.Results));
      });
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, []);
  if (Results) return <Results {...props} />;
  return (
    <section id="results" tabIndex={-1} aria-labelledby="results-heading" className="grid gap-4 focus:outline-none">
      <h2 id="results-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p role="status" className="text-sm text-slate-700">
        {t("loading")}
      </p>
    </section>
  );
}
