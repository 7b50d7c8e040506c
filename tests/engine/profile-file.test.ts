import { describe, expect, it } from "vitest";
import * as files from "@/lib/view/profile-file";
import { profileSchema } from "@/lib/core/profile";
import { toEnglish } from "@/lib/core/english";
import { message } from "@/lib/core/message";
import { inEnglish } from "../support/english";

const { listedIssues, MAX_PROFILE_FILE_BYTES, profileFileName, serializeProfile } = files;

/** lib/ says what is wrong as messages; these tests read them in English. */
function readProfileFile(text: string) {
  const r = files.readProfileFile(text);
  if (r.ok) return r;
  return {
    ...r,
    message: toEnglish(r.message),
    issues: r.issues.map(({ path, label, message }) => ({ path, ...(label ? { label: toEnglish(label) } : {}), message })),
  };
}
const decodeProfileBytes = (bytes: Uint8Array) => {
  const r = files.decodeProfileBytes(bytes);
  return r.ok ? r : { ...r, message: toEnglish(r.message) };
};
const moreIssuesText = inEnglish(files.moreIssuesText);

describe("profile files", () => {
  const profile = profileSchema.parse({
    screeningLabel: "Bed 12",
    demographics: { ageYears: 56, sex: "male" },
    labs: { bilirubin: { value: 3, unit: "mg/dL" } },
  });

  it("round-trips a saved profile", () => {
    expect(readProfileFile(serializeProfile(profile))).toEqual({ ok: true, profile });
  });

  it("refuses text that is not JSON", () => {
    const r = readProfileFile("name,age\nWang,56");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not valid JSON/);
  });

  it("names every invalid field, with its label", () => {
    const r = readProfileFile(JSON.stringify({ demographics: { ageYears: 200, name: "Wang Li" }, labs: { inr: "high" } }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/does not match the profile schema \(3 problems\)\. Nothing was changed\./);
    expect(r.issues).toEqual([
      { path: "demographics.ageYears", label: "Age", message: "Age cannot be above 120 years" },
      { path: "demographics.name", message: expect.stringMatching(/Unknown field "name"/) },
      { path: "labs.inr", label: "INR", message: "INR: enter a number" },
    ]);
  });

  it("names the file after the label", () => {
    expect(profileFileName("Bed 12 Tuesday")).toBe("Bed 12 Tuesday.json");
    expect(profileFileName("a/b:c")).toBe("a-b-c.json");
    expect(profileFileName("  ")).toBe("screening.json");
    expect(profileFileName(undefined)).toBe("screening.json");
    expect(profileFileName("..")).toBe("screening.json");
    expect(profileFileName("床12 周二")).toBe("床12 周二.json");
  });

  it("asks before leaving invalid fields out of a saved file", () => {
    const saveWarning = inEnglish(files.saveWarning);
    expect(saveWarning([])).toBeUndefined();
    expect(saveWarning([message("fields.demographics.ageYears"), message("fields.labs.inr")])).toBe(
      "2 fields have errors and will be left out of the file: Age, INR. Save anyway?",
    );
  });
});

