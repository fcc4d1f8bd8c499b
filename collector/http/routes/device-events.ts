import express, { Router } from 'express';
import type { Request } from 'express';
import { z } from 'zod';
import { counterEventSchema } from '../../../contracts/event.js';
import type { DeviceInfo } from '../../../contracts/terminal.js';
import { deviceEventProblems, type DeviceRegistry } from '../../devices/index.js';
import type { Intake } from '../../intake.js';
import { DEVICE_COOKIE, requireDevice } from '../auth.js';
import { HttpError } from '../http-error.js';
import { parseOrThrow } from '../validate.js';

/** A terminal sends its presses a few at a time; a long offline queue goes as several batches. */
export const MAX_DEVICE_BATCH = 500;

const deviceBatch = z
  .array(counterEventSchema, { error: 'must be a JSON array of events' })
  .min(1, 'must hold at least one event')
  .max(MAX_DEVICE_BATCH, `must hold at most ${MAX_DEVICE_BATCH} events: split the batch`);

/**
 * `POST /api/v1/events` from a terminal device (its code in the `pulse_device` cookie, or as a
 * bearer code of a registered device). It comes before the ingest route and passes every other
 * request on to it untouched, so queue systems keep the ingest token and the route they know.
 */
export function deviceEventRoutes({
  devices,
  intake,
  site,
}: {
  devices: DeviceRegistry;
  intake: Pick<Intake, 'acceptEvents'>;
  /** The centre's site id: a device speaks only for its own centre. */
  site: string;
}): Router {
  const router = Router();
  const deviceOnly = requireDevice({ devices, kinds: ['kiosk', 'counter', 'rating'] });
  router.post(
    '/api/v1/events',
    (request, _response, next) => next(fromDevice(request, devices) ? undefined : 'route'),
    deviceOnly,
    express.json({ limit: 256 * 1024 }),
    (request, response) => {
      const device = response.locals.device as DeviceInfo;
      const events = parseOrThrow(deviceBatch, request.body, 'events');
      const problems = deviceEventProblems(device, site, events);
      if (problems.length > 0) {
        throw new HttpError(
          403,
          `the device "${device.name}" may not send ${problems.length === 1 ? 'one of these events' : 'some of these events'}; nothing was recorded`,
          problems,
        );
      }
      // Answered once on disk, before the fan-out, as on /api/v1/events.
      intake.acceptEvents(events, (result) => response.status(202).json(result));
    },
  );
  return router;
}

/** True when the request carries a device cookie or the bearer code of a known device. */
function fromDevice(request: Request, devices: DeviceRegistry): boolean {
  if (request.headers.cookie?.includes(`${DEVICE_COOKIE}=`)) return true;
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return false;
  return devices.identify(header.slice('Bearer '.length).trim()) !== undefined;
}
