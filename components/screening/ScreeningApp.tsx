"use client";
/**
 * The screening page: one de-identified profile (left) against every trial at once (right).
 * Owns the form, the coordinator's confirmations and the tab-local draft; everything it decides
 * comes from lib/. Its chunk carries neither zod, the profile schema nor the English catalog: the
 * form's checks (form-checks.ts) and the results load right after the form is usable (issue 15).
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import { Link } from "@/components/navigation/link";
import { useTranslations } from "next-intl";
import { useForm, type UseFormReturn } from "react-hook-form";
import { confirmKeepingNote, type ConfirmationOutcome, type ParkedNotes } from "@/lib/core/confirmations";
import { clearDraft, clearLogEntryLink, isEmptyDraft, persistDraft, readDraft } from "@/lib/view/draft";
import type { ScreeningConfirmations } from "@/lib/core/engine";
import { defaultFormValues, withDefaultUnits, type UnitPreference, profileToFormValues, type FormValues } from "@/lib/view/form";
import type { Profile } from "@/lib/core/profile";
import type { ProfileFileIssue } from "@/lib/view/profile-file";
import type { Message } from "@/lib/core/message";
import { useFormat } from "@/components/i18n/use-format";
import { FormApiContext } from "./form-api";
import { FormChecksContext, lazyResolver, loadFormChecks, type FormChecks } from "./form-checks-loader";
import { ProfileForm } from "./ProfileForm";
import { ResultsLoader } from "./ResultsLoader";
import { SaveToLog } from "./SaveToLog";
import { ScreeningIntro } from "./ScreeningIntro";

const NO_CONFIRMATIONS: ScreeningConfirmations = {};
const SAVE_DELAY_MS = 300;

type Form = UseFormReturn<FormValues, unknown, Profile>;

/**
 * The draft this tab kept, read before the form's first render: the form starts with it, so that
 * nothing typed is ever overwritten by a restore that comes after the inputs are enabled. A lab
 * still empty takes the page's default unit.
 */
function readStartingDraft(units: UnitPreference): { values?: FormValues; confirmations: ScreeningConfirmations; notice?: Message } {
  const { draft, notice } = readDraft(window.sessionStorage);
  return {
    ...(draft ? { values: withDefaultUnits(draft.values, units) } : {}),
    confirmations: draft?.confirmations ?? NO_CONFIRMATIONS,
    ...(notice ? { notice } : {}),
  };
}

/**
 * Keeps the draft in this tab's sessionStorage: saves every change (debounced, and flushed when
 * the page is hidden). A restored draft is validated once the schema has arrived. Returns
 * `discard` for "New screening".
 */
function useDraft(form: Form, confirmations: ScreeningConfirmations, restored: boolean) {
  const latest = useRef(confirmations);
  const timer = useRef<number | undefined>(undefined);

  const save = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    persistDraft(window.sessionStorage, { version: 1, values: form.getValues(), confirmations: latest.current });
  }, [form]);

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(save, SAVE_DELAY_MS);
  }, [save]);

  useEffect(() => {
    // Shows the restored draft's errors; the resolver waits for the schema's chunk.
    if (restored) void form.trigger();
    const unsubscribe = form.subscribe({ formState: { values: true }, callback: schedule });
    const flush = () => {
      if (timer.current !== undefined) save();
    };
    window.addEventListener("pagehide", flush);
    return () => {
      unsubscribe();
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [form, restored, save, schedule]);

  useEffect(() => {
    if (latest.current === confirmations) return;
    latest.current = confirmations;
    schedule();
  }, [confirmations, schedule]);

  return useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    latest.current = NO_CONFIRMATIONS;
    clearDraft(window.sessionStorage);
    clearLogEntryLink(window.sessionStorage);
  }, []);
}

/**
 * The form's checks (the schema, the warnings), fetched in the frame after the form is on screen:
 * the chunk then competes with nothing on the way to it, and is not among the scripts the form
 * waits for. Null until they have arrived; a change typed before then is checked when they do.
 */
