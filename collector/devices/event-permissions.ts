import type { CounterEvent, CounterEventType } from '../../contracts/event.js';
import type { DeviceKind } from '../../contracts/terminal.js';
import type { ValidationProblem } from '../../contracts/validation.js';

/** What a device is allowed to say, by kind: a kiosk issues, a counter serves, a pad rates. */
const ALLOWED_TYPES: Record<DeviceKind, readonly CounterEventType[]> = {
  kiosk: ['ticket.issued'],
  counter: [
    'ticket.called',
    'service.started',
    'service.completed',
    'ticket.no_show',
    'counter.opened',
    'counter.paused',
    'counter.closed',
  ],
  rating: ['rating.submitted'],
};

/** The device as the permission check sees it. */
export interface EventSender {
  name: string;
  kind: DeviceKind;
  counter: string | null;
}

/**
 * Why each event of a batch is not this device's to send (empty when all are). A device speaks
 * only for the centre it belongs to, only in events of its kind, and a counter page or rating
 * pad only for its own counter: a stolen or misconfigured tablet cannot rewrite another counter's day.
 */
export function deviceEventProblems(
  device: EventSender,
  site: string,
  events: readonly CounterEvent[],
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const allowed = ALLOWED_TYPES[device.kind];
  events.forEach((event, index) => {
    if (event.site !== site)
      problems.push({
        path: `[${index}].site`,
        message: `must be "${site}": the device "${device.name}" belongs to this centre`,
      });
    if (!allowed.includes(event.type))
      problems.push({
        path: `[${index}].type`,
        message: `a ${device.kind} device may send only ${allowed.join(', ')} events`,
      });
    if (device.counter !== null && event.counter !== device.counter)
      problems.push({
        path: `[${index}].counter`,
        message: `must be "${device.counter}": the device "${device.name}" belongs to counter "${device.counter}"`,
      });
  });
  return problems;
}
