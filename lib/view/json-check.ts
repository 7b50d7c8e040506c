/**
 * A strict JSON check before JSON.parse, for profile files (the page and the CLI): it names where
 * a syntax error is (line and column, the same in every browser and Node, whose own messages
 * differ) and refuses an object with the same key twice, which JSON.parse accepts silently, the
 * last value winning (RFC 8259 §4: names "SHOULD be unique"; a file that repeats one is ambiguous).
 *
 * One pass over the text, linear in its length. It only checks; JSON.parse builds the value.
 * What is wrong is a message (messages/*.json `profileFile.json`), said in the reader's language.
 */
import { message, type Message, type MessageKey, type MessageValue } from "../core/message";

export type JsonCheck =
  | { ok: true }
  | { ok: false; kind: "syntax"; line: number; column: number; problem: Message }
  | { ok: false; kind: "duplicate-key"; key: string; path: string };

class JsonError extends Error {
  readonly problem: Message;
  constructor(
    readonly at: number,
    key: string,
    values?: Record<string, MessageValue>,
  ) {
    super(key);
    this.problem = message(`profileFile.json.${key}` as MessageKey, values);
  }
}

class Duplicate extends Error {
  constructor(
    readonly key: string,
    readonly path: string,
  ) {
    super(key);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The nesting depth checked; far deeper than any profile (whose depth is 3). */
const MAX_DEPTH = 512;

function pathText(path: readonly string[]): string {
  return path.map((k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k))).join(".") || "(profile)";
}

export function checkJson(text: string): JsonCheck {
  let i = 0;
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  /** What stands at `at`: "the file ends too early" or `unexpected "x"`; `found` without "unexpected". */
  const describe = (at: number): Message =>
    at >= text.length ? message("profileFile.json.endsEarly") : message("profileFile.json.unexpected", { char: JSON.stringify(text[at]) });
  const found = (at: number): MessageValue => (at >= text.length ? message("profileFile.json.endsEarly") : JSON.stringify(text[at]));
  const string = (): string => {
    const start = i;
    i++; // the opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c < 0x20) throw new JsonError(i, "controlCharacter");
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === "u") {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) throw new JsonError(i, "unicodeEscape");
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else throw new JsonError(i, "unknownEscape");
      } else i++;
    }
    throw new JsonError(start, "unclosedString");
  };
  const value = (path: string[], depth: number): void => {
    if (depth > MAX_DEPTH) throw new JsonError(i, "tooDeep");
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      const seen = new Set<string>();
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new JsonError(i, "expectedName", { found: found(i) });
        const key = string();
        if (seen.has(key)) throw new Duplicate(key, pathText([...path, key]));
        seen.add(key);
        ws();
        if (text[i] !== ":") throw new JsonError(i, "expectedAfterName", { found: describe(i) });
        i++;
        value([...path, key], depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        throw new JsonError(i, "expectedEither", { first: ",", second: "}", found: describe(i) });
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        value([...path, String(index)], depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        throw new JsonError(i, "expectedEither", { first: ",", second: "]", found: describe(i) });
      }
    }
    if (c === '"') {
      string();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return;
    }
    throw new JsonError(i, "expectedValue", { found: describe(i) });
  };
  try {
    value([], 0);
    ws();
    if (i < text.length) throw new JsonError(i, "trailingText", { found: describe(i) });
    return { ok: true };
  } catch (error) {
    if (error instanceof Duplicate) return { ok: false, kind: "duplicate-key", key: error.key, path: error.path };
    if (error instanceof JsonError) {
      const before = text.slice(0, error.at);
      const line = before.split("\n").length;
      const column = error.at - before.lastIndexOf("\n");
      return { ok: false, kind: "syntax", line, column, problem: error.problem };
    }
    throw error;
  }
}
