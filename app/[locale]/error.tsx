"use client";
/** The error boundary of every page: see components/errors/error-recovery.tsx. */
import { ErrorRecovery } from "@/components/errors/error-recovery";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorRecovery error={error} reset={reset} />;
}
