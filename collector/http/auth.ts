import { parse as parseCookie } from 'cookie';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { DeviceInfo, DeviceKind } from '../../contracts/terminal.js';
import { tokenMatches, type AccessTokens } from '../auth/tokens.js';
import { HttpError } from './http-error.js';

/**
 * Who may call a route: writers of samples and events, viewers of the dashboard, admins, and
 * the centre's terminal devices (kiosk, counter page, rating pad), each with its own code.
 */
export type AccessRole = 'ingest' | 'viewer' | 'admin' | 'device';

/** Cookie that carries the viewer token for the browser (a WebSocket cannot send headers). */
export const VIEWER_COOKIE = 'pulse_viewer';

/** Cookie that carries a terminal device's code, set by `POST /api/v1/terminal/session`. */
export const DEVICE_COOKIE = 'pulse_device';

/** Finds the device a code belongs to (revoked ones too); `collector/devices` implements it. */
export interface DeviceDirectory {
  identify(code: string): DeviceInfo | undefined;
}

/** The token a request presents: `Authorization: Bearer …`, or for viewers the cookie. */
function presentedTokens(request: IncomingMessage): string[] {
  const presented: string[] = [];
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) presented.push(header.slice('Bearer '.length).trim());
  const cookieHeader = request.headers.cookie;
  if (cookieHeader) {
    const cookies = parseCookie(cookieHeader);
    for (const name of [VIEWER_COOKIE, DEVICE_COOKIE]) {
      const value = cookies[name];
      if (value) presented.push(value);
    }
  }
  return presented;
}

/**
 * Decides whether a request may act in `role`. The admin token opens every role; the viewer role
 * is open to all when no viewer token is set; the device role needs the code of a device not
 * revoked (`devices`). Returns the HTTP status to answer otherwise.
 */
export function checkAccess(
  request: IncomingMessage,
  role: AccessRole,
  tokens: AccessTokens,
  devices?: DeviceDirectory,
): 200 | 401 | 403 {
  const presented = presentedTokens(request);
  if (role === 'viewer' && tokens.viewer === undefined) return 200;
  if (role === 'device' && devices && liveDeviceOf(presented, devices)) return 200;
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
  device:
    'sign the device in with its code (POST /api/v1/terminal/session), or send the code as "Authorization: Bearer <code>"',
};

/** Middleware that lets a request through only with a token of `role` (or of one of `role`). */
export function requireRole({
  role,
  tokens,
  devices,
}: {
  role: AccessRole | readonly AccessRole[];
  tokens: AccessTokens;
  devices?: DeviceDirectory;
}): RequestHandler {
  const roles: readonly AccessRole[] = typeof role === 'string' ? [role] : role;
  return (request, _response, next) => {
    const statuses = roles.map((r) => checkAccess(request, r, tokens, devices));
    if (statuses.includes(200)) return next();
    const status = statuses.includes(403) ? 403 : 401;
    const what = status === 401 ? 'a token is required' : 'the token is not valid for this route';
    const hints = roles.map((r) => ROLE_HINTS[r]).join('; or ');
    next(
      new HttpError(status, `${what}: ${hints}`, undefined, {
        'www-authenticate': 'Bearer realm="onestop-pulse"',
      }),
    );
  };
}

/** The device whose code a request presents, when it is not revoked. */
function liveDeviceOf(presented: string[], devices: DeviceDirectory): DeviceInfo | undefined {
  return presented
    .map((code) => devices.identify(code))
    .find((device) => device !== undefined && device.revokedMs === null);
}

/**
 * Middleware of terminal routes: lets a request through only with the code of a device of one of
 * `kinds` that is not revoked, and leaves the device in `response.locals.device` for the handler.
 */
export function requireDevice({
  devices,
  kinds,
}: {
  devices: DeviceDirectory;
  kinds: readonly DeviceKind[];
}): RequestHandler {
  return (request, response, next) => {
    const known = presentedTokens(request)
      .map((code) => devices.identify(code))
      .filter((device) => device !== undefined);
    const device = known.find((d) => d.revokedMs === null);
    if (!device) {
      const revoked = known[0];
      return next(
        revoked
          ? new HttpError(
              403,
              `the device "${revoked.name}" was revoked: ask the admin for a new device code and sign the device in again`,
            )
          : new HttpError(401, `this page needs a device code: ${ROLE_HINTS.device}`, undefined, {
              'www-authenticate': 'Bearer realm="onestop-pulse"',
            }),
      );
    }
    if (!kinds.includes(device.kind)) {
      return next(
        new HttpError(
          403,
          `the device "${device.name}" is a ${device.kind} device: only a ${kinds.join(' or ')} device may do this`,
        ),
      );
    }
    response.locals.device = device;
    next();
  };
}
