"use client";
/** When the root layout itself fails: its own document, with the same recovery, in the reader's language. */
import { ErrorRecovery } from "@/components/errors/error-recovery";
import { rootErrorText } from "@/components/errors/error-text";
import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lang, ...text } = rootErrorText();
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
