"use client";
import type { ReactNode } from "react";
import { fieldLabel } from "@/lib/core/fields";
import { fieldDomId } from "@/lib/view/form";
import { focusField } from "./focus-field";

/** A link to a form field: following it scrolls to the field and focuses it. */
export function FieldLink({ path, children }: { path: string; children?: ReactNode }) {
  return (
    <a
      href={`#${fieldDomId(path)}`}
      className="font-medium text-blue-800 underline decoration-blue-800/40 underline-offset-2 hover:decoration-blue-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
      onClick={(event) => {
        if (focusField(path)) event.preventDefault();
      }}
    >
      {children ?? fieldLabel(path)}
    </a>
  );
}

/** "Total bilirubin, INR and sodium" as links. */
export function FieldLinks({ paths }: { paths: readonly string[] }) {
  return (
    <>
      {paths.map((path, i) => (
        <span key={path}>
          {i > 0 ? (i === paths.length - 1 ? " and " : ", ") : null}
          <FieldLink path={path} />
        </span>
      ))}
    </>
  );
}
