import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Probe, ProbeResult, ProbeTarget } from './probe.js';

/** Record types a `?type=` may ask for; A when absent. */
export const DNS_RECORD_TYPES = [
  'A',
  'AAAA',
  'CNAME',
  'MX',
  'NS',
  'TXT',
  'SRV',
  'PTR',
  'SOA',
  'CAA',
  'NAPTR',
] as const;
type DnsRecordType = (typeof DNS_RECORD_TYPES)[number];

/** Errors by which the server answered that the name has no such record: it works, the name does not. */
const NEGATIVE_ANSWERS = new Set(['ENOTFOUND', 'ENODATA']);
/** Time the resolver gets past its own timeout before the probe cancels it, in ms. */
const CANCEL_GRACE_MS = 1000;

/** A `dns://server[:port]/name[?type=A]` target, read. */
export interface DnsQuery {
  /** `ip:port` (`[ip]:port` for IPv6), as `Resolver.setServers` takes it. */
  server: string;
  name: string;
  type: DnsRecordType;
}

/** Reads a dns target URL, or says what is wrong with it. */
export function parseDnsUrl(url: URL): DnsQuery | { error: string } {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) === 0) {
    return { error: `the DNS server must be an IP address (dns://8.8.8.8/name), not "${host}"` };
  }
  const name = decodeURIComponent(url.pathname.replace(/^\/+/, ''));
  if (name === '') return { error: 'the name to resolve is missing (dns://8.8.8.8/name)' };
  const type = (url.searchParams.get('type') ?? 'A').toUpperCase();
  if (!(DNS_RECORD_TYPES as readonly string[]).includes(type)) {
    return { error: `type must be one of ${DNS_RECORD_TYPES.join(', ')}, not "${type}"` };
  }
  const port = url.port === '' ? 53 : Number(url.port);
  const server = isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
  return { server, name, type: type as DnsRecordType };
}

/**
 * Resolves `name` against the chosen server, once, without the system's resolver or cache:
 * `rtt_ms` and `dns_ms` (the same time: the resolution is the round trip), `answers` (records
 * returned). Up when the server gives at least one record. A negative answer (NXDOMAIN, or no
 * record of that type) is down with `answers: 0` and `dns_ms`: the server works, the name does
 * not; no answer at all (timeout, refused) is `up: 0` alone.
 */
export const dnsProbe: Probe = {
  kind: 'dns',
  async measure(target: ProbeTarget): Promise<ProbeResult> {
    const query = parseDnsUrl(target.url);
    if ('error' in query) return { fields: { up: 0 }, detail: query.error };
    const resolver = new Resolver({ timeout: target.timeoutMs, tries: 1 });
    resolver.setServers([query.server]);
    // c-ares keeps its own timeout; this only guards against a resolver that never settles.
    const guard = setTimeout(() => resolver.cancel(), target.timeoutMs + CANCEL_GRACE_MS);
    const startedMs = performance.now();
    try {
      const answer: unknown = await resolver.resolve(query.name, query.type);
      const elapsedMs = performance.now() - startedMs;
      const answers = Array.isArray(answer) ? answer.length : 1;
      return {
        fields: { up: answers > 0 ? 1 : 0, rtt_ms: elapsedMs, dns_ms: elapsedMs, answers },
      };
    } catch (error) {
      const elapsedMs = performance.now() - startedMs;
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      if (NEGATIVE_ANSWERS.has(code)) {
        return {
          fields: { up: 0, dns_ms: elapsedMs, answers: 0 },
          detail: `${query.server} answered that ${query.name} has no ${query.type} record (${code})`,
        };
      }
      return {
        fields: { up: 0 },
        detail: `${query.server} did not resolve ${query.name}: ${code}`,
      };
    } finally {
      clearTimeout(guard);
    }
  },
};
