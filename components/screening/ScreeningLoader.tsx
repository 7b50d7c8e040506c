"use client";
/**
 * Loads the screening app as its own chunk, after the page shell has painted. The shell (this
 * heading and a status line) is in the server-rendered HTML; the form, the schema and the engine
 * (about 80 kB gzipped, mostly zod and the trial data) arrive right after hydration, which keeps
 * the first-load JavaScript of `/` within its budget (scripts/check-bundle-size.mjs).
 */
import dynamic from "next/dynamic";
import { ScreeningIntro } from "./ScreeningIntro";

export function ScreeningShell() {
  return (
    <div className="grid gap-5">
      <ScreeningIntro />
      <p role="status" className="text-sm text-slate-700">
        Loading the screening form…
      </p>
    </div>
  );
}

const ScreeningApp = dynamic(() => import("./ScreeningApp"), { ssr: false, loading: () => <ScreeningShell /> });

export default function ScreeningLoader() {
  return <ScreeningApp />;
}
