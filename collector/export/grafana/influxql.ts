import { CENTRE_TIME_ZONE } from '../../../counters/local-day.js';
import type { GrafanaFlavour, PanelQueryName } from './flavour.js';

// Every identifier is double-quoted: `field` and `count` are InfluxQL keywords or function names,
// and quoting all of them keeps one rule instead of a list of exceptions.
// `=~ /^$var$/` lets Grafana substitute a single value, several as `(a|b)`, or All as `.*`.
const SITE = `"site" =~ /^$site$/`;
const TARGET = `"target" =~ /^$target$/`;

/** Each panel's InfluxQL; `alias` names the series in Grafana (`$col` = the column's alias). */
const QUERIES: Record<PanelQueryName, { query: string; alias?: string }> = {
  // min(): an interval with any failed probe shows as down, so a short outage is never averaged away.
  linkStatus: {
    query: `SELECT min("up") AS "up" FROM "link" WHERE ${SITE} AND ${TARGET} AND $timeFilter GROUP BY time($__interval), "target" fill(null)`,
  },
  latency: {
    query: `SELECT mean("rtt_ms") AS "rtt_ms" FROM "link" WHERE ${SITE} AND ${TARGET} AND $timeFilter GROUP BY time($__interval), "target" fill(null)`,
  },
  loss: {
    query: `SELECT mean("loss_pct") AS "loss_pct" FROM "link" WHERE ${SITE} AND ${TARGET} AND $timeFilter GROUP BY time($__interval), "target" fill(null)`,
  },
  // One row per outage, written when it ends: its time is the end, `started_ms` the start.
  outages: {
    query: `SELECT "started_ms", "duration_s", "target", "cause" FROM "link_outage" WHERE ${SITE} AND ${TARGET} AND $timeFilter ORDER BY time DESC LIMIT 200`,
  },
  queueWaiting: {
    query: `SELECT last("waiting") AS "waiting" FROM "queue" WHERE ${SITE} AND $timeFilter GROUP BY time($__interval), "field" fill(null)`,
  },
  // `count` is always 1 on a ticket line, so counting it counts events.
  completionsPerHour: {
    query: `SELECT count("count") AS "completed" FROM "ticket" WHERE ${SITE} AND "event" = 'service.completed' AND $timeFilter GROUP BY time(1h) fill(0)`,
    alias: '$col',
  },
  // Days of the centre's calendar, not UTC days.
  waitPercentiles: {
    query: `SELECT percentile("wait_s", 50) AS "p50", percentile("wait_s", 90) AS "p90" FROM "ticket" WHERE ${SITE} AND "event" = 'ticket.called' AND $timeFilter GROUP BY time(1d) fill(none) tz('${CENTRE_TIME_ZONE}')`,
    alias: '$col',
  },
  satisfactionMean: {
    query: `SELECT mean("rating") AS "rating" FROM "ticket" WHERE ${SITE} AND "event" = 'rating.submitted' AND $timeFilter`,
  },
  // InfluxQL has no conditional count: for ratings 1–4, floor(rating / 3) is 1 exactly when the
  // rating is 3 or 4, so its mean is the share of satisfied visitors.
  satisfactionShare: {
    query: `SELECT mean("satisfied") * 100 AS "satisfied_pct" FROM (SELECT floor("rating" / 3) AS "satisfied" FROM "ticket" WHERE ${SITE} AND "event" = 'rating.submitted' AND $timeFilter)`,
  },
};

/** InfluxQL: InfluxDB 1.x, 2.x (through its DBRP mapping) and 3.x. */
export const influxqlFlavour: GrafanaFlavour = {
  name: 'influxql',
  summary: 'InfluxQL, for InfluxDB 1.x, 2.x (through a DBRP mapping) and 3.x',
  siteVariableQuery: `SHOW TAG VALUES WITH KEY = "site"`,
  targetVariableQuery: `SHOW TAG VALUES FROM "link" WITH KEY = "target" WHERE ${SITE}`,
  target(name, shape, datasource) {
    const { query, alias } = QUERIES[name];
    return {
      refId: 'A',
      datasource,
      query,
      rawQuery: true,
      resultFormat: shape,
      ...(alias ? { alias } : {}),
    };
  },
};
