/**
 * lib/ returns messages (a key and its values), not sentences. Tests that read the English wording
 * wrap the function under test: the same arguments, the message said in English (messages/en.json).
 */
import { toEnglish } from "@/lib/core/english";
import type { Message } from "@/lib/core/message";

export function inEnglish<A extends unknown[]>(say: (...args: A) => Message | undefined): (...args: A) => string | undefined {
  return (...args) => {
    const msg = say(...args);
    return msg && toEnglish(msg);
  };
}
