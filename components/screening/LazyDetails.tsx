"use client";
import { useState, type ReactNode } from "react";

/**
 * A <details> whose content is rendered only while it is open, so that collapsed criteria cost
 * nothing when the results update on each keystroke.
 */
export function LazyDetails({
  id,
  className,
  summary,
  summaryClassName,
  children,
}: {
  id?: string;
  className: string;
  summary: ReactNode;
  summaryClassName: string;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details id={id} className={className} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={summaryClassName}>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}

