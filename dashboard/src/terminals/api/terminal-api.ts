import type { CounterEvent } from '../../../../contracts/event.js';
import type {
  CalledTicket,
  IssuedTicket,
  TerminalConfig,
  TerminalSession,
  TerminalState,
} from '../../../../contracts/terminal.js';
import type { SendOutcome } from '../outbox/press-outbox.js';

/** An answer of a terminal route: the body, or why there is none. */
export type ApiResult<T> =
  | { ok: true; value: T }
  /** `unreachable`: no answer (collector stopped, network down); `signed-out`: 401/403. */
  | { ok: false; problem: 'unreachable' | 'signed-out' | 'failed'; detail: string };

/**
 * The collector's terminal routes, same origin, with the device cookie. The device code travels
 * only in the body of the sign-in request: never in a URL, a header or script-readable storage.
 */
export class TerminalApi {
  constructor(
    private readonly fetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis),
  ) {}

  /** Trades the typed device code for the HttpOnly `pulse_device` cookie. */
  signIn(code: string): Promise<ApiResult<unknown>> {
    return this.call('POST', '/api/v1/terminal/session', { code: code.trim() });
  }

  /** Whether this browser holds a device session (always answered 200). */
  session(): Promise<ApiResult<TerminalSession>> {
    return this.call('GET', '/api/v1/terminal/session');
  }

  config(): Promise<ApiResult<TerminalConfig>> {
    return this.call('GET', '/api/v1/terminal/config');
  }

  state(): Promise<ApiResult<TerminalState>> {
    return this.call('GET', '/api/v1/terminal/state');
  }

  /** Takes a number; `pressId` makes a resend after a lost answer return the same ticket. */
  issueTicket(pressId: string, field: string): Promise<ApiResult<IssuedTicket>> {
    return this.call('POST', '/api/v1/terminal/tickets', { id: pressId, field });
  }

  /** Calls the next ticket of this counter; `pressId` as above. */
  callNext(pressId: string): Promise<ApiResult<CalledTicket>> {
    return this.call('POST', '/api/v1/terminal/call-next', { id: pressId });
  }

  /** Sends a batch of presses; the outcome tells the outbox whether to drop, keep or set them aside. */
  async sendEvents(batch: CounterEvent[]): Promise<SendOutcome> {
    let response: Response;
    try {
      response = await this.request('POST', '/api/v1/events', batch);
    } catch (error) {
      return { kind: 'retry', reason: `no answer: ${String(error)}` };
    }
    const text = await response.text();
    if (response.status === 202) return { kind: 'accepted' };
    const reason = `POST /api/v1/events answered ${response.status}: ${text.slice(0, 500)}`;
    if (response.status === 401) return { kind: 'signed-out', reason };
    if (response.status === 429 || response.status >= 500) return { kind: 'retry', reason };
    return { kind: 'refused', reason };
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    let response: Response;
    try {
      response = await this.request(method, path, body);
    } catch (error) {
      return { ok: false, problem: 'unreachable', detail: `${method} ${path}: ${String(error)}` };
    }
    if (response.ok) return { ok: true, value: (await response.json()) as T };
    const detail = `${method} ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`;
    if (response.status === 401 || response.status === 403)
      return { ok: false, problem: 'signed-out', detail };
    return { ok: false, problem: response.status >= 500 ? 'unreachable' : 'failed', detail };
  }

  private request(method: string, path: string, body?: unknown): Promise<Response> {
    return this.fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  }
}
