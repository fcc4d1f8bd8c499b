import { setTimeout as delay } from 'node:timers/promises';
import { PROBE_SCHEMES, probeForUrl, type Probe, type ProbeResult } from '../probes/index.js';
import { roundFields } from '../probes/scheduler.js';

/** Options of `onestop-pulse probe`, as commander gives them (strings, checked here). */
export interface ProbeCommandOptions {
  /** Echo requests per icmp target. */
  count?: string;
  /** Time after which one attempt counts as failed, in ms. */
  timeout?: string;
  json?: boolean;
}

/** Exit codes: every target up, at least one down, or the command line was wrong. */
export const PROBE_EXIT = { allUp: 0, someDown: 1, usage: 2 } as const;

/** Time between the two readings of a counter probe (iface), in ms. */
const BASELINE_INTERVAL_MS = 1000;

const VALID_TARGETS =
  'icmp://HOST, tcp://HOST:PORT, http(s)://HOST/PATH, dns://SERVER_IP[:PORT]/NAME[?type=A] or iface://INTERFACE ' +
  '(for example icmp://8.8.8.8, tcp://192.168.1.1:80, https://dichvucong.gov.vn, dns://8.8.8.8/dichvucong.gov.vn, iface://eth0)';

/** One probed target, as `--json` prints it: the fields under the sample's names. */
export interface ProbeReport {
  target: string;
  probe: string;
  measurement: string;
  /** When the round started, epoch ms. */
  ts: number;
  fields: Record<string, number>;
  /** RTT of each reply of an icmp round, in ms. */
  distribution_ms?: number[];
  /** Why the target is down, in plain words. */
  detail?: string;
}

/**
 * `probe URL... [--count N] [--timeout MS] [--json]`: measures each target once, all at once,
 * and prints a table for people (or JSON for scripts). Returns the exit code: 0 when every target
 * is up, 1 when one is down, 2 for a wrong command line.
 */
export async function probeCommand(
  rawUrls: readonly string[],
  options: ProbeCommandOptions,
): Promise<number> {
  const problems: string[] = [];
  const count = parseWholeNumber(options.count, '--count', 1, 1000, problems);
  const timeoutMs = parseWholeNumber(options.timeout, '--timeout', 100, 60_000, problems) ?? 3000;
  const targets = rawUrls.flatMap((raw) => {
    const parsed = parseTargetUrl(raw);
    if (typeof parsed === 'string') {
      problems.push(parsed);
      return [];
    }
    const probe = probeForUrl(parsed, count === undefined ? {} : { pingsPerRound: count })!;
    return [{ raw, url: parsed, probe }];
  });
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    return PROBE_EXIT.usage;
  }

  const reports = await Promise.all(
    targets.map(async ({ raw, url, probe }) => {
      const ts = Date.now();
      const result = await measureOnce(probe, { id: 'cli', url, timeoutMs });
      return { report: toReport(raw, probe, ts, result), problem: result.problem };
    }),
  );
  // A machine problem (no ping tool) once, whatever the number of targets it affects.
  for (const message of new Set(reports.flatMap(({ problem }) => problem?.message ?? []))) {
    console.error(message);
  }
  const all = reports.map(({ report }) => report);
  console.log(options.json ? JSON.stringify(all, null, 2) : formatProbeTable(all));
  return all.every((report) => report.fields.up === 1) ? PROBE_EXIT.allUp : PROBE_EXIT.someDown;
}

/** A URL the registry can probe, or a message that says what a valid one looks like. */
export function parseTargetUrl(raw: string): URL | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw}" is not a URL. Give targets as ${VALID_TARGETS}.`;
  }
  if (!PROBE_SCHEMES.includes(url.protocol.slice(0, -1))) {
    return `"${raw}": no probe for ${url.protocol}// targets. Give targets as ${VALID_TARGETS}.`;
  }
  if (url.hostname === '') return `"${raw}" names no host. Give targets as ${VALID_TARGETS}.`;
  if (url.protocol === 'tcp:' && url.port === '') {
    return `"${raw}" needs a port, such as tcp://192.168.1.1:80.`;
  }
  return url;
}

