/** Signing in with fetch against a running server, as a browser would (Origin header, session cookie). */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Signs in and returns the Cookie header to send; waits out the sign-in rate limiter if it answers 429. */
export async function signInCookie(baseURL: string, username: string, password: string): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const response = await fetch(`${baseURL}/api/auth/sign-in/username`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseURL },
      body: JSON.stringify({ username, password }),
    });
    if (response.status === 429) {
      await sleep((Number(response.headers.get('x-retry-after')) || 2) * 1000 + 200);
      continue;
    }
    if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status}`);
    return response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  }
  throw new Error(`sign-in as ${username} kept being rate-limited`);
}

export async function api(baseURL: string, cookie: string | undefined, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseURL}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      origin: baseURL,
      ...(cookie && { cookie }),
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, location: response.headers.get('location'), json, text };
}

/** A fresh server's accounts: the first admin by /api/setup, then one coordinator and one investigator. */
export async function makeAccounts(baseURL: string) {
  const passwords = { admin: 'admin-password-1', coord: 'coordinator-pw-1', inv: 'investigator-pw-1' };
  const setup = await api(baseURL, undefined, 'POST', '/api/setup', { username: 'admin', password: passwords.admin });
  if (setup.status !== 201) throw new Error(`setup failed: ${setup.status} ${setup.text}`);
  const admin = await signInCookie(baseURL, 'admin', passwords.admin);
  for (const [username, role] of [['coord', 'coordinator'], ['inv', 'investigator']] as const) {
    const made = await api(baseURL, admin, 'POST', '/api/admin/users', { username, role, password: passwords[username] });
    if (made.status !== 201) throw new Error(`creating ${username} failed: ${made.status} ${made.text}`);
  }
  return {
    admin,
    coordinator: await signInCookie(baseURL, 'coord', passwords.coord),
    investigator: await signInCookie(baseURL, 'inv', passwords.inv),
  };
}
