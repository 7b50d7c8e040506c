/**
 * A CONSORT-style flow diagram of one trial's recruitment, as a layout model: boxes with their
 * text and position, and arrows. Pure; components/reports/FlowDiagram.tsx draws it as plain SVG.
 *
 * The main column follows the funnel (screened → pre-screen passed → approached → consented →
 * enrolled); beside each step, the patients who left it and why (CONSORT 2025's flow diagram:
 * assessed for eligibility, excluded with reasons; Hopewell S et al., BMJ 2025;388:e081123).
 * Every count comes from the report (lib/view/reports.ts), formatted with its small-cell masking,
 * so the diagram can never disagree with the tables beside it.
 *
 * Black on white with solid lines, text at 11–12 units in a 680-unit-wide drawing: on A4 or
 * Letter (at most 180 mm wide) that prints at about 8–9 pt.
 */
import { ENGLISH } from "../core/english";
import { message, type Say } from "../core/message";
import { formatCount, type CountBy, type SmallCells, type TrialReport } from "./reports";

/** The words of the diagram's boxes: catalog keys (namespace `flow`). */
type FlowWord =
  | "screened"
  | "prescreenPassed"
  | "approached"
  | "consented"
  | "enrolled"
  | "excluded"
  | "notEligible"
  | "notEligibleWithoutCode"
  | "needsInformation"
  | "notApproached"
  | "awaitingApproach"
  | "declined"
  | "awaitingDecision"
  | "awaitingEnrolment";

export type FlowLine = { text: string; indent: 0 | 1 | 2; bold?: boolean };
export type FlowBox = { id: string; x: number; y: number; width: number; height: number; lines: FlowLine[] };
export type FlowArrow = { id: string; x1: number; y1: number; x2: number; y2: number };

export type FlowDiagramModel = {
  trialId: string;
  title: string;
  width: number;
  height: number;
  boxes: FlowBox[];
  arrows: FlowArrow[];
  caption: string;
  /**
   * The printed width in mm: 180 mm (fits A4 and Letter inside 12 mm margins), or narrower when
   * the diagram is tall, so that it is never more than 200 mm high and fits one page with its
   * heading and caption.
   */
  printWidthMm: number;
  /** Every count the diagram shows, by name, as shown: what the tests hold against the report. */
  counts: Record<string, string>;
};

export const FLOW_WIDTH = 680;
export const PRINT_MAX_WIDTH_MM = 180;
export const PRINT_MAX_HEIGHT_MM = 200;
export const LINE_HEIGHT = 15;
const PADDING = 8;
const MAIN = { x: 10, width: 250 };
const SIDE = { x: 320, width: 350 };
const GAP = 18;
/** Reasons listed per side box before "n more reasons". */
const MAX_REASONS = 6;

