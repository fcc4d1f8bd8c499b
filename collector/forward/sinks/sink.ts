/** Where the forwarder writes lines of InfluxDB line protocol (millisecond timestamps). */
export interface LineSink {
  /** Short description for logs and `/healthz`, without secrets (`InfluxDB v1 http://…/onestop`). */
  readonly description: string;
  /** Writes every line or throws a {@link SinkError}. Writing the same line twice is harmless. */
  write(lines: readonly string[]): Promise<void>;
  /** Creates the database or bucket when it is missing and allowed; throws a SinkError otherwise. */
  ensureTarget(): Promise<void>;
}

/**
 * What went wrong with a write, classified for the forwarder: `rejected` lines will never be
 * accepted (bad line, field type conflict) and are isolated and quarantined; `missing-target`
 * means the database or bucket does not exist; the rest are retried with backoff.
 */
export class SinkError extends Error {
  constructor(
    readonly kind: 'rejected' | 'too-large' | 'missing-target' | 'unauthorized' | 'unavailable',
    message: string,
    /** Delay the server asked for (`Retry-After`), in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SinkError';
  }
}

/** Classifies an HTTP status of a write answer (InfluxDB 1.x and 2.x use the same codes). */
export function sinkErrorOf(status: number, body: string, retryAfter: string | null): SinkError {
  const detail = body.slice(0, 500);
  const retryAfterMs = parseRetryAfter(retryAfter);
  if (status === 404 || /database not found|bucket .*not found/i.test(body)) {
    return new SinkError('missing-target', `the database or bucket does not exist: ${detail}`);
  }
  if (status === 401 || status === 403) {
    return new SinkError(
      'unauthorized',
      `InfluxDB refused the credentials (HTTP ${status}): check PULSE_INFLUX_TOKEN or the username and password`,
    );
  }
  if (status === 413)
    return new SinkError('too-large', `the batch is too large for the server (HTTP 413)`);
  if (status === 400 || status === 422)
    return new SinkError('rejected', `InfluxDB rejected the batch (HTTP ${status}): ${detail}`);
  return new SinkError('unavailable', `InfluxDB answered HTTP ${status}: ${detail}`, retryAfterMs);
}

/** `Retry-After` in seconds or as an HTTP date, as ms from now. */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs = Date.now(),
): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}

/** A URL as logs may show it: no user, password or query (they may hold secrets). */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '(invalid URL)'; // the config schema validates URLs; this only guards the log line
  }
}
