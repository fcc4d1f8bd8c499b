import type { OutageEventKind } from '../../../contracts/link-health.js';
import { TARGET_ROLES, type LiveServerMessage, type TargetInfo } from '../../../contracts/live.js';
import type { CounterStatus, FieldQueue, QueueSnapshot } from '../../../contracts/queue.js';
import type { Sample } from '../../../contracts/sample.js';
import { arrayOf, isFiniteNumber, isObject } from './read-json.js';
import {
  readLinkHealthSnapshot,
  readOutage,
  readTargetLinkState,
  readVerdict,
} from './read-link-health.js';
import { readQueueBaseline, readQueueKpis } from './read-queue-kpis.js';

/** A message the dashboard can use, or why one was set aside. */
export type ParsedLiveMessage =
  { ok: true; message: LiveServerMessage } | { ok: false; problem: string };

const OUTAGE_EVENTS: readonly OutageEventKind[] = ['started', 'updated', 'ended'];

/**
 * Reads one WebSocket frame from the collector. The socket is an edge (another version of the
 * collector, a proxy's error page), so every value the dashboard relies on is checked here and
 * the rest of the code trusts the types. Bad items inside a snapshot are dropped one by one, so one
 * odd sample does not blank the whole screen. Zod is not used: it would triple the bundle.
 */
export function parseLiveMessage(frame: unknown): ParsedLiveMessage {
  if (typeof frame !== 'string') return { ok: false, problem: 'frame is not text' };
  let data: unknown;
  try {
    data = JSON.parse(frame);
  } catch (error) {
    return { ok: false, problem: `frame is not JSON: ${String(error)}` };
  }
  if (!isObject(data) || typeof data.type !== 'string') {
    return { ok: false, problem: 'message has no "type"' };
  }
  switch (data.type) {
    case 'snapshot': {
      if (!isFiniteNumber(data.atMs) || typeof data.site !== 'string') {
        return { ok: false, problem: 'snapshot lacks "atMs" or "site"' };
      }
      // A malformed `link` part is left out: the figures still show, without the diagnosis.
      const link = readLinkHealthSnapshot(data.link);
      return {
        ok: true,
        message: {
          type: 'snapshot',
          atMs: data.atMs,
          site: data.site,
          ...(typeof data.siteName === 'string' && data.siteName !== ''
            ? { siteName: data.siteName }
            : {}),
          targets: arrayOf(data.targets, readTarget),
          latest: arrayOf(data.latest, readSample),
          queue: arrayOf(data.queue, readQueueSnapshot),
          ...(link ? { link } : {}),
        },
      };
    }
    case 'sample': {
      const sample = readSample(data.sample);
      return sample
        ? { ok: true, message: { type: 'sample', sample } }
        : { ok: false, problem: 'sample message holds no valid sample' };
    }
    case 'samples': {
      const samples = arrayOf(data.samples, readSample);
      return { ok: true, message: { type: 'samples', samples } };
    }
    case 'state': {
      const queue = readQueueSnapshot(data.queue);
      return queue
        ? { ok: true, message: { type: 'state', queue } }
        : { ok: false, problem: 'state message holds no valid queue snapshot' };
    }
    case 'link': {
      const verdict = readVerdict(data.verdict);
      if (typeof data.site !== 'string' || verdict === null) {
        return { ok: false, problem: 'link message lacks "site" or a valid "verdict"' };
      }
      const changed = arrayOf(data.changed, readTargetLinkState);
      return { ok: true, message: { type: 'link', site: data.site, changed, verdict } };
    }
    case 'outage': {
      const event = OUTAGE_EVENTS.find((kind) => kind === data.event);
      const outage = readOutage(data.outage);
      if (!event || !outage) {
        return { ok: false, problem: 'outage message lacks a known "event" or a valid "outage"' };
      }
      // An end without a time would show the outage as still going on.
      if ((event === 'ended') !== (outage.endedMs !== null)) {
        return {
          ok: false,
          problem: `outage "${event}" message has an end time that does not fit`,
        };
      }
      return { ok: true, message: { type: 'outage', event, outage } };
    }
    case 'error':
      return { ok: true, message: { type: 'error', error: String(data.error) } };
    default:
      // `event` and later kinds have no view yet: skipped without a warning.
      return { ok: false, problem: `unhandled message type "${data.type}"` };
  }
}

