/** The /log filters from a URL's query (trial, status, date range); anything unknown is ignored. */
import { TRIALS } from "@/criteria";
import { isTrialStatus } from "../../core/screening-log";
import type { LogFilter } from "./service";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function logFilterFrom(params: URLSearchParams | Record<string, string | string[] | undefined>): LogFilter {
  const get = (key: string): string | undefined => {
    const v = params instanceof URLSearchParams ? params.get(key) : params[key];
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  const trial = get("trial");
  const status = get("status");
  const from = get("from");
  const to = get("to");
  return {
    ...(trial && TRIALS.some((t) => t.id === trial) && { trialId: trial }),
    ...(status && isTrialStatus(status) && { status }),
    ...(from && DAY.test(from) && { from }),
    ...(to && DAY.test(to) && { to }),
  };
}
