import { auth } from "@/lib/server/auth";

/** Better Auth's endpoints (sign-in, sign-out, session); see lib/server/auth/auth.ts for what is enabled. */
export async function GET(request: Request) {
  return (await auth()).handler(request);
}

export async function POST(request: Request) {
  return (await auth()).handler(request);
}
