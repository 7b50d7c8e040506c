import { Link } from "@/components/navigation/link";
import { useTranslations } from "next-intl";

/** A signed-in user whose role may not see the page (403). */
export default function Forbidden() {
  const t = useTranslations("forbidden");
  const meta = useTranslations("meta");
  return (
    <div className="grid gap-3">
      {/* React hoists it into <head>: forbidden pages have no generateMetadata. */}
      <title>{meta("pageTitle", { page: t("title") })}</title>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/log" className="font-semibold text-blue-800 underline underline-offset-4">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
