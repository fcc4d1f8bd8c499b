import { escape, Point } from '@influxdata/influxdb-client';
import type { CounterEvent } from '../../contracts/event.js';
import type { Sample } from '../../contracts/sample.js';

/**
 * Fields written as InfluxDB integers (`10i`); every other field is a float, always, so that a
 * value that happens to be whole (`rtt_ms=42`) never causes a field type conflict.
 */
const INTEGER_FIELDS: ReadonlySet<string> = new Set([
  'up',
  'sent',
  'received',
  'http_status',
  'tls_days_left',
  'answers',
  'rx_errors',
  'tx_errors',
  'waiting',
  'serving',
  'open_counters',
  'rating',
  'count',
]);

/**
 * Tag names of the sample's `target` per measurement (DESIGN.md, InfluxDB schema): a link's target
 * is `target`, an interface's is `iface`, a queue's is its `field`.
 */
const TARGET_TAG: Readonly<Record<string, string>> = { iface: 'iface', queue: 'field' };
/** Measurements whose `probe` tag is not part of the schema. */
const WITHOUT_PROBE_TAG: ReadonlySet<string> = new Set(['iface', 'queue']);

/** What names a series in InfluxDB: the sample's measurement and the values of its tags. */
export type SeriesTags = Pick<Sample, 'site' | 'measurement' | 'target' | 'probe'>;

/**
 * The measurement and tags of a series, escaped, tags in key order as InfluxDB stores them
 * (`link,probe=tcp,site=xa-a,target=gw`). The outbox computes it once per series, not per line.
 */
export function seriesKeyOf(series: SeriesTags): string {
  const tags: [string, string][] = [
    ['site', series.site],
    [TARGET_TAG[series.measurement] ?? 'target', series.target],
  ];
  if (!WITHOUT_PROBE_TAG.has(series.measurement)) tags.push(['probe', series.probe]);
  tags.sort(([a], [b]) => (a < b ? -1 : 1));
  let key = escape.measurement(series.measurement);
  for (const [name, value] of tags) if (value) key += `,${escape.tag(name)}=${escape.tag(value)}`;
  return key;
}

/**
 * One sample as a line of InfluxDB line protocol, with a millisecond timestamp. Built as a string
 * in one pass (the client's `Point` costs an object and two sorts a line, a third of the
 * forwarder's time at a backlog). It never throws: an integer field beyond 64 bits makes a line
 * InfluxDB refuses, which the forwarder quarantines with InfluxDB's reason.
 */
export function sampleToLine(sample: Sample, seriesKey: string = seriesKeyOf(sample)): string {
  return lineOf(seriesKey, sample.fields, sample.ts);
}

/** The line of a series (its key from {@link seriesKeyOf}) with these fields at `ts` (epoch ms). */
export function lineOf(seriesKey: string, fields: Readonly<Record<string, number>>, ts: number) {
  const names = Object.keys(fields);
  // Fields in name order, as the client writes them; probes already send them sorted.
  if (!isSorted(names)) names.sort();
  let fieldSet = '';
  for (const name of names) {
    if (fieldSet.length > 0) fieldSet += ',';
    fieldSet += `${escapedName(name)}=${INTEGER_FIELDS.has(name) ? `${Math.round(fields[name]!)}i` : fields[name]!}`;
  }
  return `${seriesKey} ${fieldSet} ${ts}`;
}

function isSorted(names: readonly string[]): boolean {
  for (let i = 1; i < names.length; i++) if (names[i - 1]! > names[i]!) return false;
  return true;
}

/** Field names escaped once each: a centre has a few dozen, seen millions of times. */
const escapedNames = new Map<string, string>();
function escapedName(name: string): string {
  let escaped = escapedNames.get(name);
  if (escaped === undefined) {
    escaped = escape.tag(name);
    // Names are validated snake_case; the bound only guards against a flood of new ones.
    if (escapedNames.size < 10_000) escapedNames.set(name, escaped);
  }
  return escaped;
}

/** What the recorder knows about an event's ticket when the event is forwarded. */
export interface TicketContext {
  /** The ticket's field, from its issue event when the event itself does not say. */
  field?: string | undefined;
  /** Seconds from issue to call (for `ticket.called`). */
  waitSeconds?: number | undefined;
  /** Seconds from start to completion (for `service.completed`). */
  serviceSeconds?: number | undefined;
}

/**
 * One counter event as a line of the `ticket` measurement: tags site, field, counter, event;
 * fields `count` (always 1, so that Grafana can count events), `ticket`, `wait_s`, `service_s`,
 * `rating` where known.
 */
export function eventToLine(event: CounterEvent, context: TicketContext = {}): string {
  const point = new Point('ticket').tag('site', event.site).tag('event', event.type);
  const field = event.field ?? context.field;
  if (field) point.tag('field', field);
  if (event.counter) point.tag('counter', event.counter);
  point.intField('count', 1);
  if (event.ticket) point.stringField('ticket', event.ticket);
  if (context.waitSeconds !== undefined) point.floatField('wait_s', context.waitSeconds);
  if (context.serviceSeconds !== undefined) point.floatField('service_s', context.serviceSeconds);
  if (event.rating !== undefined) point.intField('rating', event.rating);
  return point.timestamp(event.ts).toLineProtocol()!;
}

/** An ended outage as a point of `link_outage` at its end: tags site, target, cause; its duration and start. */
export function outageToLine(outage: {
  site: string;
  target: string;
  cause: string;
  startedMs: number;
  endedMs: number;
}): string {
  return new Point('link_outage')
    .tag('site', outage.site)
    .tag('target', outage.target)
    .tag('cause', outage.cause)
    .floatField('duration_s', (outage.endedMs - outage.startedMs) / 1000)
    .intField('started_ms', outage.startedMs)
    .timestamp(outage.endedMs)
    .toLineProtocol()!;
}
