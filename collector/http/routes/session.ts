import express, { Router } from 'express';
import { z } from 'zod';
import type { AccessTokens } from '../../auth/tokens.js';
import { checkAccess, VIEWER_COOKIE } from '../auth.js';
import { HttpError } from '../http-error.js';
import { parseOrThrow } from '../validate.js';

const sessionBody = z.object({
  token: z.string({ error: 'is required: the viewer code given by IT support' }).min(1).max(256),
});

/** How long a browser stays signed in to the dashboard. */
const SESSION_MAX_AGE_MS = 30 * 86_400_000;

/**
 * `POST /api/v1/session` trades a viewer (or admin) token for an HttpOnly cookie, so that the
 * dashboard never keeps a token in its URL, its page source or script-readable storage.
 * `DELETE` signs out.
 */
export function sessionRoutes({ tokens }: { tokens: AccessTokens }): Router {
  const router = Router();
  router.post('/api/v1/session', express.json({ limit: 4096 }), (request, response) => {
    if (!request.is('application/json')) {
      throw new HttpError(
        415,
        'send the code as JSON: {"token": "…"} with Content-Type: application/json',
      );
    }
    const { token } = parseOrThrow(sessionBody, request.body, 'sign-in');
    // Without a viewer token the dashboard is open on the LAN: nothing to remember.
    if (tokens.viewer === undefined) return void response.status(204).end();
    const asBearer = { headers: { authorization: `Bearer ${token}` } } as Parameters<
      typeof checkAccess
    >[0];
    if (checkAccess(asBearer, 'viewer', tokens) !== 200) {
      throw new HttpError(
        403,
        'the code is not valid: ask IT support for the viewer code of this centre',
      );
    }
    response
      .cookie(VIEWER_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        maxAge: SESSION_MAX_AGE_MS,
        secure: request.secure,
      })
      .status(204)
      .end();
  });
  router.delete('/api/v1/session', (_request, response) => {
    response.clearCookie(VIEWER_COOKIE, { path: '/' }).status(204).end();
  });
  return router;
}
