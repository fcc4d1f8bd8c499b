import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { LinkFields, Probe, ProbeResult, ProbeTarget } from './probe.js';

/** Connect time to `tcp://host:port`: one TCP handshake (plus name resolution for a host name). */
export const tcpProbe: Probe = {
  kind: 'tcp',
  measure(target: ProbeTarget): Promise<ProbeResult> {
    const host = target.url.hostname.replace(/^\[|\]$/g, '');
    const port = Number(target.url.port);
    return new Promise((resolve) => {
      const startedMs = performance.now();
      const socket = connect({ host, port });
      const finish = (fields: LinkFields, detail?: string): void => {
        socket.destroy();
        resolve(detail === undefined ? { fields } : { fields, detail });
      };
      socket.setTimeout(target.timeoutMs, () =>
        finish({ up: 0 }, `no answer within ${target.timeoutMs} ms`),
      );
      socket.once('connect', () => finish({ up: 1, rtt_ms: performance.now() - startedMs }));
      // A refused or unreachable connection is a measurement of a down target, not a crash.
      socket.once('error', (error: NodeJS.ErrnoException) =>
        finish({ up: 0 }, describeConnectError(error, port)),
      );
    });
  },
};

/** A failed connection in plain words, for people at a terminal. */
function describeConnectError(error: NodeJS.ErrnoException, port: number): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return `connection refused: the host answers, but nothing listens on port ${port}`;
    case 'ENOTFOUND':
      return 'unknown host: the name does not resolve (check the name and DNS)';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `no route to the host (${error.code})`;
    default:
      return error.message;
  }
}
