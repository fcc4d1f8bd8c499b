import { dnsProbe } from './dns.js';
import { httpProbe } from './http.js';
import { createIcmpProbe } from './icmp/index.js';
import { createIfaceProbe } from './iface/index.js';
import type { Probe } from './probe.js';
import { tcpProbe } from './tcp.js';

/** Settings that shape a probe rather than a target; each has the probe's own default. */
export interface ProbeOptions {
  /** Echo requests per icmp round (default 10). */
  pingsPerRound?: number;
}

/**
 * Probe kinds by URL scheme: adding a kind means its module plus one line here. A stateful kind
 * (icmp remembers its tool, iface its previous reading) gets a new instance per call.
 */
const PROBES_BY_SCHEME: Readonly<Record<string, (options: ProbeOptions) => Probe>> = {
  'tcp:': () => tcpProbe,
  'http:': () => httpProbe,
  'https:': () => httpProbe,
  'icmp:': (options) => createIcmpProbe({ count: options.pingsPerRound }),
  'dns:': () => dnsProbe,
  'iface:': () => createIfaceProbe(),
};

/** URL schemes with a probe, without the colon (`tcp`, `icmp`, …). */
export const PROBE_SCHEMES: readonly string[] = Object.keys(PROBES_BY_SCHEME).map((scheme) =>
  scheme.slice(0, -1),
);

/**
 * A probe for a URL, or undefined when no probe of its scheme is built in. Call it once per
 * target: the probe may keep that target's state between rounds.
 */
export function probeForUrl(url: URL, options: ProbeOptions = {}): Probe | undefined {
  return PROBES_BY_SCHEME[url.protocol]?.(options);
}