function readTarget(value: unknown): TargetInfo | null {
  if (!isObject(value) || typeof value.id !== 'string' || value.id === '') return null;
  return {
    id: value.id,
    name: typeof value.name === 'string' && value.name !== '' ? value.name : value.id,
    // A role this build does not know (a newer collector) is shown as a generic internet target.
    role: TARGET_ROLES.find((role) => role === value.role) ?? 'internet',
    probe: typeof value.probe === 'string' ? value.probe : '',
  };
}

/** A sample with the tags and numeric fields the dashboard reads; other fields are kept. */
export function readSample(value: unknown): Sample | null {
  if (!isObject(value) || !isFiniteNumber(value.ts) || !isObject(value.fields)) return null;
  const { site, measurement, target, probe } = value;
  if (
    typeof site !== 'string' ||
    typeof measurement !== 'string' ||
    typeof target !== 'string' ||
    typeof probe !== 'string'
  ) {
    return null;
  }
  const fields: Record<string, number> = {};
  for (const [key, field] of Object.entries(value.fields)) {
    if (isFiniteNumber(field)) fields[key] = field;
  }
  return { ts: value.ts, site, measurement, target, probe, fields };
}

function readFieldQueue(value: unknown): FieldQueue | null {
  if (!isObject(value) || typeof value.field !== 'string') return null;
  return {
    field: value.field,
    name: typeof value.name === 'string' && value.name !== '' ? value.name : value.field,
    waiting: isFiniteNumber(value.waiting) ? value.waiting : 0,
    serving: isFiniteNumber(value.serving) ? value.serving : 0,
    oldestWaitingSinceMs: isFiniteNumber(value.oldestWaitingSinceMs)
      ? value.oldestWaitingSinceMs
      : null,
  };
}

const COUNTER_STATES: readonly string[] = ['open', 'serving', 'idle', 'paused', 'closed'];

function readCounterStatus(value: unknown): CounterStatus | null {
  if (!isObject(value) || typeof value.counter !== 'string') return null;
  if (typeof value.state !== 'string' || !COUNTER_STATES.includes(value.state)) return null;
  return {
    counter: value.counter,
    name: typeof value.name === 'string' && value.name !== '' ? value.name : value.counter,
    state: value.state as CounterStatus['state'],
    ticket: typeof value.ticket === 'string' ? value.ticket : null,
    sinceMs: isFiniteNumber(value.sinceMs) ? value.sinceMs : 0,
    servedToday: isFiniteNumber(value.servedToday) ? value.servedToday : 0,
  };
}

/**
 * A queue snapshot with its totals checked; a snapshot without totals is not shown at all. Today's
 * figures and the normal day are kept when they read well, and left out otherwise.
 */
export function readQueueSnapshot(value: unknown): QueueSnapshot | null {
  if (!isObject(value) || typeof value.site !== 'string' || !isObject(value.totals)) return null;
  const { waiting, serving, servedToday, issuedToday } = value.totals;
  if (
    !isFiniteNumber(waiting) ||
    !isFiniteNumber(serving) ||
    !isFiniteNumber(servedToday) ||
    !isFiniteNumber(issuedToday)
  ) {
    return null;
  }
  return {
    site: value.site,
    // Anything but an explicit false is treated as demo: never pass simulated data off as real.
    demo: value.demo !== false,
    asOfMs: isFiniteNumber(value.asOfMs) ? value.asOfMs : null,
    fields: arrayOf(value.fields, readFieldQueue),
    counters: arrayOf(value.counters, readCounterStatus),
    totals: { waiting, serving, servedToday, issuedToday },
    ...optional('kpis', readQueueKpis(value.kpis)),
    ...optional('baseline', readQueueBaseline(value.baseline)),
  };
}

/** `{ [key]: value }`, or nothing for null: optional contract fields stay absent, never null. */
function optional<K extends string, V>(key: K, value: V | null): { [P in K]?: V } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: V };
}
