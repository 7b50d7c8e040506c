import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, withSecurityHeaders } from "@/lib/server/security-headers";

describe("the Content-Security-Policy", () => {
  it("allows scripts by nonce and 'strict-dynamic' only in production: no 'unsafe-inline', no 'unsafe-eval', no host", () => {
    const policy = contentSecurityPolicy("abc");
    expect(policy).toContain("script-src 'nonce-abc' 'strict-dynamic';");
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(/script-src[^;]*unsafe-inline/.test(policy)).toBe(false);
  });

  it("adds 'unsafe-eval' for the development server only (React's dev build rebuilds error stacks with eval)", () => {
    expect(contentSecurityPolicy("abc", { development: true })).toContain("script-src 'nonce-abc' 'strict-dynamic' 'unsafe-eval';");
  });

  it("makes a new 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });

  it("gives the page renderer the same policy as the browser, and HSTS only over HTTPS", () => {
    let seen: string | null = null;
    const respond = (headers: Headers) => {
      seen = headers.get("content-security-policy");
      return new NextResponse(null);
    };
    const plain = withSecurityHeaders(new NextRequest("http://localhost/"), respond);
    expect(seen).toBe(plain.headers.get("content-security-policy"));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const https = withSecurityHeaders(new NextRequest("http://localhost/", { headers: { "x-forwarded-proto": "https" } }), respond);
    expect(https.headers.get("strict-transport-security")).toBe("max-age=31536000");
  });
});
