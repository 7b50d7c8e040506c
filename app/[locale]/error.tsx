"use client";
/** The error boundary of every page, in the page's language (components/errors/error-text.ts says why not next-intl). */
import { ErrorRecovery } from "@/components/errors/error-recovery";
import { pageErrorText } from "@/components/errors/error-text";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorRecovery error={error} reset={reset} text={pageErrorText()} />;
}