async function measureOnce(
  probe: Probe,
  target: { id: string; url: URL; timeoutMs: number },
): Promise<ProbeResult> {
  if (!probe.needsBaseline) return probe.measure(target);
  const baseline = await probe.measure(target);
  if (baseline.fields.up === 0) return baseline;
  await delay(BASELINE_INTERVAL_MS);
  return probe.measure(target);
}

function toReport(raw: string, probe: Probe, ts: number, result: ProbeResult): ProbeReport {
  return {
    target: raw,
    probe: probe.kind,
    measurement: probe.measurement ?? 'link',
    ts,
    fields: roundFields(result.fields),
    ...(result.distributionMs ? { distribution_ms: [...result.distributionMs] } : {}),
    ...(result.detail ? { detail: result.detail } : {}),
  };
}

/** Extra facts by field, in the order shown: the table reads the fields, not the probe kind. */
const DETAIL_FORMATS: readonly [string, (fields: Record<string, number>) => string | undefined][] =
  [
    ['received', (f) => (f.sent === undefined ? undefined : `${f.received}/${f.sent} replies`)],
    [
      'rtt_min_ms',
      (f) =>
        f.rtt_max_ms === undefined ? undefined : `min ${ms(f.rtt_min_ms)}, max ${ms(f.rtt_max_ms)}`,
    ],
    ['http_status', (f) => `HTTP ${f.http_status}`],
    ['ttfb_ms', (f) => `first byte ${ms(f.ttfb_ms)}`],
    ['tls_days_left', (f) => `certificate ${f.tls_days_left} days left`],
    ['answers', (f) => `${f.answers} answer(s)`],
    ['rx_bps', (f) => `in ${bitsPerSecond(f.rx_bps!)}`],
    ['tx_bps', (f) => `out ${bitsPerSecond(f.tx_bps!)}`],
    ['rx_errors', (f) => `${f.rx_errors! + (f.tx_errors ?? 0)} errors`],
  ];

/** The table of `probe` without `--json`: one line per target, state in plain words. */
export function formatProbeTable(reports: readonly ProbeReport[]): string {
  const header = ['TARGET', 'KIND', 'STATE', 'LATENCY', 'LOSS', 'JITTER', 'DETAILS'];
  const rows = reports.map(({ target, probe, fields, detail }) => {
    const facts = DETAIL_FORMATS.flatMap(([field, format]) =>
      fields[field] === undefined ? [] : (format(fields) ?? []),
    );
    if (fields.up === 0) facts.unshift(detail ?? 'no answer');
    return [
      target,
      probe,
      fields.up === 1 ? 'up' : 'DOWN',
      ms(fields.rtt_ms),
      fields.loss_pct === undefined ? '-' : `${round(fields.loss_pct, 1)} %`,
      ms(fields.jitter_ms),
      facts.join(', '),
    ];
  });
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => row[column]!.length)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function ms(value: number | undefined): string {
  if (value === undefined) return '-';
  return `${round(value, value < 10 ? 3 : 1)} ms`;
}

function bitsPerSecond(value: number): string {
  const units = ['bit/s', 'kbit/s', 'Mbit/s', 'Gbit/s'];
  let scaled = value;
  let unit = 0;
  while (scaled >= 1000 && unit < units.length - 1) {
    scaled /= 1000;
    unit++;
  }
  return `${round(scaled, 1)} ${units[unit]}`;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function parseWholeNumber(
  raw: string | undefined,
  option: string,
  min: number,
  max: number,
  problems: string[],
): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${option} must be a whole number from ${min} to ${max}, not "${raw}".`);
    return undefined;
  }
  return value;
}
