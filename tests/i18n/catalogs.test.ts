/**
 * The two catalogs say the same things: the same keys, the same ICU arguments in each message,
 * no empty message, and every message parses. (A key missing from the Chinese catalog is also a
 * type error: lib/i18n/catalogs.ts checks it with `satisfies`.)
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";

type Catalog = { [key: string]: string | Catalog };

function leaves(catalog: Catalog, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Every argument a message uses, with its kind: "count:plural", "name:argument", tags as "<b>". */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        into.add(`${el.value}:argument`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(`${el.value}:${TYPE[el.type]}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        into.add(`${el.value}:${TYPE[el.type]}`);
        for (const option of Object.values(el.options)) argumentsOf(option.value, into);
        break;
      case TYPE.tag:
        into.add(`<${el.value}>`);
        argumentsOf(el.children, into);
        break;
      default:
        break;
    }
  }
  return into;
}

/** The keywords of each select and plural, so that no branch is forgotten in one language. */
function selectKeys(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.select) {
      for (const [key, option] of Object.entries(el.options)) {
        into.add(`${el.value}=${key}`);
        selectKeys(option.value, into);
      }
    } else if (el.type === TYPE.plural) {
      for (const option of Object.values(el.options)) selectKeys(option.value, into);
    } else if (el.type === TYPE.tag) selectKeys(el.children, into);
  }
  return into;
}

const english = leaves(en as Catalog);
const chinese = leaves(zhCN as Catalog);

describe("the message catalogs", () => {
  it("have the same keys", () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("have no empty message", () => {
    for (const [key, text] of [...english, ...chinese]) expect(text.trim(), key).not.toBe("");
  });

  it("parse as ICU messages in both languages", () => {
    for (const [key, text] of english) expect(() => parse(text), `en ${key}`).not.toThrow();
    for (const [key, text] of chinese) expect(() => parse(text), `zh-CN ${key}`).not.toThrow();
  });

  it("use the same placeholders and select branches in both languages", () => {
    for (const [key, text] of english) {
      const zh = chinese.get(key);
      if (zh === undefined) continue;
      const a = parse(text);
      const b = parse(zh);
      // Chinese has no plural forms: an argument English uses only to choose a plural form (e.g.
      // `count` in "{count, plural, one {day} other {days}}") may be absent in Chinese, and a
      // plural argument may be a plain one there. Every other argument must be in both.
      const name = (arg: string) => arg.replace(/:\w+$/, "");
      const enArgs = argumentsOf(a);
      const zhNames = new Set([...argumentsOf(b)].map(name));
      const enNames = new Set([...enArgs].map(name));
      const pluralOnly = (n: string) => [...enArgs].filter((x) => name(x) === n).every((x) => x.endsWith(":plural"));
      for (const n of enNames) if (!pluralOnly(n)) expect(zhNames, `${key}: {${n}}`).toContain(n);
      for (const n of zhNames) expect(enNames, `${key}: {${n}} is not in English`).toContain(n);
      expect([...selectKeys(b)].sort(), key).toEqual([...selectKeys(a)].sort());
    }
  });

  it("keep clinical abbreviations as they are in Chinese", () => {
    for (const [key, text] of english) {
      // (PT prolongation is written out: 凝血酶原时间延长.)
      for (const abbreviation of ["MELD", "INR", "HBV", "ACLF", "TBil"]) {
        if (new RegExp(`\\b${abbreviation}\\b`).test(text)) expect(chinese.get(key), key).toContain(abbreviation);
      }
    }
  });
});
