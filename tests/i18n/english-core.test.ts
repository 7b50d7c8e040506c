import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import core from "@/messages/generated/en.core.json";
import { currentEnglishCore, currentFieldPaths, ENGLISH_CORE_NAMESPACES } from "@/scripts/generate-english-core";
import { toEnglish as toEnglishCore } from "@/lib/core/english-core";
import { toEnglish } from "@/lib/core/english";
import { message } from "@/lib/core/message";

describe("messages/generated/en.core.json", () => {
  it("is up to date (run `npm run gen:english`)", () => {
    const { actual, expected } = currentEnglishCore();
    expect(actual).toBe(expected);
  });

  it("comes with lib/core/field-paths.ts up to date (run `npm run gen:english`)", () => {
    const { actual, expected } = currentFieldPaths();
    expect(actual).toBe(expected);
  });

  it("is exactly the core's namespaces of messages/en.json, the one source of the text", () => {
    expect(Object.keys(core)).toEqual([...ENGLISH_CORE_NAMESPACES]);
    for (const namespace of ENGLISH_CORE_NAMESPACES) expect(core[namespace]).toEqual(en[namespace]);
  });

  it("formats a message as the whole catalog does", () => {
    const msg = message("validation.withUnit", { value: 3, unit: message("common.units.months") });
    expect(toEnglishCore(msg)).toBe(toEnglish(msg));
  });

  it("refuses, in tests, a key outside its namespaces instead of printing the key", () => {
    expect(toEnglish(message("log.list.trial"))).toBe("Trial");
    expect(() => toEnglishCore(message("log.list.trial"))).toThrow();
  });
});
