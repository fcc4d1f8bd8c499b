import { parse as parseCookie } from 'cookie';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { tokenMatches, type AccessTokens } from '../auth/tokens.js';
import { HttpError } from './http-error.js';

/** Who may call a route: writers of samples and events, viewers of the dashboard, admins. */
export type AccessRole = 'ingest' | 'viewer' | 'admin';

/** Cookie that carries the viewer token for the browser (a WebSocket cannot send headers). */
export const VIEWER_COOKIE = 'pulse_viewer';

/** The token a request presents: `Authorization: Bearer …`, or for viewers the cookie. */
function presentedTokens(request: IncomingMessage): string[] {
  const presented: string[] = [];
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) presented.push(header.slice('Bearer '.length).trim());
  const cookieHeader = request.headers.cookie;
  if (cookieHeader) {
    const viewer = parseCookie(cookieHeader)[VIEWER_COOKIE];
    if (viewer) presented.push(viewer);
  }
  return presented;
}

/**
 * Decides whether a request may act in `role`. The admin token opens every role; the viewer role
 * is open to all when no viewer token is set. Returns the HTTP status to answer otherwise.
 */
export function checkAccess(
  request: IncomingMessage,
  role: AccessRole,
  tokens: AccessTokens,
): 200 | 401 | 403 {
  const presented = presentedTokens(request);
  if (role === 'viewer' && tokens.viewer === undefined) return 200;
  const accepted = [tokens.admin];
  if (role === 'ingest') accepted.push(tokens.ingest);
  if (role === 'viewer' && tokens.viewer !== undefined) accepted.push(tokens.viewer);
  // Compare against every accepted token so that timing does not tell which one matched.
  const matched = presented.some((token) =>
    accepted.map((a) => tokenMatches(token, a)).some(Boolean),
  );
  if (matched) return 200;
  return presented.length === 0 ? 401 : 403;
}

const ROLE_HINTS: Record<AccessRole, string> = {
  ingest:
    'send the ingest token (PULSE_INGEST_TOKEN, or tokens.json in the data directory) as "Authorization: Bearer <token>"',
  viewer: 'send the viewer token (PULSE_VIEWER_TOKEN) as "Authorization: Bearer <token>"',
  admin:
    'send the admin token (PULSE_ADMIN_TOKEN, or tokens.json in the data directory) as "Authorization: Bearer <token>"',
};

/** Middleware that lets a request through only with a token of `role`. */
export function requireRole({
  role,
  tokens,
}: {
  role: AccessRole;
  tokens: AccessTokens;
}): RequestHandler {
  return (request, _response, next) => {
    const status = checkAccess(request, role, tokens);
    if (status === 200) return next();
    const what = status === 401 ? 'a token is required' : 'the token is not valid for this route';
    next(
      new HttpError(status, `${what}: ${ROLE_HINTS[role]}`, undefined, {
        'www-authenticate': 'Bearer realm="onestop-pulse"',
      }),
    );
  };
}
