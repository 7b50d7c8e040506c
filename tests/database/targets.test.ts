import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type TestDatabase } from "../support/databases";

describe.each(databaseTargets())("the test database on $name", (target) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await target.create();
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it("starts empty and takes parameters", async () => {
    const tables = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables[0]?.n).toBe(0);
    const rows = await db.query<{ x: number }>("SELECT $1::int + 1 AS x", [41]);
    expect(rows[0]?.x).toBe(42);
  });

  it("keeps NULL distinct from false (Kleene logic relies on it)", async () => {
    const rows = await db.query<{ v: boolean | null }>("SELECT (NULL::boolean AND true) AS v");
    expect(rows[0]?.v).toBeNull();
  });
});
