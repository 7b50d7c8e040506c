"use client";
/**
 * One component per kind of field in lib/view/form.ts. Each registers its own inputs, reads only its
 * own error and watches only the values it shows, so a keystroke re-renders one field.
 */
import { useTranslations } from "next-intl";
import { memo, type ReactNode } from "react";
import { useWatch, type RegisterOptions } from "react-hook-form";
import { useFormat } from "@/components/i18n/use-format";
import { fieldMessage } from "@/lib/core/fields";
import type { Message } from "@/lib/core/message";
import {
  convertedLabText,
  defaultFieldValue,
  dependentFields,
  fieldDomId,
  type FieldSpec,
  type FormValues,
  conditionalFieldState,
  FIELD_INPUT_MAX,
} from "@/lib/view/form";
import { identifierWarning } from "@/lib/core/identifiers";
import { TIME_UNITS } from "@/lib/core/profile-values";
import { useFieldError, useFormApi, useFormControl, type FormPath } from "./form-api";
import { useFormChecks } from "./form-checks-loader";

const INPUT =
  "rounded-md border border-slate-500 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50";
const ROW = "grid grid-cols-1 gap-x-4 gap-y-1 border-b border-slate-200 py-2 last:border-b-0 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center";
const LEGEND_ROW = "float-left text-sm text-slate-900";

// ---------------------------------------------------------------------------------------------
// Messages

type Messages = { hint?: string | undefined; error?: string | undefined; warning?: string | undefined };

