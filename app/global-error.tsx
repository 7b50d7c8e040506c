"use client";
/** When the root layout itself fails: its own document, with the same recovery, in the reader's language. */
import { ErrorRecovery } from "@/components/errors/error-recovery";
import { rootFallbackText } from "@/components/errors/root-fallback-text";
import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lang, ...text } = rootFallbackText();
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-white p-6 font-sans text-slate-900">
        <main>
          <ErrorRecovery error={error} reset={reset} text={text} />
        </main>
      </body>
    </html>
  );
}
