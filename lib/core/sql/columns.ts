/**
 * The profiles table: one column per leaf of the profile schema, flattened (labs.bilirubin.value
 * becomes labs_bilirubin_value). The columns are read from the zod schema itself, so a field added
 * to lib/core/profile.ts gets its column without anyone remembering to add it
 * (tests/sql/columns.test.ts checks that every leaf has one).
 *
 * Numbers are `double precision` because the engine computes with JavaScript numbers (IEEE 754
 * doubles); PostgreSQL's float8 arithmetic is the same arithmetic, so thresholds decide the same way.
 */
import type { z } from "zod";
import { profileSchema, type Profile } from "../profile";

export type ColumnType = "number" | "boolean" | "text";

export type ProfileColumn = {
  /** The SQL column name, e.g. labs_bilirubin_value. */
  name: string;
  /** The path in the profile, e.g. ["labs", "bilirubin", "value"]. */
  path: readonly string[];
  type: ColumnType;
  /** The allowed values of an enumerated text column. */
  values?: readonly string[];
};

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; entries?: Record<string, string> };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** camelCase → snake_case: ageYears → age_years, plateletsE9L → platelets_e9_l. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}

function flatten(schema: z.ZodType, path: string[], into: ProfileColumn[]): void {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
      return flatten(def.innerType as z.ZodType, path, into);
    case "object":
      for (const [key, child] of Object.entries(def.shape ?? {})) flatten(child, [...path, key], into);
      return;
    case "number":
      into.push({ name: path.map(snakeCase).join("_"), path, type: "number" });
      return;
    case "boolean":
      into.push({ name: path.map(snakeCase).join("_"), path, type: "boolean" });
      return;
    case "string":
      into.push({ name: path.map(snakeCase).join("_"), path, type: "text" });
      return;
    case "enum":
      into.push({ name: path.map(snakeCase).join("_"), path, type: "text", values: Object.values(def.entries ?? {}) });
      return;
    default:
      // A schema form this table can't hold yet: fail loudly rather than drop the field.
      throw new Error(`profile field ${path.join(".")}: no SQL column for a zod ${def.type}`);
  }
}

function columnsOf(schema: z.ZodType): ProfileColumn[] {
  const columns: ProfileColumn[] = [];
  flatten(schema, [], columns);
  const names = new Set(columns.map((c) => c.name));
  if (names.size !== columns.length) throw new Error("two profile fields flatten to the same column name");
  return columns;
}

export const PROFILE_COLUMNS: readonly ProfileColumn[] = columnsOf(profileSchema);

const COLUMN_BY_PATH = new Map(PROFILE_COLUMNS.map((c) => [c.path.join("."), c]));

/** The column holding a profile field (dotted path). Throws for a path with no column. */
export function columnOf(path: string): ProfileColumn {
  const column = COLUMN_BY_PATH.get(path);
  if (!column) throw new Error(`no profile column for ${path}`);
  return column;
}

export const DEFAULT_PROFILES_TABLE = "cohort_profiles";

const SQL_TYPE: Record<ColumnType, string> = { number: "double precision", boolean: "boolean", text: "text" };

/** A quoted SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** CREATE TABLE for the profiles: the input line number as key, then one column per field. */
export function profilesTableDdl(table = DEFAULT_PROFILES_TABLE, options: { temporary?: boolean } = {}): string {
  const lines = [
    "  line bigint PRIMARY KEY",
    ...PROFILE_COLUMNS.map((c) => {
      const check = c.values ? ` CHECK (${c.name} IN (${c.values.map(sqlString).join(", ")}))` : "";
      return `  ${c.name} ${SQL_TYPE[c.type]}${check}`;
    }),
  ];
  return `CREATE ${options.temporary ? "TEMPORARY " : ""}TABLE ${table} (\n${lines.join(",\n")}\n);\n`;
}

/** A valid profile's values in column order (undefined for a missing field). */
export function profileToRow(profile: Profile): unknown[] {
  return PROFILE_COLUMNS.map((column) => {
    let node: unknown = profile;
    for (const key of column.path) {
      if (node === null || typeof node !== "object") return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  });
}

/**
 * A flattened record (CSV header → cell text) back to a nested profile candidate, for the zod
 * schema to judge. Empty cells are missing fields. Numbers and yes/no answers are converted only
 * when they read cleanly; anything else is passed on as text so that the schema reports it on its
 * field ("Age: enter a number") instead of it being guessed or dropped. Unknown column names are
 * kept under their own name so the schema's strict objects report them.
 */
export function rowToProfileInput(record: Readonly<Record<string, string | undefined>>): unknown {
  const out: Record<string, unknown> = {};
  const set = (path: readonly string[], value: unknown) => {
    let node = out;
    for (const key of path.slice(0, -1)) {
      if (!Object.hasOwn(node, key)) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = value;
  };
  for (const [name, raw] of Object.entries(record)) {
    if (name === "line" || raw === undefined || raw === "") continue;
    const column = PROFILE_COLUMNS.find((c) => c.name === name);
    if (!column) {
      set([name], raw);
      continue;
    }
    set(column.path, parseCell(raw, column.type));
  }
  return out;
}

function parseCell(raw: string, type: ColumnType): unknown {
  const text = raw.trim();
  if (type === "number") {
    const value = Number(text);
    return text !== "" && Number.isFinite(value) ? value : raw;
  }
  if (type === "boolean") {
    const lower = text.toLowerCase();
    if (lower === "true") return true;
    if (lower === "false") return false;
    return raw;
  }
  return raw;
}