function useFormChecksOnceUsable(): FormChecks | null {
  const [checks, setChecks] = useState<FormChecks | null>(null);
  useEffect(() => {
    let live = true;
    const frame = requestAnimationFrame(() => {
      loadFormChecks().then(
        // A transition: the fields that warn re-render with their checks without blocking a keystroke.
        (module) => live && startTransition(() => setChecks(module)),
        () => undefined, // a failed fetch is tried again by the next change or save
      );
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, []);
  return checks;
}

function downloadText(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The first problems of a refused file, and how many more there are: a huge list would block the page. */
function IssueList({ listed, more }: { listed: readonly ProfileFileIssue[]; more: Message | undefined }) {
  const { format } = useFormat();
  return (
    <ul className="mt-1 list-disc pl-5">
      {listed.map((issue, i) => (
        <li key={`${issue.path}-${i}`}>
          {issue.label ? (
            <>
              <span className="font-medium">{format(issue.label)}</span> <code className="text-xs">({issue.path})</code>
            </>
          ) : (
            <code className="text-xs">{issue.path}</code>
          )}
          {/* The colon follows the language: ": " or "：". */}
          {format({ key: "profileFile.issueSeparator" })}
          {format(issue.text)}
        </li>
      ))}
      {more ? <li>{format(more)}</li> : null}
    </ul>
  );
}

type FileMessage =
  | { kind: "status"; text: string }
  | { kind: "error"; text: string | Message; issues: readonly ProfileFileIssue[]; more?: Message };

const BUTTON =
  "inline-flex items-center gap-1.5 rounded-md border border-slate-500 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

export default function ScreeningApp() {
  const t = useTranslations("screening");
  const { format, value, language } = useFormat();
  // In Chinese, labs start in the units Chinese reports print (µmol/L, g/L).
  const defaults = useMemo(() => defaultFormValues(language), [language]);
  const [restored] = useState(() => readStartingDraft(language));
  const form = useForm<FormValues, unknown, Profile>({
    resolver: lazyResolver,
    defaultValues: restored.values ?? defaults,
    mode: "onChange",
  });
  const [confirmations, setConfirmations] = useState<ScreeningConfirmations>(restored.confirmations);
  const checks = useFormChecksOnceUsable();
  const [fileMessage, setFileMessage] = useState<FileMessage | undefined>(
    restored.notice ? { kind: "error", text: restored.notice, issues: [] } : undefined,
  );
  const discardDraft = useDraft(form, confirmations, restored.values !== undefined);
  const api = useMemo(
    () => ({ control: form.control, setValue: form.setValue, getValues: form.getValues, trigger: form.trigger }),
    [form.control, form.setValue, form.getValues, form.trigger],
  );

  const parkedNotes = useRef<ParkedNotes>({});
  const onConfirm = useCallback((trialId: string, criterionId: string, outcome: ConfirmationOutcome, note?: string) => {
    setConfirmations((all) => {
      const next = confirmKeepingNote(all, parkedNotes.current, trialId, criterionId, outcome, note);
      parkedNotes.current = next.parked;
      return next.confirmations;
    });
  }, []);

  const newScreening = () => {
    if (!window.confirm(t("confirmNew"))) return;
    form.reset(defaults);
    discardDraft();
    setConfirmations(NO_CONFIRMATIONS);
    setFileMessage({ kind: "status", text: t("newStarted") });
    document.getElementById("field-screeningLabel")?.focus();
  };

  const saveProfile = async () => {
    const checks = await loadFormChecks();
    const values = form.getValues();
    const { profile, issues } = checks.usableFormProfile(values);
    const invalid = checks.invalidFields(issues);
    const question = checks.saveWarning(invalid.map((f) => f.labelMessage));
    if (question && !window.confirm(format(question))) return;
    const name = checks.profileFileName(profile.screeningLabel);
    downloadText(checks.serializeProfile(profile), name);
    setFileMessage({ kind: "status", text: t("saved", { name }) });
  };

  const readForLog = useCallback(async () => {
    const checks = await loadFormChecks();
    const { profile, issues } = checks.usableFormProfile(form.getValues());
    // The labels in the page's language, for the question before saving.
    return { profile, invalidLabels: checks.invalidFields(issues).map((f) => value(f.labelMessage)), confirmations };
  }, [form, confirmations, value]);

  const loadProfile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const checks = await loadFormChecks();
    // The size first, so a huge file is never read into memory.
    const decoded =
      file.size > checks.MAX_PROFILE_FILE_BYTES ? { ok: false as const, message: checks.TOO_LARGE } : checks.decodeProfileBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setFileMessage({ kind: "error", text: t("couldNotLoad", { name: file.name, reason: format(decoded.message) }), issues: [] });
      return;
    }
    const result = checks.readProfileFile(decoded.text);
    if (!result.ok) {
      const { listed, more } = checks.listedIssues(result.issues);
      setFileMessage({
        kind: "error",
        text: t("couldNotLoad", { name: file.name, reason: format(result.message) }),
        issues: listed,
        ...(more > 0 ? { more: checks.moreIssuesText(more) } : {}),
      });
      return;
    }
    const current = { version: 1 as const, values: form.getValues(), confirmations };
    if (!isEmptyDraft(current) && !window.confirm(format(checks.loadQuestion(file.name)))) return;
    form.reset(profileToFormValues(result.profile));
    setConfirmations(NO_CONFIRMATIONS);
    clearLogEntryLink(window.sessionStorage);
    setFileMessage({ kind: "status", text: t("loaded", { name: file.name }) });
  };

  return (
    <FormApiContext value={api}>
      <FormChecksContext value={checks}>
      <div className="grid gap-5">
        <div id="screening-header" className="grid gap-3">
          <ScreeningIntro />
          <div className="flex flex-wrap items-center gap-2">
            <button type="button" className={BUTTON} onClick={newScreening}>
              {t("newScreening")}
            </button>
            <button type="button" className={BUTTON} onClick={() => void saveProfile()}>
              {t("saveProfile")}
            </button>
            <span className="relative">
              <input
                id="load-profile"
                type="file"
                accept="application/json,.json"
                className="peer sr-only"
                onChange={(event) => void loadProfile(event)}
              />
              <label
                htmlFor="load-profile"
                className={`${BUTTON} cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-700`}
              >
                {t("loadProfile")}
              </label>
            </span>
            <Link href="/checklist" className={BUTTON}>
              {t("printAll")}
            </Link>
            <SaveToLog className={BUTTON} read={readForLog} />
            {/* The form has about a hundred controls; the results are one tab stop away. */}
            <a href="#results" className={`${BUTTON} sr-only focus:not-sr-only`}>
              {t("skipToResults")}
            </a>
          </div>
          <div aria-live="polite" className="empty:hidden">
            {fileMessage?.kind === "status" ? <p className="text-sm text-green-900">{fileMessage.text}</p> : null}
          </div>
          {fileMessage?.kind === "error" ? (
            <div role="alert" className="rounded-lg border border-red-800 bg-red-50 p-3 text-sm text-red-900">
              <p className="font-semibold">{typeof fileMessage.text === "string" ? fileMessage.text : format(fileMessage.text)}</p>
              {fileMessage.issues.length > 0 ? <IssueList listed={fileMessage.issues} more={fileMessage.more} /> : null}
            </div>
          ) : null}
        </div>

        <div className="grid gap-6 lg:grid-cols-[minmax(0,7fr)_minmax(0,6fr)] lg:items-start">
          <ProfileForm />
          <div className="lg:sticky lg:top-3 lg:max-h-[calc(100dvh-1.5rem)] lg:overflow-y-auto lg:pr-1">
            <ResultsLoader confirmations={confirmations} onConfirm={onConfirm} />
          </div>
        </div>
      </div>
      </FormChecksContext>
    </FormApiContext>
  );
}
