/** What a probe measures: one target, reached through the URL of its config. */
export interface ProbeTarget {
  /** Target slug, as in samples. */
  id: string;
  url: URL;
  /** Time after which the attempt counts as failed, in ms. */
  timeoutMs: number;
}

/**
 * Fields of one measurement, named as in the `link` measurement of the InfluxDB schema
 * (`up` 0/1 always; `rtt_ms`, `http_status`, … when known).
 */
export type LinkFields = Record<string, number> & { up: 0 | 1 };

/**
 * A kind of probe. It measures and returns fields; it never stores, schedules or notifies.
 * A failed attempt is a measurement (`up: 0`), not an exception.
 */
export interface Probe {
  /** Probe kind, as in the `probe` tag of samples (`tcp`, `http`, …). */
  readonly kind: string;
  measure(target: ProbeTarget): Promise<LinkFields>;
}
