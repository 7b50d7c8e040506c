import { useTranslations } from "next-intl";
import { isOpenStatus, type RecruitmentStatus } from "@/lib/core/freshness";

const BASE = "inline-flex items-center gap-1.5 rounded border px-2 py-0.5 text-sm font-semibold";

function tone(status: RecruitmentStatus): string {
  if (status === "UNKNOWN") return "border-amber-700 bg-amber-50 text-amber-900";
  if (isOpenStatus(status)) return "border-emerald-700 bg-emerald-50 text-emerald-900";
  return "border-slate-500 bg-slate-100 text-slate-900";
}

/** The registry's recruitment status in words, with the registry's own value beside it. */
export function StatusBadge({ status }: { status: RecruitmentStatus }) {
  const t = useTranslations("status");
  return (
    <span className={`${BASE} ${tone(status)}`}>
      <span>{t(status)}</span>
      <span className="font-mono text-xs font-normal">({status})</span>
    </span>
  );
}
