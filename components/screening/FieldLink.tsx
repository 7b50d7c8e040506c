"use client";
import { useTranslations } from "next-intl";
import { memo, type ReactNode } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { fieldMessage } from "@/lib/core/fields";
import { fieldDomId } from "@/lib/view/form";
import { focusField } from "./focus-field";

/** A link to a form field: following it scrolls to the field and focuses it. */
export const FieldLink = memo(function FieldLink({ path, children }: { path: string; children?: ReactNode }) {
  const { value } = useFormat();
  return (
    <a
      href={`#${fieldDomId(path)}`}
      className="font-medium text-blue-800 underline decoration-blue-800/40 underline-offset-2 hover:decoration-blue-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
      onClick={(event) => {
        if (focusField(path)) event.preventDefault();
      }}
    >
      {children ?? value(fieldMessage(path))}
    </a>
  );
});

/** "Total bilirubin, INR and sodium" as links. Memoised: the results keep unchanged lists identical. */
export const FieldLinks = memo(function FieldLinks({ paths }: { paths: readonly string[] }) {
  const t = useTranslations("common");
  return (
    <>
      {paths.map((path, i) => (
        <span key={path}>
          {i > 0 ? (i === paths.length - 1 ? t("listAnd") : t("listComma")) : null}
          <FieldLink path={path} />
        </span>
      ))}
    </>
  );
});
