/**
 * Takes the coordinator to a form field named by a result: opens the section it is in, scrolls it
 * into view and focuses its control (for a radio group, the checked radio). DOM only; which id a
 * field has is decided in lib/view/form.ts.
 */
import { fieldDomId, fieldFallback } from "@/lib/view/form";

function controlFor(path: string): HTMLElement | null {
  const el = document.getElementById(fieldDomId(path));
  if (!el) return null;
  if (el.matches("input, select, textarea")) return el;
  return el.querySelector<HTMLElement>("input[type=radio]:checked") ?? el.querySelector<HTMLElement>("input, select, textarea");
}

export function focusField(path: string): boolean {
  const fallback = fieldFallback(path);
  const target = controlFor(path) ?? (fallback ? controlFor(fallback) : null);
  if (!target) return false;
  for (let d = target.closest("details"); d; d = d.parentElement?.closest("details") ?? null) d.open = true;
  target.scrollIntoView?.({ block: "center" });
  target.focus({ preventScroll: true });
  return true;
}
