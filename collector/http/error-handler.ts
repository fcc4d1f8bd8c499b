import { SqliteError } from 'better-sqlite3';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ErrorResponse } from '../../contracts/api.js';
import type { CollectorMetrics } from '../metrics.js';
import { HttpError } from './http-error.js';

/** Errors that express's JSON body parser raises, with the `type` it sets on them. */
interface BodyParserError extends Error {
  type?: string;
  limit?: number;
  status?: number;
}

/** Turns a body parser error into the answer a client can act on. */
function fromBodyParser(error: BodyParserError): HttpError | undefined {
  switch (error.type) {
    case 'entity.too.large':
      return new HttpError(
        413,
        `the body is larger than ${error.limit} bytes: send smaller batches`,
      );
    case 'entity.parse.failed':
      return new HttpError(400, `the body is not valid JSON: ${error.message}`, [
        { path: '(body)', message: error.message },
      ]);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError(415, `${error.message}: send UTF-8 JSON, uncompressed or gzip`);
    case 'request.aborted':
    case 'request.size.invalid':
      return new HttpError(400, `the request body was incomplete: ${error.message}`);
    default:
      return undefined;
  }
}

/** A failure of the SQLite file (disk full, read-only, locked): the batch was rolled back whole. */
function fromRecorder(error: unknown): HttpError | undefined {
  if (!(error instanceof SqliteError)) return undefined;
  return new HttpError(
    503,
    `the collector could not record the batch (${error.code}); nothing of it was stored: retry later, and check the data directory's disk`,
    undefined,
    { 'retry-after': '30' },
  );
}

/**
 * The last middleware: every error becomes a JSON answer `{error, details}`. Client mistakes are
 * 4xx and counted; anything else is logged as a bug and answered 500 without internals.
 */
export function createErrorHandler({
  logger,
  metrics,
}: {
  logger: Logger;
  metrics: CollectorMetrics;
}): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const known =
      error instanceof HttpError
        ? error
        : (fromBodyParser(error as BodyParserError) ?? fromRecorder(error));
    if (known && known.status >= 500) logger.error({ err: error }, 'recording failed');
    const httpError =
      known ??
      new HttpError(500, 'internal error: the request was not carried out; see the collector log');
    if (!known) logger.error({ err: error, path: request.path }, 'unhandled error in a request');
    else
      metrics.requestsRejected.inc({
        route: (request.route?.path as string | undefined) ?? 'other',
        status: httpError.status,
      });
    const body: ErrorResponse = { error: httpError.message };
    if (httpError.details) body.details = httpError.details;
    response.status(httpError.status).set(httpError.headers).json(body);
  };
}
