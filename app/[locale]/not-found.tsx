import { Link } from "@/components/navigation/link";
import { useTranslations } from "next-intl";

/** 404 in the page's language. */
export default function NotFound() {
  const t = useTranslations("layout");
  const meta = useTranslations("meta");
  return (
    <div className="grid max-w-2xl gap-3">
      {/* React hoists it into <head>: not-found pages have no generateMetadata. */}
      <title>{meta("pageTitle", { page: t("notFoundTitle") })}</title>
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>
        <Link href="/" className="font-semibold text-blue-800 underline underline-offset-4">
          {t("backToScreening")}
        </Link>
      </p>
    </div>
  );
}
