import { useLocale, useTranslations } from "next-intl";

/**
 * A registry line for the reader. In English: the line as the registry has it. In Chinese: the
 * Chinese rendering, marked as a translation, with the registry's English beneath it, because
 * the English is the source of truth an auditor compares against.
 */
export function CriterionText({ text, textZh }: { text: string; textZh?: string | undefined }) {
  const locale = useLocale();
  const t = useTranslations("criterion");
  // On an English page the line needs no lang; on a Chinese one the English is marked as such.
  if (locale !== "zh-CN") return <p>{text}</p>;
  if (!textZh) return <p lang="en">{text}</p>;
  return (
    <>
      <p>
        <abbr title={t("translationNote")} className="mr-1 rounded border border-slate-400 px-1 text-xs font-normal text-slate-700 no-underline">
          {t("translation")}
        </abbr>
        {textZh}
      </p>
      <p lang="en" className="mt-0.5 text-xs text-slate-700">
        <span className="sr-only">{t("registryText")}</span>
        {text}
      </p>
    </>
  );
}
