"use client";

/** The report's "Print" button: the browser's own print dialog, with the report's print CSS. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="report-button no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
