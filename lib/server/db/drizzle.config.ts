/**
 * drizzle-kit's configuration: `npm run db:generate` writes a new migration to ./migrations from
 * the changes in ./schema.ts. The migrations are committed and applied at first start by Drizzle's
 * migrators (lib/server/db/connection.ts).
 */
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/server/db/schema.ts",
  out: "./lib/server/db/migrations",
});
