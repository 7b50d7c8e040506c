/**
 * The printable checklist: one section per trial, each starting on a new page when printed. It
 * renders the model from lib/view/checklist.ts and nothing else; the layout for paper is in
 * checklist.module.css (and the page box in app/globals.css, "Printable checklist").
 */
import {
  CHECKLIST_TITLE,
  MANUAL_MARK,
  VERIFIED_LABEL,
  type Checklist,
  type ChecklistRow,
  type ChecklistSection,
} from "@/lib/view/checklist";
import styles from "./checklist.module.css";

const KEY: [string, string][] = [
  ["✓", "Met / Not excluded"],
  ["×", "Not met / Excluded"],
  ["?", "Unknown"],
  ["◆", "Manual — for the investigator"],
  ["–", "Not applicable"],
];

function Row({ row, trialId }: { row: ChecklistRow; trialId: string }) {
  const checkboxId = `verified-${trialId}-${row.id}`;
  return (
    <tr className={row.manual ? styles.manualRow : undefined} data-criterion={row.id}>
      <th scope="row" className={styles.id}>
        {row.id}
      </th>
      <td>
        <p className={styles.criterionText}>{row.text}</p>
        {row.manual ? (
          <p className={styles.manual}>
            <span aria-hidden="true">{MANUAL_MARK.symbol} </span>
            <strong>{MANUAL_MARK.word}:</strong> {row.values}
          </p>
        ) : (
          <p className={styles.values}>
            <span className={styles.key}>Values:</span> {row.values}
          </p>
        )}
        {row.needs.length > 0 ? (
          <p className={styles.values}>
            <span className={styles.key}>Needed to settle it:</span> {row.needs.join(", ")}
          </p>
        ) : null}
        {row.confirmation !== undefined ? <p className={styles.confirmation}>{row.confirmation}</p> : null}
        {row.note !== undefined ? (
          <p className={styles.values}>
            <span className={styles.key}>Re-check:</span> {row.note}
          </p>
        ) : null}
      </td>
      <td className={styles.result} data-status={row.status}>
        <span aria-hidden="true" className={styles.symbol}>
          {row.result.symbol}
        </span>{" "}
        <span className={styles.word}>{row.result.word}</span>
      </td>
      <td className={styles.verify}>
        <input
          id={checkboxId}
          type="checkbox"
          className={styles.checkbox}
          aria-label={`${VERIFIED_LABEL}: ${row.id}`}
        />
      </td>
      <td className={styles.note} aria-label={`Note: ${row.id}`} />
    </tr>
  );
}

function RowGroup({ title, rows, trialId }: { title: string; rows: ChecklistRow[]; trialId: string }) {
  if (rows.length === 0) return null;
  return (
    <tbody>
      <tr className={styles.groupRow}>
        <th scope="rowgroup" colSpan={5}>
          {title}
        </th>
      </tr>
      {rows.map((row) => (
        <Row key={row.id} row={row} trialId={trialId} />
      ))}
    </tbody>
  );
}

function SignatureLine({ role }: { role: string }) {
  return (
    <div className={styles.signature} role="group" aria-label={`${role} signature`}>
      <p className={styles.role}>{role}</p>
      <p className={styles.line}>
        <span>Name</span>
        <span className={styles.blank} />
      </p>
      <p className={styles.line}>
        <span>Signature</span>
        <span className={styles.blank} />
      </p>
      <p className={styles.line}>
        <span>Date</span>
        <span className={styles.blank} />
      </p>
    </div>
  );
}

