/**
 * The printable checklist: one section per trial, each starting on a new page when printed. It
 * renders the model from lib/view/checklist.ts and nothing else; the layout for paper is in
 * checklist.module.css (and the page box in app/globals.css, "Printable checklist").
 */
import { useLocale, useTranslations } from "next-intl";
import { MANUAL_MARK, type Checklist, type ChecklistRow, type ChecklistSection } from "@/lib/view/checklist";
import styles from "./checklist.module.css";

const KEY = [
  ["✓", "keyMet"],
  ["×", "keyNotMet"],
  ["?", "keyUnknown"],
  ["◆", "keyManual"],
  ["–", "keyNa"],
] as const;

/**
 * The registry line. In Chinese: the Chinese rendering, marked as a translation, with the
 * registry's English beneath it, since the auditor compares against the English.
 */
function CriterionLines({ row }: { row: ChecklistRow }) {
  const t = useTranslations("checklist");
  const zh = useLocale() === "zh-CN";
  if (!zh || row.textZh === undefined) {
    return (
      <p className={styles.criterionText} lang={zh ? "en" : undefined}>
        {row.text}
      </p>
    );
  }
  return (
    <>
      <p className={styles.criterionText}>
        <span className={styles.translationMark}>{t("translationMark")}</span> {row.textZh}
      </p>
      <p className={styles.registryText} lang="en">
        <span className="sr-only">{t("registryEnglish")}</span>
        {row.text}
      </p>
    </>
  );
}

function Row({ row, trialId }: { row: ChecklistRow; trialId: string }) {
  const checkboxId = `verified-${trialId}-${row.id}`;
  const t = useTranslations("checklist");
  return (
    <tr className={row.manual ? styles.manualRow : undefined} data-criterion={row.id}>
      <th scope="row" className={styles.id}>
        {row.id}
      </th>
      <td>
        <CriterionLines row={row} />
        {row.manual ? (
          <p className={styles.manual}>
            <span aria-hidden="true">{MANUAL_MARK.symbol} </span>
            <strong>{t("manualMark")}{t("colon")}</strong>
            <span lang={row.valuesLanguage}>{row.values}</span>
          </p>
        ) : (
          <p className={styles.values}>
            <span className={styles.key}>{t("values")}</span> <span lang={row.valuesLanguage}>{row.values}</span>
          </p>
        )}
        {row.needs.length > 0 ? (
          <p className={styles.values}>
            <span className={styles.key}>{t("needed")}</span> {row.needs.join(t("listComma"))}
          </p>
        ) : null}
        {row.confirmation !== undefined ? <p className={styles.confirmation}>{row.confirmation}</p> : null}
        {row.note !== undefined ? (
          <p className={styles.values}>
            <span className={styles.key}>{t("recheck")}</span> {row.note}
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
          aria-label={t("verifiedFor", { id: row.id })}
        />
      </td>
      <td className={styles.note} aria-label={t("noteFor", { id: row.id })} />
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

function SignatureLine({ role }: { role: "coordinator" | "investigator" }) {
  const t = useTranslations("checklist");
  return (
    <div className={styles.signature} role="group" aria-label={t("signatureOf", { role: t(role) })}>
      <p className={styles.role}>{t(role)}</p>
      <p className={styles.line}>
        <span>{t("name")}</span>
        <span className={styles.blank} />
      </p>
      <p className={styles.line}>
        <span>{t("signature")}</span>
        <span className={styles.blank} />
      </p>
      <p className={styles.line}>
        <span>{t("date")}</span>
        <span className={styles.blank} />
      </p>
    </div>
  );
}

export function ChecklistSectionView({ section, invalid = [] }: { section: ChecklistSection; invalid?: readonly string[] }) {
  const h = section.header;
  const headingId = `checklist-${h.trialId}`;
  const t = useTranslations("checklist");
  return (
    <article className={styles.section} aria-labelledby={headingId} data-trial={h.trialId}>
      <header className={styles.header}>
        <p className={styles.kicker}>{t("title")}</p>
        <h2 id={headingId} className={styles.title}>
          {h.trialId} — {h.shortTitle}
        </h2>
        <dl className={styles.meta}>
          <div>
            <dt>{t("recruitmentStatus")}</dt>
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
            <dt>{t("encodedCriteria")}</dt>
            <dd>{t("encodedVersion", { version: h.encodingVersion, date: h.registryRecordDate })}</dd>
          </div>
          <div>
            <dt>{t("screeningLabel")}</dt>
            <dd className={styles.label}>{h.screeningLabel}</dd>
          </div>
          <div>
            <dt>{t("screeningDate")}</dt>
            <dd>{h.screeningDate}</dd>
          </div>
          {invalid.length > 0 ? (
            <div>
              <dt>{t("invalidEntries")}</dt>
              <dd className={styles.label}>
                <span aria-hidden="true">⚠ </span>
                {invalid.join("; ")}
              </dd>
            </div>
          ) : null}
        </dl>
        <p className={styles.legend}>
          <span className={styles.key}>{t("keyLabel")}</span>{" "}
          {KEY.map(([symbol, word]) => (
            <span key={symbol} className={styles.legendItem}>
              {symbol} {t(word)}
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
            <th scope="col">{t("colId")}</th>
            <th scope="col">{t("colCriterion")}</th>
            <th scope="col">{t("colResult")}</th>
            <th scope="col">{t("colVerified")}</th>
            <th scope="col">{t("colNote")}</th>
          </tr>
        </thead>
        <RowGroup title={t("inclusion")} rows={section.inclusion} trialId={h.trialId} />
        <RowGroup title={t("exclusion")} rows={section.exclusion} trialId={h.trialId} />
      </table>

      {/* Named with the trial: every section has this heading, and landmarks need distinct names (axe landmark-unique). */}
      <section className={styles.closing} aria-label={t("verdictRegion", { id: h.trialId })}>
        <div className={styles.closingHead}>
          <h3 id={`${headingId}-verdict`} className={styles.closingTitle}>
            {t("verdictHeading")}
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
            <span className={styles.key}>{t("caveat")}</span> {section.verdictCaveat}
          </p>
        ) : null}
        <p className={styles.summary}>{section.summary}</p>
        {section.needs.length > 0 ? (
          <p className={styles.summary}>
            <span className={styles.key}>{t("needed")}</span> {section.needs.join(t("listComma"))}
          </p>
        ) : null}
        {section.contradictions.map((text) => (
          <p key={text} className={styles.summary}>
            <span className={styles.key}>{t("contradiction")}</span> {text}
          </p>
        ))}
        <div className={styles.signatures}>
          <SignatureLine role="coordinator" />
          <SignatureLine role="investigator" />
        </div>
        <p className={styles.disclaimer}>{section.disclaimer}</p>
      </section>
    </article>
  );
}

/** Every section of the checklist. `data-checklist` lets the print CSS hide the app around it. */
export function ChecklistDocument({ checklist }: { checklist: Checklist }) {
  const zh = useLocale() === "zh-CN";
  return (
    <div className={`${styles.document} ${zh ? styles.chinese : ""}`} data-checklist="">
      {checklist.sections.map((section) => (
        <ChecklistSectionView key={section.header.trialId} section={section} invalid={checklist.invalid} />
      ))}
    </div>
  );
}
