/** Why signing in did not work, as the sign-in panel words it. */
export type SignInProblem =
  /** The collector refused the code (403). */
  | 'wrong-code'
  /** No answer at all: the collector or the network is down. */
  | 'unreachable'
  /** Any other answer (400, 5xx, an old collector without sessions). */
  | 'failed';

/** The result of {@link openSession}; `detail` is for the log and never holds the code. */
export type SignInResult = { ok: true } | { ok: false; problem: SignInProblem; detail: string };

/** What {@link openSession} needs. */
export interface SessionRequest {
  /** URL of `POST /api/v1/session`. */
  sessionUrl: string;
  /** The viewer (or admin) code as typed. */
  code: string;
  fetch: typeof globalThis.fetch;
}

/**
 * What an answer of `POST /api/v1/session` means. Only 204 counts as signed in: a 200 could be a
 * proxy's or an old collector's page, which sets no session cookie, and the page would then loop
 * straight back to the sign-in panel without saying why.
 */
export function signInResultFromStatus(status: number, sessionUrl: string): SignInResult {
  if (status === 204) return { ok: true };
  const detail = `POST ${sessionUrl} answered ${status}`;
  // 401 is not in the contract, but it can only mean the same thing to a viewer.
  if (status === 401 || status === 403) return { ok: false, problem: 'wrong-code', detail };
  return { ok: false, problem: 'failed', detail };
}

/**
 * Exchanges a viewer code for the `pulse_viewer` session cookie (HttpOnly, set by the collector).
 * The code travels only in the JSON body of this one request: never in a URL, never in a log.
 */
export async function openSession({
  sessionUrl,
  code,
  fetch,
}: SessionRequest): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch(sessionUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Codes are pasted from chat or e-mail, which add stray spaces and line breaks.
      body: JSON.stringify({ token: code.trim() }),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    // fetch rejects only when no answer came (network down, collector stopped).
    return {
      ok: false,
      problem: 'unreachable',
      detail: `POST ${sessionUrl} failed: ${String(error)}`,
    };
  }
  // The body (`{error}` or `{error, details}`) adds nothing a viewer can act on.
  await response.body?.cancel();
  return signInResultFromStatus(response.status, sessionUrl);
}
