"use client";
/** The profile form: the screening label, then the sections of lib/view/form.ts in chart order. */
import { useTranslations } from "next-intl";
import { memo, startTransition, useEffect, useState } from "react";
import { useFormat } from "@/components/i18n/use-format";
import { FORM_SECTIONS } from "@/lib/view/form";
import { Field, ScreeningLabelField } from "./fields";

/**
 * How many sections are on the page: the first at once, then one more in each following
 * transition, so that no single commit mounts the whole form. A hundred fields in one commit was
 * one of the longest tasks of the page's load at 4× CPU (issue 15); a section at a time keeps each
 * under the 50 ms of a long task. Values typed, restored or loaded live in react-hook-form, not in
 * the inputs, so a section that mounts later shows them.
 */
function useSectionsShown(total: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown < total) startTransition(() => setShown((n) => n + 1));
  }, [shown, total]);
  return shown;
}

export const ProfileForm = memo(function ProfileForm() {
  const t = useTranslations("form");
  const { format } = useFormat();
  const shown = useSectionsShown(FORM_SECTIONS.length);
  return (
    <form
      aria-labelledby="profile-heading"
      noValidate
      autoComplete="off"
      onSubmit={(event) => event.preventDefault()}
      className="grid gap-4"
    >
      <h2 id="profile-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <ScreeningLabelField />
      {FORM_SECTIONS.slice(0, shown).map((section, index) => (
        <details key={section.id} id={`section-${section.id}`} open className="group rounded-lg border border-slate-300 bg-white shadow-sm">
          <summary className="flex cursor-pointer items-center gap-2 rounded-lg px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
            <span aria-hidden="true" className="inline-block w-3 text-slate-600 transition-transform group-open:rotate-90">
              ▸
            </span>
            <h3 className="text-base font-semibold text-slate-900">
              {index + 1}. {format(section.title)}
            </h3>
          </summary>
          <div className="grid gap-4 px-4 pb-4">
            {section.groups.map((group) => (
              <fieldset key={group.legend.key} className="min-w-0">
                <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-700 uppercase">{format(group.legend)}</legend>
                {group.description ? <p className="mb-1 text-sm text-slate-600">{format(group.description)}</p> : null}
                <div>
                  {group.fields.map((spec) => (
                    <Field key={spec.path} spec={spec} />
                  ))}
                </div>
              </fieldset>
            ))}
          </div>
        </details>
      ))}
    </form>
  );
});
