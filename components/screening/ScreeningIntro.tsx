import { useTranslations } from "next-intl";

/** The screening page's heading and one-line purpose, shared by the loading shell and the app. */
export function ScreeningIntro() {
  const t = useTranslations("screening");
  return (
    <div>
      <h1 className="text-2xl font-bold text-slate-900">{t("heading")}</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
    </div>
  );
}