/** Display width in Latin-character units: CJK characters count as two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** Wraps text into lines of at most `max` units, at spaces when it can; at most `maxLines` lines. */
export function wrap(text: string, max: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/(\s+)/)) {
    if (displayWidth(line + word) <= max) {
      line += word;
      continue;
    }
    if (line.trim()) lines.push(line.trim());
    line = word.trimStart();
    while (displayWidth(line) > max) {
      let cut = "";
      for (const ch of line) {
        if (displayWidth(cut + ch) > max) break;
        cut += ch;
      }
      lines.push(cut);
      line = line.slice(cut.length);
    }
  }
  if (line.trim()) lines.push(line.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/.$/u, "")}…`;
  return kept;
}

/** Characters that fit a line of the side box at each indent (11-unit text, ~6 units a character). */
const SIDE_CHARS = [54, 51, 48] as const;

function reasonLines(rows: readonly CountBy[], cells: SmallCells, labelOf: (row: CountBy) => string, say: Say): FlowLine[] {
  const shown = rows.slice(0, MAX_REASONS);
  const lines = shown.flatMap((row) =>
    wrap(say.format(message("flow.withCount", { label: labelOf(row), count: formatCount(row.count, cells) })), SIDE_CHARS[2]).map((text) => ({
      text,
      indent: 2 as const,
    })),
  );
  if (rows.length > shown.length) lines.push({ text: say.format(message("flow.otherReasons", { count: rows.length - shown.length })), indent: 2 });
  return lines;
}

function heightOf(lines: readonly FlowLine[]): number {
  return lines.length * LINE_HEIGHT + 2 * PADDING;
}

/** The diagram of one trial's report, its words in the language of `say` (English by default). */
export function flowDiagram(report: TrialReport, cells: SmallCells, say: Say = ENGLISH): FlowDiagramModel {
  const c = (n: number) => formatCount(n, cells);
  const word = (key: FlowWord) => say.format(message(`flow.${key}`));
  const n = (count: string) => say.format(message("flow.count", { count }));
  const withCount = (label: string, count: string) => say.format(message("flow.withCount", { label, count }));
  const counts: Record<string, string> = {
    screened: c(report.funnel.screened),
    prescreenPassed: c(report.funnel.prescreenPassed),
    approached: c(report.funnel.approached),
    consented: c(report.funnel.consented),
    enrolled: c(report.funnel.enrolled),
    excluded: c(report.notEligible.total + report.needsInformation),
    notEligible: c(report.notEligible.total),
    needsInformation: c(report.needsInformation),
    notApproached: c(report.notApproached.total),
    awaitingApproach: c(report.awaitingApproach),
    declined: c(report.declined.total),
    awaitingDecision: c(report.awaitingDecision),
    awaitingEnrolment: c(report.awaitingEnrolment),
  };
  for (const row of report.notEligible.byCriterion) counts[`criterion:${row.key}`] = c(row.count);

  const main = (key: "screened" | "prescreenPassed" | "approached" | "consented" | "enrolled"): FlowLine[] => [
    ...wrap(word(key), 40).map((text) => ({ text, indent: 0 as const, bold: true })),
    { text: n(counts[key]!), indent: 0 },
  ];
  const head = (key: FlowWord): FlowLine => ({ text: withCount(word(key), n(counts[key]!)), indent: 1, bold: true });

  const excludedLines: FlowLine[] = [
    { text: withCount(word("excluded"), n(counts.excluded!)), indent: 0, bold: true },
    head("notEligible"),
    ...reasonLines(report.notEligible.byCriterion, cells, (row) => `${row.key} ${row.label}`, say),
    ...(report.notEligible.withoutCode > 0
      ? [{ text: withCount(word("notEligibleWithoutCode"), c(report.notEligible.withoutCode)), indent: 2 as const }]
      : []),
    head("needsInformation"),
  ];
  const sides: (FlowLine[] | undefined)[] = [
    excludedLines,
    [head("notApproached"), ...reasonLines(report.notApproached.byReason, cells, (row) => row.label, say), head("awaitingApproach")],
    [head("declined"), ...reasonLines(report.declined.byReason, cells, (row) => row.label, say), head("awaitingDecision")],
    [head("awaitingEnrolment")],
    undefined,
  ];
  const steps = ["screened", "prescreenPassed", "approached", "consented", "enrolled"] as const;

  const boxes: FlowBox[] = [];
  const arrows: FlowArrow[] = [];
  let y = 10;
  steps.forEach((step, i) => {
    const lines = main(step);
    const box: FlowBox = { id: step, x: MAIN.x, y, width: MAIN.width, height: heightOf(lines), lines };
    boxes.push(box);
    y += box.height;
    const side = sides[i];
    if (!side) return;
    const sideHeight = heightOf(side);
    const sideY = y + GAP;
    boxes.push({ id: `${step}-out`, x: SIDE.x, y: sideY, width: SIDE.width, height: sideHeight, lines: side });
    const stem = MAIN.x + MAIN.width / 2;
    const next = sideY + sideHeight + GAP;
    arrows.push({ id: `${step}-down`, x1: stem, y1: y, x2: stem, y2: next });
    const mid = sideY + Math.min(sideHeight / 2, LINE_HEIGHT + PADDING);
    arrows.push({ id: `${step}-side`, x1: stem, y1: mid, x2: SIDE.x, y2: mid });
    y = next;
  });
  const height = y + 10;
  return {
    trialId: report.trialId,
    title: say.format(message("flow.title", { trialId: report.trialId, shortTitle: report.shortTitle })),
    width: FLOW_WIDTH,
    height,
    printWidthMm: Math.floor(10 * Math.min(PRINT_MAX_WIDTH_MM, (PRINT_MAX_HEIGHT_MM * FLOW_WIDTH) / height)) / 10,
    boxes,
    arrows,
    caption: say.format(message("flow.caption")),
    counts,
  };
}
