/**
 * zod 4 compiles object parsers with `new Function` when it may, and finds out whether it may by
 * calling `new Function("")` once, the first time an object schema is built. Under this app's
 * Content-Security-Policy (no 'unsafe-eval', see next.config.js) that probe is refused, and the
 * browser reports a CSP violation on every page that loads a schema. `jitless` skips both the probe
 * and the compiler, so the browser, the CLI and the tests all run the same (interpreted) parsers.
 *
 * Every lib module that builds a zod schema imports this module before zod, so the setting is in
 * place before the first schema is constructed (ES modules evaluate imports in order).
 */
import { z } from "zod";

z.config({ jitless: true });
