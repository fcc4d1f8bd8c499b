/** What a probe measures: one target, reached through the URL of its config. */
export interface ProbeTarget {
  /** Target slug, as in samples. */
  id: string;
  url: URL;
  /** Time after which the attempt counts as failed, in ms. */
  timeoutMs: number;
  /**
   * What an answer must show to count as up (http): one of these statuses (default: any status
   * below 500), and this text in the first 256 KiB of the body (a portal's maintenance page
   * answers 200 too).
   */
  expect?: { status?: readonly number[]; keyword?: string };
}

/**
 * Fields of one measurement, named as in the InfluxDB schema (`up` 0/1 always; `rtt_ms`,
 * `http_status`, … for `link`; `rx_bps`, … for `iface`).
 */
export type LinkFields = Record<string, number> & { up: 0 | 1 };

/**
 * What one round of a probe gives. Beside the fields (which become the sample), a probe that
 * sends several packets a round keeps their round-trip times for the SmokePing-style chart, and
 * any probe may explain a down result or report a problem of this machine once.
 */
export interface ProbeResult {
  fields: LinkFields;
  /** Round-trip time of each reply of the round, in ms, in the order the requests were sent. */
  distributionMs?: readonly number[];
  /** Why the target is down, in plain words (`unknown host`, …), for people at a terminal. */
  detail?: string;
  /**
   * A problem of this machine rather than of the target (a missing tool), attached to the first
   * round that meets it so that the scheduler reports it once; the round is still measured.
   */
  problem?: Error;
}

/**
 * A kind of probe. It measures and returns fields; it never stores, schedules or notifies.
 * A failed attempt is a measurement (`up: 0`), not an exception.
 */
export interface Probe {
  /** Probe kind, as in the `probe` tag of samples (`tcp`, `http`, …). */
  readonly kind: string;
  /** Measurement its samples belong to; `link` when absent. */
  readonly measurement?: string;
  /**
   * True when the first round only takes a baseline (counter rates need two readings): a
   * one-shot caller measures twice.
   */
  readonly needsBaseline?: boolean;
  measure(target: ProbeTarget): Promise<ProbeResult>;
}