export function ChecklistSectionView({ section, invalid = [] }: { section: ChecklistSection; invalid?: readonly string[] }) {
  const h = section.header;
  const headingId = `checklist-${h.trialId}`;
  return (
    <article className={styles.section} aria-labelledby={headingId} data-trial={h.trialId}>
      <header className={styles.header}>
        <p className={styles.kicker}>{CHECKLIST_TITLE}</p>
        <h2 id={headingId} className={styles.title}>
          {h.trialId} — {h.shortTitle}
        </h2>
        <dl className={styles.meta}>
          <div>
            <dt>Recruitment status</dt>
            <dd>
              {h.recruitment}
              {h.recruitmentHints.map((hint) => (
                <span key={hint} className={styles.hint}>
                  {hint}
                </span>
              ))}
            </dd>
          </div>
          <div>
            <dt>Encoded criteria</dt>
            <dd>
              Version {h.encodingVersion}, from the registry record of {h.registryRecordDate}
            </dd>
          </div>
          <div>
            <dt>Screening label</dt>
            <dd className={styles.label}>{h.screeningLabel}</dd>
          </div>
          <div>
            <dt>Date of screening</dt>
            <dd>{h.screeningDate}</dd>
          </div>
          {invalid.length > 0 ? (
            <div>
              <dt>Invalid entries, treated as unknown</dt>
              <dd className={styles.label}>
                <span aria-hidden="true">⚠ </span>
                {invalid.join("; ")}
              </dd>
            </div>
          ) : null}
        </dl>
        <p className={styles.legend}>
          <span className={styles.key}>Key:</span>{" "}
          {KEY.map(([symbol, word]) => (
            <span key={symbol} className={styles.legendItem}>
              {symbol} {word}
            </span>
          ))}
        </p>
      </header>

      <table className={styles.table}>
        <colgroup>
          <col className={styles.colId} />
          <col />
          <col className={styles.colResult} />
          <col className={styles.colVerify} />
          <col className={styles.colNote} />
        </colgroup>
        <thead>
          <tr className={styles.running}>
            <td colSpan={5}>
              {h.trialId} · {h.screeningLabel} · {h.screeningDate}
            </td>
          </tr>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Criterion (registry text) and the values behind the result</th>
            <th scope="col">Pre-screen result</th>
            <th scope="col">Verified against source</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <RowGroup title="Inclusion criteria" rows={section.inclusion} trialId={h.trialId} />
        <RowGroup title="Exclusion criteria" rows={section.exclusion} trialId={h.trialId} />
      </table>

      {/* Named with the trial: every section has this heading, and landmarks need distinct names (axe landmark-unique). */}
      <section className={styles.closing} aria-label={`Verdict of the pre-screen, ${h.trialId}`}>
        <div className={styles.closingHead}>
          <h3 id={`${headingId}-verdict`} className={styles.closingTitle}>
            Verdict of the pre-screen
          </h3>
          {/* Names the screening on the page that holds the signatures, should it stand alone. */}
          <p className={styles.reference}>
            {h.trialId} · {h.screeningLabel} · {h.screeningDate}
          </p>
        </div>
        <p className={styles.verdict} data-verdict={section.verdict}>
          {section.verdictText}
        </p>
        {section.verdictCaveat !== undefined ? (
          <p className={styles.summary}>
            <span className={styles.key}>Caveat:</span> {section.verdictCaveat}
          </p>
        ) : null}
        <p className={styles.summary}>{section.summary}</p>
        {section.needs.length > 0 ? (
          <p className={styles.summary}>
            <span className={styles.key}>Needed to settle it:</span> {section.needs.join(", ")}
          </p>
        ) : null}
        {section.contradictions.map((text) => (
          <p key={text} className={styles.summary}>
            <span className={styles.key}>Contradiction:</span> {text}
          </p>
        ))}
        <div className={styles.signatures}>
          <SignatureLine role="Coordinator" />
          <SignatureLine role="Investigator" />
        </div>
        <p className={styles.disclaimer}>{section.disclaimer}</p>
      </section>
    </article>
  );
}

/** Every section of the checklist. `data-checklist` lets the print CSS hide the app around it. */
export function ChecklistDocument({ checklist }: { checklist: Checklist }) {
  return (
    <div className={styles.document} data-checklist="">
      {checklist.sections.map((section) => (
        <ChecklistSectionView key={section.header.trialId} section={section} invalid={checklist.invalid} />
      ))}
    </div>
  );
}
