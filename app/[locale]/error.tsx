"use client";
/** The error boundary of every page, in the page's language (the layout provides `errorPage`). */
import { useTranslations } from "next-intl";
import { ErrorRecovery } from "@/components/errors/error-recovery";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const text = {
    title: t("title"),
    body: t("body"),
    retry: t("retry"),
    clear: t("clear"),
    confirmClear: t("confirmClear"),
    cleared: t("cleared"),
    reference: (digest: string) => t("reference", { digest }),
  };
  return <ErrorRecovery error={error} reset={reset} text={text} />;
}
