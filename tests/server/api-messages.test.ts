/**
 * What the API routes answer a person is a message key (namespace `apiErrors`) that the page says
 * in the reader's language, with the English sentence beside it for API users and scripts; never
 * an English sentence alone.
 */
import { describe, expect, it } from "vitest";
import { toEnglish } from "@/lib/core/english";
import { message } from "@/lib/core/message";
import { checkTransition } from "@/lib/core/screening-log";
import { messageFormatter } from "@/lib/i18n/format";
import { AccountError, checkNewAccount } from "@/lib/server/auth/accounts";
import { errorResponse, problemResponse } from "@/lib/server/http";
import { ForbiddenError, LogConflictError, LogError, NotFoundError } from "@/lib/server/log/service";
import { MESSAGES } from "@/lib/i18n/catalogs";

const zh = messageFormatter("zh-CN");

describe("the API's refusals", () => {
  it("answer with the message key and its English sentence", async () => {
    const response = errorResponse(new LogConflictError({ rowVersion: 3, latestVersion: 2 }));
    expect(response.status).toBe(409);
    const body = (await response.json()) as { message: string; error: { key: string } };
    expect(body.error).toEqual({ key: "apiErrors.conflict" });
    expect(body.message).toBe(MESSAGES.en.apiErrors.conflict);
  });

  it("carry nested messages, so a status name is said in the reader's language too", async () => {
    const check = checkTransition("enrolled", "approached", "");
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toBe("A trial’s status cannot go from “Enrolled” to “Approached”.");
    const body = (await errorResponse(new LogError(422, check.problem)).json()) as { error: ReturnType<typeof message> };
    expect(zh.format(body.error)).toBe("试验状态不能从“已入组”改为“已接触”。");
    const reason = checkTransition("approached", "declined", " ");
    expect(!reason.ok && zh.format(reason.problem)).toBe("“拒绝参加”需要填写原因。");
  });

  it("keep the field of an account refusal and its values", async () => {
    let refused: unknown;
    try {
      checkNewAccount({ username: "ab", password: "long enough", role: "coordinator" });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AccountError);
    const response = errorResponse(refused);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { field: string; error: ReturnType<typeof message> };
    expect(body.field).toBe("username");
    expect(zh.format(body.error)).toBe("用户名为 3 至 30 个字母、数字、点或下划线。");
    const short = (() => {
      try {
        checkNewAccount({ username: "coordinator", password: "short", role: "coordinator" });
      } catch (error) {
        return error as AccountError;
      }
    })();
    expect(short?.problem).toEqual(message("apiErrors.passwordTooShort", { min: 8 }));
    expect(short?.message).toBe("A password is at least 8 characters.");
  });

  it("have a key for the default refusals, and Chinese for every key", () => {
    expect(new ForbiddenError().problem.key).toBe("apiErrors.forbidden");
    expect(new NotFoundError().problem.key).toBe("apiErrors.notFound");
    for (const key of Object.keys(MESSAGES.en.apiErrors)) {
      expect(MESSAGES["zh-CN"].apiErrors[key as keyof typeof MESSAGES.en.apiErrors]).toMatch(/\p{Script=Han}/u);
    }
  });

  it("an unexpected error gives the generic message, with its key", async () => {
    const body = (await errorResponse(new Error("boom: row data")).json()) as { message: string; error: { key: string } };
    expect(body.error.key).toBe("apiErrors.server");
    expect(body.message).not.toContain("row data");
    expect((await problemResponse(message("apiErrors.signIn"), 401).json()) as object).toEqual({ message: toEnglish(message("apiErrors.signIn")), error: { key: "apiErrors.signIn" } });
  });
});
