"use client";
/**
 * What the error boundaries (app/error.tsx, app/global-error.tsx) show: what happened, a retry,
 * and a way out when the cause is the screening draft kept in this tab (a draft the page cannot
 * read would otherwise crash every reload). Clearing asks first: it loses the screening.
 */
import { useState } from "react";
import { clearDraft } from "@/lib/view/draft-storage";

const BUTTON =
  "inline-flex items-center rounded-md border border-slate-700 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/**
 * Both languages here rather than in the catalogs (messages/*.json): an error boundary is part of
 * every page's first-load JavaScript and must work when everything else failed, so it carries its
 * few words itself instead of next-intl and a catalog. The language is the page's <html lang>.
 */
export const ERROR_TEXT = {
  en: {
    title: "Something went wrong on this page",
    body: "The page stopped because of an error. Nothing was sent anywhere. Try again; if the error comes back, the screening kept in this browser tab may be what the page cannot read.",
    retry: "Try again",
    clear: "Clear this tab's screening and reload",
    confirmClear: "Clear the screening kept in this tab (profile, confirmations and notes) and reload? Save the profile first if you can.",
    cleared: "The screening was cleared from this tab. Reloading…",
    reference: "Error reference: ",
  },
  zh: {
    title: "此页面出错了",
    body: "页面因错误而停止。没有任何数据被发送。请重试；如果错误再次出现，可能是本标签页中保存的筛查无法读取。",
    retry: "重试",
    clear: "清除本标签页的筛查并重新加载",
    confirmClear: "清除本标签页中保存的筛查（患者资料、确认结果和备注）并重新加载？如有可能，请先保存患者资料。",
    cleared: "已从本标签页清除筛查。正在重新加载…",
    reference: "错误编号：",
  },
} as const;

function pageText() {
  return typeof document !== "undefined" && document.documentElement.lang === "zh-CN" ? ERROR_TEXT.zh : ERROR_TEXT.en;
}

export function ErrorRecovery({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [cleared, setCleared] = useState(false);
  const text = pageText();
  const clear = () => {
    if (!window.confirm(text.confirmClear)) return;
    clearDraft(window.sessionStorage);
    setCleared(true);
    window.location.reload();
  };
  return (
    <div role="alert" className="grid max-w-2xl gap-3 rounded-lg border border-red-800 bg-red-50 p-4 text-red-950">
      <h1 className="text-xl font-bold">{text.title}</h1>
      <p>{text.body}</p>
      {error.digest ? (
        <p className="text-sm">
          {text.reference}
          {error.digest}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} onClick={reset}>
          {text.retry}
        </button>
        <button type="button" className={BUTTON} onClick={clear}>
          {text.clear}
        </button>
      </div>
      {cleared ? <p role="status">{text.cleared}</p> : null}
    </div>
  );
}
