import { httpProbe } from './http.js';
import type { Probe } from './probe.js';
import { tcpProbe } from './tcp.js';

/** Probe kinds by URL scheme: adding a kind means its module plus one line here. */
const PROBES_BY_SCHEME: Readonly<Record<string, Probe>> = {
  'tcp:': tcpProbe,
  'http:': httpProbe,
  'https:': httpProbe,
};

/** The probe that measures a URL, or undefined when no probe of its scheme is built in yet. */
export function probeForUrl(url: URL): Probe | undefined {
  return PROBES_BY_SCHEME[url.protocol];
}