describe("reading profile files (issue 10: items 6, 7 and 12)", () => {
  const refused = (text: string) => {
    const r = readProfileFile(text);
    if (r.ok) throw new Error("accepted");
    return r;
  };

  it("writes a format version into saved files and reads it back", () => {
    const text = serializeProfile({ demographics: { ageYears: 56 } });
    expect(JSON.parse(text)).toEqual({ version: 1, demographics: { ageYears: 56 } });
    expect(readProfileFile(text)).toEqual({ ok: true, profile: { demographics: { ageYears: 56 } } });
    // Files saved before the version existed are read as version 1.
    expect(readProfileFile('{"demographics":{"ageYears":56}}').ok).toBe(true);
  });

  it("refuses a format version it does not read, as a version problem (not a privacy one)", () => {
    const r = refused('{"version":2,"demographics":{"ageYears":56}}');
    expect(r.message).toMatch(/format version 2; this version of the screener reads version 1/);
    expect(r.issues).toEqual([{ path: "version", message: expect.stringMatching(/^Format version 2/) }]);
    expect(JSON.stringify(r)).not.toMatch(/de-identified|Unknown field/);
  });

  it("gives the line and column of a JSON syntax error", () => {
    expect(refused('{\n  "demographics": {\n    "ageYears": 56,\n  }\n}').message).toMatch(/not valid JSON \(line 4, column 3: expected a field name/);
    expect(refused("{ not json").message).toMatch(/line 1, column 3/);
    expect(refused('{"a": 1} x').message).toMatch(/line 1, column 10: unexpected text after the end/);
    expect(refused("").message).toMatch(/line 1, column 1: expected a value, the file ends too early/);
  });

  it("refuses a key given twice, naming it (JSON.parse would keep the last silently)", () => {
    const r = refused('{"demographics":{"ageYears":40,"sex":"male","ageYears":90}}');
    expect(r.message).toMatch(/gives "ageYears" twice in the same place \(demographics\.ageYears\)/);
    expect(r.issues).toEqual([{ path: "demographics.ageYears", message: 'Field "ageYears" appears more than once' }]);
    // The same name in different objects is fine.
    expect(readProfileFile('{"labs":{"bilirubin":{"value":1,"unit":"mg/dL"},"albumin":{"value":3,"unit":"g/dL"}}}').ok).toBe(true);
  });

  it("says when a number was written as text", () => {
    const [issue] = refused('{"demographics":{"ageYears":"56"}}').issues;
    expect(issue?.path).toBe("demographics.ageYears");
    expect(issue?.message).toMatch(/the file has the text "56" in quotes; write the number without quotes/);
    expect(refused('{"labs":{"inr":"high"}}').issues[0]?.message).not.toMatch(/in quotes/);
  });

  it("never shows a path twice: a problem with the whole file has no label", () => {
    const r = refused("[]");
    expect(r.issues).toEqual([{ path: "(profile)", message: "A profile must be a JSON object" }]);
  });

  it("lists the first 20 problems and counts the rest", () => {
    const r = refused(JSON.stringify(Object.fromEntries(Array.from({ length: 33_000 }, (_, i) => [`k${i}`, i]))));
    expect(r.issues).toHaveLength(33_000);
    const { listed, more } = listedIssues(r.issues);
    expect(listed).toHaveLength(20);
    expect(more).toBe(32_980);
    expect(moreIssuesText(more)).toBe("and 32,980 more problems");
  });

  describe("encodings, the same on the page and in the CLI", () => {
    const profile = '{"demographics":{"ageYears":56}}';
    const utf16 = (text: string, littleEndian: boolean) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
      const view = new DataView(bytes.buffer);
      for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
      return bytes;
    };
    it.each([
      ["UTF-8", new TextEncoder().encode(profile)],
      ["UTF-8 with a byte-order mark", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(profile)])],
      ["UTF-16 LE with a byte-order mark", utf16(profile, true)],
      ["UTF-16 BE with a byte-order mark", utf16(profile, false)],
    ])("reads %s", (_name, bytes) => {
      expect(decodeProfileBytes(bytes)).toEqual({ ok: true, text: profile });
    });

    it("says so when a file without a byte-order mark is not UTF-8 (GBK, say)", () => {
      const gbk = new Uint8Array([0x7b, 0x22, 0xb2, 0xa1, 0x22, 0x3a, 0x31, 0x7d]); // {"病":1} in GBK
      expect(decodeProfileBytes(gbk)).toEqual({ ok: false, message: expect.stringMatching(/not UTF-8 text .*save it as UTF-8/) });
    });

    it("refuses a file over the size limit without decoding it", () => {
      expect(decodeProfileBytes(new Uint8Array(MAX_PROFILE_FILE_BYTES + 1))).toEqual({ ok: false, message: expect.stringMatching(/too large/) });
    });
  });
});
