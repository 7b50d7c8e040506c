import { useTranslations } from "next-intl";

/** Shown while the checklist reads this tab's screening. */
export function ChecklistLoading() {
  const t = useTranslations("checklist");
  return (
    <p role="status" className="no-print text-slate-700">
      {t("loading")}
    </p>
  );
}
