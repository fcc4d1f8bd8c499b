import type { Sample } from '../contracts/sample.js';
import { parseRetryAfterMs } from './backoff.js';

/** Most characters of an error body kept: enough for the collector's `{error, details}`. */
const MAX_ERROR_CHARS = 4000;

/** What became of one batch sent to the collector, as the sender must act on it. */
export type PostOutcome =
  /** 202: the collector recorded the batch durably; it may leave the spool. */
  | { kind: 'accepted' }
  /** 400 or 422: the collector will never take this batch (a bug, or incompatible versions). */
  | { kind: 'rejected'; status: number; error: string }
  /** 413: the body is larger than the collector's limit; smaller batches will go through. */
  | { kind: 'too-large'; error: string }
  /** 401 or 403: the token is wrong; a person must act, and until then the agent keeps spooling. */
  | { kind: 'token-refused'; status: number; error: string }
  /** Anything else (no connection, timeout, 5xx, 429, a wrong URL): try again later. */
  | { kind: 'unavailable'; error: string; retryAfterMs?: number | undefined };

/** One request to `POST /api/v1/samples`. */
export interface PostSamplesRequest {
  /** Base URL of the collector (`http://192.168.1.10:8080`, or with a path behind a proxy). */
  collectorUrl: URL;
  /** Ingest token; sent as `Authorization: Bearer`, never logged. */
  token: string;
  samples: readonly Sample[];
  /** Time after which the request is abandoned, in ms. */
  timeoutMs: number;
  /** Epoch ms, to read a `Retry-After` given as a date. */
  nowMs: number;
}

/** The endpoint of sample batches under a collector's base URL (which may carry a path). */
export function samplesEndpoint(collectorUrl: URL): URL {
  const base = collectorUrl.pathname.endsWith('/')
    ? collectorUrl
    : new URL(`${collectorUrl.href}/`);
  return new URL('api/v1/samples', base);
}

/**
 * Sends one batch and classifies the answer; never throws for a network failure or a status, since
 * both are ordinary while the collector is away.
 */
export async function postSamples(request: PostSamplesRequest): Promise<PostOutcome> {
  let response: Response;
  try {
    response = await fetch(samplesEndpoint(request.collectorUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${request.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(request.samples),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch (error) {
    return { kind: 'unavailable', error: describeNetworkError(error, request.timeoutMs) };
  }
  let body: string;
  try {
    body = (await response.text()).slice(0, MAX_ERROR_CHARS);
  } catch (error) {
    // The status came, the body did not: the batch may or may not be recorded, so it is resent.
    return { kind: 'unavailable', error: describeNetworkError(error, request.timeoutMs) };
  }
  const { status } = response;
  if (status === 202) return { kind: 'accepted' };
  if (status === 400 || status === 422) return { kind: 'rejected', status, error: body };
  if (status === 413) return { kind: 'too-large', error: body };
  if (status === 401 || status === 403) return { kind: 'token-refused', status, error: body };
  const hint =
    status === 404 || status === 405
      ? ': is --collector the base URL of a OneStop Pulse collector (such as http://192.168.1.10:8080)?'
      : '';
  return {
    kind: 'unavailable',
    error: `the collector answered HTTP ${status}${hint} ${body}`.trim(),
    retryAfterMs: parseRetryAfterMs(response.headers.get('retry-after'), request.nowMs),
  };
}

/** A failed request in plain words: `connection refused`, `no answer within 10000 ms`, … */
function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused (is the collector running?)';
  if (cause?.code) return `${cause.code}: ${cause.message ?? ''}`.trim();
  return error instanceof Error ? error.message : String(error);
}
