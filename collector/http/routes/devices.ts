import express, { Router } from 'express';
import { newDeviceSchema, type CreatedDevice } from '../../../contracts/terminal.js';
import type { AccessTokens } from '../../auth/tokens.js';
import type { DeviceRegistry } from '../../devices/index.js';
import { requireRole } from '../auth.js';
import { HttpError } from '../http-error.js';
import { parseOrThrow } from '../validate.js';

/**
 * Admin routes of the terminal devices: `POST /api/v1/devices` registers one and shows its code
 * once, `GET` lists them (never a code), `DELETE /api/v1/devices/:id` revokes one at once.
 */
export function deviceRoutes({
  devices,
  tokens,
  counters,
}: {
  devices: DeviceRegistry;
  tokens: AccessTokens;
  /** Counter ids of the config: a counter page or rating pad must name one of them. */
  counters: readonly string[];
}): Router {
  const router = Router();
  const admin = requireRole({ role: 'admin', tokens });

  router.post('/api/v1/devices', admin, express.json({ limit: 4096 }), (request, response) => {
    const device = parseOrThrow(newDeviceSchema, request.body, 'device');
    if (device.counter !== undefined && !counters.includes(device.counter)) {
      throw new HttpError(400, 'invalid device: 1 problem(s); nothing was recorded', [
        {
          path: 'counter',
          message: `"${device.counter}" is not a counter of the config; known counters: ${counters.join(', ') || 'none'}`,
        },
      ]);
    }
    const created = devices.create(device);
    const body: CreatedDevice = { id: created.device.id, token: created.token };
    response.status(201).json(body);
  });

  router.get('/api/v1/devices', admin, (_request, response) => {
    response.json({ devices: devices.list() });
  });

  router.delete('/api/v1/devices/:id', admin, (request, response) => {
    const id = Number(request.params.id);
    if (!Number.isSafeInteger(id) || id <= 0) {
      throw new HttpError(
        400,
        `"${request.params.id}" is not a device id: use the id from GET /api/v1/devices`,
      );
    }
    const revoked = devices.revoke(id);
    if (!revoked) throw new HttpError(404, `no device ${id}: see GET /api/v1/devices`);
    response.json(revoked);
  });
  return router;
}
