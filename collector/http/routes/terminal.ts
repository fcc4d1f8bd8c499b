import { parse as parseCookie } from 'cookie';
import express, { Router } from 'express';
import {
  callNextRequestSchema,
  terminalSessionSchema,
  ticketRequestSchema,
  type DeviceInfo,
  type TerminalSession,
} from '../../../contracts/terminal.js';
import {
  normaliseDeviceCode,
  PressIdReusedError,
  type DeviceRegistry,
  type TerminalService,
} from '../../devices/index.js';
import { DEVICE_COOKIE, requireDevice } from '../auth.js';
import { HttpError } from '../http-error.js';
import { parseOrThrow } from '../validate.js';

/** A terminal stays signed in for a year (Chromium caps cookies at 400 days): it is set up once. */
const DEVICE_SESSION_MAX_AGE_MS = 365 * 86_400_000;

/**
 * The terminal pages' API: sign a device in once (its code traded for an HttpOnly cookie), read
 * the centre's names and the device's view of the queue, and ask the collector for the numbers
 * only it can allocate (a kiosk's ticket, a counter's next call).
 */
export function terminalRoutes({
  devices,
  terminals,
}: {
  devices: DeviceRegistry;
  terminals: TerminalService;
}): Router {
  const router = Router();
  const json = express.json({ limit: 4096 });
  const anyDevice = requireDevice({ devices, kinds: ['kiosk', 'counter', 'rating'] });

  router.post('/api/v1/terminal/session', json, (request, response) => {
    const { code } = parseOrThrow(terminalSessionSchema, request.body, 'sign-in');
    const device = devices.identify(code);
    if (!device)
      throw new HttpError(
        403,
        "the device code is not valid: ask the admin for this device's code",
      );
    if (device.revokedMs !== null)
      throw new HttpError(
        403,
        `the device "${device.name}" was revoked: ask the admin for a new device code`,
      );
    response
      .cookie(DEVICE_COOKIE, normaliseDeviceCode(code), {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        maxAge: DEVICE_SESSION_MAX_AGE_MS,
        secure: request.secure,
      })
      .json(terminals.configFor(device).device);
  });

  // Answered 200 either way: a page opened before sign-in asks here first, and a 401 would
  // show as an error in the browser's console on every new tablet.
  router.get('/api/v1/terminal/session', (request, response) => {
    const code = parseCookie(request.headers.cookie ?? '')[DEVICE_COOKIE];
    const device = code ? devices.identify(code) : undefined;
    const body: TerminalSession =
      device === undefined
        ? { device: null, revoked: false }
        : { device: terminals.configFor(device).device, revoked: device.revokedMs !== null };
    response.set('cache-control', 'no-store').json(body);
  });

  router.delete('/api/v1/terminal/session', (_request, response) => {
    response.clearCookie(DEVICE_COOKIE, { path: '/' }).status(204).end();
  });

  router.get('/api/v1/terminal/config', anyDevice, (_request, response) => {
    response.json(terminals.configFor(response.locals.device as DeviceInfo));
  });

  router.get('/api/v1/terminal/state', anyDevice, (_request, response) => {
    response
      .set('cache-control', 'no-store')
      .json(terminals.stateFor(response.locals.device as DeviceInfo));
  });

  router.post(
    '/api/v1/terminal/tickets',
    requireDevice({ devices, kinds: ['kiosk'] }),
    json,
    (request, response) => {
      const press = parseOrThrow(ticketRequestSchema, request.body, 'ticket request');
      const field = terminals.field(press.field);
      if (!field)
        throw new HttpError(400, 'invalid ticket request: 1 problem(s); no ticket was issued', [
          { path: 'field', message: `"${press.field}" is not a field of the config` },
        ]);
      response.status(201).json(withReusedIdAs409(() => terminals.issueTicket(press.id, field)));
    },
  );

  router.post(
    '/api/v1/terminal/call-next',
    requireDevice({ devices, kinds: ['counter'] }),
    json,
    (request, response) => {
      const press = parseOrThrow(callNextRequestSchema, request.body, 'call');
      const device = response.locals.device as DeviceInfo;
      response.json(withReusedIdAs409(() => terminals.callNext(press.id, device.counter!)));
    },
  );
  return router;
}

function withReusedIdAs409<T>(allocate: () => T): T {
  try {
    return allocate();
  } catch (error) {
    if (error instanceof PressIdReusedError) throw new HttpError(409, error.message);
    throw error;
  }
}
