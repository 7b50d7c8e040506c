import type { Metadata } from "next";
import { Suspense } from "react";
import { ChecklistPage } from "@/components/checklist/checklist-page";

export const metadata: Metadata = {
  title: "Pre-screening checklist — UC-MSC trial pre-screener",
};

/**
 * The printable pre-screening checklist of the screening open in this tab (all trials, or the
 * one named by `?trial=NCT…`). Built in the browser from sessionStorage; see ChecklistPage.
 */
export default function Page() {
  return (
    <Suspense
      fallback={
        <p role="status" className="no-print text-slate-700">
          Loading the screening…
        </p>
      }
    >
      <ChecklistPage />
    </Suspense>
  );
}
