"use client";
/** When the root layout itself fails: its own document, with the same recovery. */
import { ErrorRecovery } from "@/components/errors/error-recovery";
import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white p-6 font-sans text-slate-900">
        <main>
          <ErrorRecovery error={error} reset={reset} />
        </main>
      </body>
    </html>
  );
}
