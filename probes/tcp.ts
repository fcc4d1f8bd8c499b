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
      const finish = (fields: LinkFields): void => {
        socket.destroy();
        resolve({ fields });
      };
      socket.setTimeout(target.timeoutMs, () => finish({ up: 0 }));
      socket.once('connect', () => finish({ up: 1, rtt_ms: performance.now() - startedMs }));
      // A refused or unreachable connection is a measurement of a down target, not a crash.
      socket.once('error', () => finish({ up: 0 }));
    });
  },
};
