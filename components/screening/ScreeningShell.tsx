import { useTranslations } from "next-intl";
import { ScreeningIntro } from "./ScreeningIntro";

/** The screening page before its app has loaded: rendered on the server, in the page's language. */
export function ScreeningShell() {
  const t = useTranslations("screening");
  return (
    <div className="grid gap-5">
      <ScreeningIntro />
      <p role="status" className="text-sm text-slate-700">
        {t("loading")}
      </p>
    </div>
  );
}