function describedBy(id: string, m: Messages): string | undefined {
  const ids = [m.hint && `${id}-hint`, m.error && `${id}-error`, m.warning && `${id}-warning`].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/**
 * Hint, error and warning under a field. Errors are alerts; a field that can warn (labs, the
 * screening label) keeps a polite live region so a warning that appears while typing is read out.
 */
function FieldMessages({ id, hint, error, warning, canWarn = false }: Messages & { id: string; canWarn?: boolean }) {
  const t = useTranslations("form");
  const warningText = warning ? (
    <p id={`${id}-warning`} className="mt-0.5 rounded bg-amber-50 px-2 py-1 text-amber-900">
      <span className="font-semibold">{t("check")}</span>
      {warning}
    </p>
  ) : null;
  return (
    <div className="text-sm empty:hidden sm:col-span-2">
      {hint ? (
        <p id={`${id}-hint`} className="text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-0.5 font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {canWarn ? <div aria-live="polite">{warningText}</div> : warningText}
    </div>
  );
}

const NO_READS: readonly string[] = [];

/**
 * The plausibility warning of a field, in the page's language, from the values its check reads.
 * The field re-renders only when its warning changes, not on each keystroke in a value the check
 * reads (a lab typed elsewhere). None until the form's checks have arrived (form-checks-loader.ts);
 * then the watched names change, and the warning is computed from the values as they are.
 */
function usePlausibility(path: FieldSpec["path"]): { warning: string | undefined; canWarn: boolean } {
  const control = useFormControl();
  const checks = useFormChecks();
  const { format } = useFormat();
  const reads = checks?.warningReads(path) ?? NO_READS;
  const warning = useWatch({
    control,
    name: reads as readonly FormPath[],
    disabled: reads.length === 0,
    compute: (values: readonly unknown[]): Message | undefined =>
      checks?.plausibilityWarning(path, (p) => {
        const v = values[reads.indexOf(p)];
        return typeof v === "string" ? v : "";
      }),
  });
  if (!checks || reads.length === 0) return { warning: undefined, canWarn: false };
  return { warning: warning && format(warning), canWarn: true };
}

/**
 * Register options for a field: reset (and so re-validate) the fields that stop applying when it
 * changes (pregnancy when sex is no longer female). No `deps`: validating the dependents on every
 * change runs the whole schema and re-renders far more of the form than the edit needs (the
 * recompensation question hangs on current ascites, edited often).
 */
function useRegisterOptions(spec: FieldSpec): RegisterOptions<FormValues, FormPath> {
  const { setValue, getValues, trigger } = useFormApi();
  const dependents = dependentFields(spec.path);
  if (dependents.length === 0) return {};
  return {
    // Not RHF's `deps`: that re-validates the dependents on every change even when they are
    // empty (always valid), re-rendering most of the form (tests/e2e/responsiveness.test.ts).
    onChange: (event: { target: { value: string } }) => {
      for (const dep of dependents) {
        const empty = defaultFieldValue(dep.path);
        if (JSON.stringify(getValues(dep.path as FormPath)) === JSON.stringify(empty)) continue;
        if (dep.showIf && event.target.value !== dep.showIf.equals) setValue(dep.path as FormPath, empty as never, { shouldValidate: true });
        else void trigger(dep.path as FormPath);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Radio groups (yes / no / unknown, and small choices)

type Option = { value: string; label: Message; unknown?: boolean };

const UNKNOWN_OPTION: Option = { value: "", label: { key: "form.unknown" }, unknown: true };
const TRI_OPTIONS: Option[] = [{ value: "yes", label: { key: "form.yes" } }, { value: "no", label: { key: "form.no" } }, UNKNOWN_OPTION];

/** The field's label and hint in the page's language. */
function useFieldText(spec: FieldSpec): { label: string; hint: string | undefined } {
  const { value, format } = useFormat();
  return { label: value(fieldMessage(spec.path)), hint: spec.hint ? format(spec.hint) : undefined };
}

const SEGMENT =
  "block cursor-pointer select-none border px-3 py-1 text-sm leading-6 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-700";
const SEGMENT_KNOWN =
  "border-slate-500 bg-white text-slate-800 hover:bg-slate-50 peer-checked:border-blue-800 peer-checked:bg-blue-800 peer-checked:font-semibold peer-checked:text-white";
const SEGMENT_UNKNOWN =
  "border-dashed border-slate-500 bg-white italic text-slate-700 hover:bg-slate-50 peer-checked:bg-slate-200 peer-checked:text-slate-900";

function optionKey(value: string): string {
  return value === "" ? "unknown" : value.replace(/[^a-zA-Z0-9]/g, "-");
}

/**
 * One radio per option, each named with its question ("HIV infection: Yes"), so that a screen
 * reader's list of form controls, or voice control, tells the hundred "Yes" buttons apart.
 */
function RadioSegments({
  id,
  name,
  question,
  options,
  registerOptions,
}: {
  id: string;
  name: string;
  question: string;
  options: readonly Option[];
  registerOptions?: RegisterOptions<FormValues, FormPath>;
}) {
  const control = useFormControl();
  const registration = control.register(name as FormPath, registerOptions);
  const { format } = useFormat();
  return (
    <div className="flex flex-wrap">
      {options.map((o, i) => (
        <label key={o.value} className="relative -ml-px first:ml-0">
          <input
            type="radio"
            id={`${id}-${optionKey(o.value)}`}
            value={o.value}
            aria-label={`${question}: ${format(o.label)}`}
            className="peer sr-only"
            {...registration}
          />
          <span
            className={`${SEGMENT} ${o.unknown ? SEGMENT_UNKNOWN : SEGMENT_KNOWN} ${i === 0 ? "rounded-l-md" : ""} ${
              i === options.length - 1 ? "rounded-r-md" : ""
            }`}
          >
            {format(o.label)}
          </span>
        </label>
      ))}
    </div>
  );
}

function RadioField({ spec, options }: { spec: FieldSpec; options: readonly Option[] }) {
  const id = fieldDomId(spec.path);
  const error = useFieldError(spec.path);
  const registerOptions = useRegisterOptions(spec);
  const { label, hint } = useFieldText(spec);
  // A yes/no answer can contradict a lab value or another answer (lib/core/consistency.ts).
  const { warning, canWarn } = usePlausibility(spec.path);
  return (
    <fieldset id={id} className={ROW} aria-describedby={describedBy(id, { hint, error, warning })}>
      <legend className={LEGEND_ROW}>{label}</legend>
      <RadioSegments id={id} name={spec.path} question={label} options={options} registerOptions={registerOptions} />
      <FieldMessages id={id} hint={hint} error={error} warning={warning} canWarn={canWarn} />
    </fieldset>
  );
}

// ---------------------------------------------------------------------------------------------
// Select, number, lab, time, text

/**
 * A text box the browser can lay out on its own. Typing a character changes the text inside the
 * input, and Chromium lays the page out again before it dispatches the input event: about 2 ms of
 * each keystroke at 4× CPU, the whole page's 1,700 layout objects (issue 15, measured with the
 * DevTools trace). With size and layout containment (W3C CSS Containment Module Level 2, "Size
 * Containment" and "Layout Containment": the box's size does not depend on its contents, and
 * nothing inside it affects layout outside) it lays out the box alone: 4 objects, a "partial
 * layout". A flex or grid item is not laid out alone, whatever its containment (its container
 * sizes it from its content; measured), hence the outer block. The box has the input's own size:
 * text-sm's line, py-1.5 and a 1px border, 2rem + 2px high.
 */
function TypingBox({ width, children }: { width: string; children: ReactNode }) {
  return (
    <span className="block">
      <span className={`block h-[calc(2rem+2px)] ${width} [contain:size_layout]`}>{children}</span>
    </span>
  );
}

function SelectField({ spec }: { spec: Extract<FieldSpec, { kind: "choice" }> }) {
  const control = useFormControl();
  const id = fieldDomId(spec.path);
  const error = useFieldError(spec.path);
  const registerOptions = useRegisterOptions(spec);
  const { label, hint } = useFieldText(spec);
  const { format } = useFormat();
  return (
    <div className={ROW}>
      <label htmlFor={id} className="text-sm text-slate-900">
        {label}
      </label>
      <select
        id={id}
        className={INPUT}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, { hint, error })}
        {...control.register(spec.path as FormPath, registerOptions)}
      >
        <option value="">{format(UNKNOWN_OPTION.label)}</option>
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {format(o.label)}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

function NumberField({ spec }: { spec: Extract<FieldSpec, { kind: "number" }> }) {
  const control = useFormControl();
  const id = fieldDomId(spec.path);
  const error = useFieldError(spec.path);
  const { warning, canWarn } = usePlausibility(spec.path);
  const registerOptions = useRegisterOptions(spec);
  const { label, hint } = useFieldText(spec);
  const { value: text } = useFormat();
  return (
    <div className={ROW}>
      <label htmlFor={id} className="text-sm text-slate-900">
        {label}
      </label>
      <span className="flex items-center gap-2">
        <TypingBox width="w-24">
          <input
            id={id}
            type="text"
            inputMode={spec.integer ? "numeric" : "decimal"}
            autoComplete="off"
            spellCheck={false}
            className={`${INPUT} h-full w-full text-right tabular-nums`}
            aria-invalid={!!error}
            aria-describedby={describedBy(id, { hint, error, warning })}
            maxLength={FIELD_INPUT_MAX}
            {...control.register(spec.path as FormPath, registerOptions)}
          />
        </TypingBox>
        <span className="w-16 text-sm text-slate-700">{spec.unit === undefined ? "" : text(spec.unit)}</span>
      </span>
      <FieldMessages id={id} hint={hint} error={error} warning={warning} canWarn={canWarn} />
    </div>
  );
}

type LabSpec = Extract<FieldSpec, { kind: "lab" }>;

/** A lab's value in its other unit ("= 34.2 µmol/L"), or undefined, re-rendering only when it changes. */
function useConvertedLab<T>(spec: LabSpec, select: (converted: string | undefined) => T): T {
  const control = useFormControl();
  return useWatch({
    control,
    name: [`${spec.path}.value`, `${spec.path}.unit`] as unknown as readonly [FormPath, FormPath],
    compute: ([value, unit]: readonly unknown[]) =>
      select(convertedLabText(spec.path, typeof value === "string" ? value : "", typeof unit === "string" ? unit : spec.defaultUnit)),
  });
}

const asShown = (text: string | undefined) => text;
const hasConversion = (text: string | undefined) => text !== undefined;

/** The converted value, on its own: a keystroke in the lab re-renders this, not the whole field. */
function ConvertedLab({ spec, id }: { spec: LabSpec; id: string }) {
  const text = useConvertedLab(spec, asShown);
  return (
    <span id={id} className="min-w-24 text-sm text-slate-700 tabular-nums">
      {text ?? ""}
    </span>
  );
}

function LabField({ spec }: { spec: LabSpec }) {
  const control = useFormControl();
  const id = fieldDomId(spec.path);
  const valueId = fieldDomId(`${spec.path}.value`);
  const unitId = fieldDomId(`${spec.path}.unit`);
  const error = useFieldError(spec.path);
  const { warning } = usePlausibility(spec.path);
  const described = useConvertedLab(spec, hasConversion);
  const { label, hint } = useFieldText(spec);
  const t = useTranslations("form");
  return (
    <div id={id} className={ROW}>
      <label htmlFor={valueId} className="text-sm text-slate-900">
        {label}
      </label>
      <span className="flex flex-wrap items-center gap-2">
        <TypingBox width="w-24">
          <input
            id={valueId}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            className={`${INPUT} h-full w-full text-right tabular-nums`}
            aria-invalid={!!error}
            aria-describedby={[describedBy(id, { hint, error, warning }), described ? `${id}-converted` : undefined].filter(Boolean).join(" ") || undefined}
            maxLength={FIELD_INPUT_MAX}
            {...control.register(`${spec.path}.value` as FormPath)}
          />
        </TypingBox>
        <label htmlFor={unitId} className="sr-only">
          {t("unitOf", { label })}
        </label>
        <select id={unitId} className={`${INPUT} w-24`} {...control.register(`${spec.path}.unit` as FormPath, { deps: [`${spec.path}.value`] as FormPath[] })}>
          {spec.units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
        <ConvertedLab spec={spec} id={`${id}-converted`} />
      </span>
      <FieldMessages id={id} hint={hint} error={error} warning={warning} canWarn />
    </div>
  );
}

const TIME_OPTIONS: Option[] = [{ value: "never", label: { key: "form.never" } }, { value: "ago", label: { key: "form.timeSince" } }, UNKNOWN_OPTION];

function TimeField({ spec }: { spec: Extract<FieldSpec, { kind: "time" }> }) {
  const control = useFormControl();
  const id = fieldDomId(spec.path);
  const error = useFieldError(spec.path);
  const status = useWatch({ control, name: `${spec.path}.status` as FormPath }) as string;
  const amountPath = `${spec.path}.amount`;
  const unitPath = `${spec.path}.unit`;
  const { label, hint } = useFieldText(spec);
  const t = useTranslations("form");
  return (
    <fieldset id={id} className={ROW} aria-describedby={describedBy(id, { hint, error })}>
      <legend className={LEGEND_ROW}>{label}</legend>
      <span className="flex flex-wrap items-center gap-2 sm:justify-end">
        <RadioSegments
          id={id}
          name={`${spec.path}.status`}
          question={label}
          options={TIME_OPTIONS}
          registerOptions={{ deps: [amountPath, unitPath] as FormPath[] }}
        />
        {status === "ago" ? (
          <span className="flex items-center gap-2">
            <label htmlFor={fieldDomId(amountPath)} className="sr-only">
              {t("howLongAgo", { label })}
            </label>
            <TypingBox width="w-20">
              <input
                id={fieldDomId(amountPath)}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                placeholder={t("amountPlaceholder")}
                className={`${INPUT} h-full w-full text-right tabular-nums`}
                aria-invalid={!!error}
                aria-describedby={error ? `${id}-error` : undefined}
                maxLength={FIELD_INPUT_MAX}
                {...control.register(amountPath as FormPath, { deps: [unitPath] as FormPath[] })}
              />
            </TypingBox>
            <label htmlFor={fieldDomId(unitPath)} className="sr-only">
              {t("unitOfTime", { label })}
            </label>
            <select
              id={fieldDomId(unitPath)}
              className={INPUT}
              aria-invalid={!!error}
              {...control.register(unitPath as FormPath, { deps: [amountPath] as FormPath[] })}
            >
              <option value="">{t("unitPlaceholder")}</option>
              {TIME_UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`timeUnits.${u}`)}
                </option>
              ))}
            </select>
            <span className="text-sm text-slate-700">{t("ago")}</span>
          </span>
        ) : null}
      </span>
      <FieldMessages id={id} hint={hint} error={error} />
    </fieldset>
  );
}

export function ScreeningLabelField() {
  const control = useFormControl();
  const id = fieldDomId("screeningLabel");
  const error = useFieldError("screeningLabel");
  const label = useWatch({ control, name: "screeningLabel" }) as string;
  const { format } = useFormat();
  const found = identifierWarning(label ?? "");
  const warning = found && format(found);
  const t = useTranslations("form");
  const hint = t("hints.screeningLabel");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-900">
        {t("screeningLabel")}
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        className={`${INPUT} w-full max-w-md`}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, { hint, error, warning })}
        maxLength={FIELD_INPUT_MAX}
        {...control.register("screeningLabel")}
      />
      <FieldMessages id={id} hint={hint} error={error} warning={warning} canWarn />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

function FieldByKind({ spec }: { spec: FieldSpec }): ReactNode {
  switch (spec.kind) {
    case "tri":
      return <RadioField spec={spec} options={TRI_OPTIONS} />;
    case "choice":
      return spec.control === "radio" ? (
        <RadioField spec={spec} options={[...spec.options, UNKNOWN_OPTION]} />
      ) : (
        <SelectField spec={spec} />
      );
    case "number":
      return <NumberField spec={spec} />;
    case "lab":
      return <LabField spec={spec} />;
    case "time":
      return <TimeField spec={spec} />;
    case "text":
      return null;
  }
}

/**
 * A field that applies only given another answer (pregnancy for a female patient). It is also
 * shown while it holds an answer that does not fit (a loaded file), with a note saying so.
 */
function ConditionalField({ spec, showIf }: { spec: FieldSpec; showIf: NonNullable<FieldSpec["showIf"]> }) {
  const control = useFormControl();
  const [condition, own] = useWatch({ control, name: [showIf.path, spec.path] as FormPath[] }) as unknown[];
  const { shown, note } = conditionalFieldState(spec.path, condition, own);
  const { format } = useFormat();
  if (!shown) return null;
  if (!note) return <FieldByKind spec={spec} />;
  return (
    <div className="rounded-md border border-amber-700 bg-amber-50 px-2">
      <FieldByKind spec={spec} />
      <p role="note" className="pb-2 text-sm text-amber-900">
        <span aria-hidden="true">⚠ </span>
        {format(note)}
      </p>
    </div>
  );
}


/** A field of the form, shown only while it applies. */
export const Field = memo(function Field({ spec }: { spec: FieldSpec }) {
  return spec.showIf ? <ConditionalField spec={spec} showIf={spec.showIf} /> : <FieldByKind spec={spec} />;
});
