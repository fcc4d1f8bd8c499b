import { CENTRE_TIME_ZONE } from '../../../counters/local-day.js';
import type { GrafanaFlavour, PanelQueryName } from './flavour.js';

// `${var:regex}` is Grafana's regex format: one value escaped, several as `(a|b)`, All as `.*`.
const FROM = `from(bucket: v.defaultBucket)
  |> range(start: v.timeRangeStart, stop: v.timeRangeStop)`;
const SITE = `r.site =~ /^\${site:regex}$/`;
const TARGET = `r.target =~ /^\${target:regex}$/`;

/** Rows of one measurement's field at the chosen centre. */
function select(measurement: string, field: string, extra = ''): string {
  return `${FROM}
  |> filter(fn: (r) => r._measurement == "${measurement}" and r._field == "${field}")
  |> filter(fn: (r) => ${SITE}${extra ? ` and ${extra}` : ''})`;
}

/** Ticket events of one type, all fields and counters together. */
function ticketEvents(event: string, field: string): string {
  return `${select('ticket', field, `r.event == "${event}"`)}
  |> group()`;
}

/** A quantile per day of the centre's calendar, named by `_field`. */
function dailyQuantile(q: number, name: string): string {
  return `waits
  |> aggregateWindow(every: 1d, fn: (column, tables=<-) => tables |> quantile(q: ${q}, column: column), createEmpty: false)
  |> set(key: "_field", value: "${name}")`;
}

/** Each panel's Flux. */
const QUERIES: Record<PanelQueryName, string> = {
  // min(): an interval with any failed probe shows as down, so a short outage is never averaged away.
  linkStatus: `${select('link', 'up', TARGET)}
  |> group(columns: ["target"])
  |> aggregateWindow(every: v.windowPeriod, fn: min, createEmpty: false)
  |> keep(columns: ["_time", "_value", "target"])`,
  latency: `${select('link', 'rtt_ms', TARGET)}
  |> group(columns: ["target"])
  |> aggregateWindow(every: v.windowPeriod, fn: mean, createEmpty: false)
  |> keep(columns: ["_time", "_value", "target"])`,
  loss: `${select('link', 'loss_pct', TARGET)}
  |> group(columns: ["target"])
  |> aggregateWindow(every: v.windowPeriod, fn: mean, createEmpty: false)
  |> keep(columns: ["_time", "_value", "target"])`,
  // One row per outage, written when it ends: its time is the end, `started_ms` the start.
  outages: `${FROM}
  |> filter(fn: (r) => r._measurement == "link_outage")
  |> filter(fn: (r) => ${SITE} and ${TARGET})
  |> pivot(rowKey: ["_time"], columnKey: ["_field"], valueColumn: "_value")
  |> group()
  |> keep(columns: ["_time", "started_ms", "duration_s", "target", "cause"])
  |> sort(columns: ["_time"], desc: true)
  |> limit(n: 200)`,
  queueWaiting: `${select('queue', 'waiting')}
  |> group(columns: ["field"])
  |> aggregateWindow(every: v.windowPeriod, fn: last, createEmpty: false)
  |> keep(columns: ["_time", "_value", "field"])`,
  // `count` is always 1 on a ticket line, so counting it counts events.
  completionsPerHour: `${ticketEvents('service.completed', 'count')}
  |> aggregateWindow(every: 1h, fn: count, createEmpty: true)
  |> set(key: "_field", value: "completed")`,
  // Days of the centre's calendar, not UTC days.
  waitPercentiles: `import "timezone"

option location = timezone.location(name: "${CENTRE_TIME_ZONE}")

waits = ${ticketEvents('ticket.called', 'wait_s')}

union(tables: [${dailyQuantile(0.5, 'p50')}, ${dailyQuantile(0.9, 'p90')}])
  |> group(columns: ["_field"])`,
  satisfactionMean: `${ticketEvents('rating.submitted', 'rating')}
  |> toFloat()
  |> mean()`,
  satisfactionShare: `${ticketEvents('rating.submitted', 'rating')}
  |> map(fn: (r) => ({r with _value: if r._value >= 3 then 100.0 else 0.0}))
  |> mean()`,
};

/** Flux: InfluxDB 2.x (InfluxDB 3 has no Flux). */
export const fluxFlavour: GrafanaFlavour = {
  name: 'flux',
  summary: 'Flux, for InfluxDB 2.x (a datasource with "Query language: Flux")',
  siteVariableQuery: `import "influxdata/influxdb/schema"

schema.tagValues(bucket: v.defaultBucket, tag: "site")`,
  targetVariableQuery: `import "influxdata/influxdb/schema"

schema.tagValues(bucket: v.defaultBucket, tag: "target", predicate: (r) => r._measurement == "link" and ${SITE})`,
  target(name, _shape, datasource) {
    // Flux returns tables and Grafana shapes them itself: the panel's shape needs no option here.
    return { refId: 'A', datasource, query: QUERIES[name] };
  },
};
