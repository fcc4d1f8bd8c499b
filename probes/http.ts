import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import type { TLSSocket } from 'node:tls';
import type { Probe, ProbeResult, ProbeTarget } from './probe.js';

/** Most body bytes read from a portal's answer: enough for a status page, not a download. */
const MAX_BODY_BYTES = 256 * 1024;
const DAY_MS = 86_400_000;

/**
 * One GET of an `http(s)://` URL on a fresh connection, timed in phases: `dns_ms`, `connect_ms`
 * (the TCP handshake, reported as `rtt_ms` too), `tls_ms`, `ttfb_ms` from the start, `total_ms`.
 * The target is up when it answers with a status below 500.
 */
export const httpProbe: Probe = {
  kind: 'http',
  measure(target: ProbeTarget): Promise<ProbeResult> {
    const isHttps = target.url.protocol === 'https:';
    const send = isHttps ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      const startedMs = performance.now();
      const marks: Record<string, number> = {};
      const fields: Record<string, number> = {};
      let settled = false;
      let request: ClientRequest | undefined = undefined;
      const finish = (up: 0 | 1, detail?: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request?.destroy();
        const result = { fields: { ...fields, up } };
        resolve(detail === undefined ? result : { ...result, detail });
      };
      const timer = setTimeout(
        () => finish(0, `no complete answer within ${target.timeoutMs} ms`),
        target.timeoutMs,
      );
      request = send(target.url, {
        method: 'GET',
        agent: false,
        headers: { 'user-agent': 'OneStop-Pulse probe', accept: '*/*' },
      });
      request.once('socket', (socket) => {
        socket.once('lookup', () => (marks.lookup = performance.now()));
        socket.once('connect', () => {
          marks.connect = performance.now();
          const connectStart = marks.lookup ?? startedMs;
          if (marks.lookup !== undefined) fields.dns_ms = marks.lookup - startedMs;
          fields.connect_ms = marks.connect - connectStart;
          fields.rtt_ms = fields.connect_ms;
        });
        socket.once('secureConnect', () => {
          fields.tls_ms = performance.now() - (marks.connect ?? startedMs);
          const certificate = (socket as TLSSocket).getPeerCertificate();
          const validTo = certificate?.valid_to ? Date.parse(certificate.valid_to) : NaN;
          if (Number.isFinite(validTo))
            fields.tls_days_left = Math.floor((validTo - Date.now()) / DAY_MS);
        });
      });
      request.once('response', (response: IncomingMessage) => {
        fields.ttfb_ms = performance.now() - startedMs;
        fields.http_status = response.statusCode ?? 0;
        let received = 0;
        const keyword = target.expect?.keyword;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (keyword !== undefined && received <= MAX_BODY_BYTES) chunks.push(chunk);
          if (received > MAX_BODY_BYTES) finishWithBody();
        });
        response.once('end', () => finishWithBody());
        response.once('error', () => finishWithBody());
        function finishWithBody(): void {
          fields.total_ms = performance.now() - startedMs;
          const status = fields.http_status!;
          const expected = target.expect?.status;
          const statusOk = expected ? expected.includes(status) : status > 0 && status < 500;
          if (!statusOk) return finish(0, `the server answered HTTP ${status}`);
          if (keyword === undefined) return finish(1);
          // Portals answer 200 with a maintenance page: the expected text tells them apart.
          const found = Buffer.concat(chunks).toString('utf8').includes(keyword);
          fields.keyword_found = found ? 1 : 0;
          if (found) finish(1);
          else finish(0, `the page does not contain "${keyword}"`);
        }
      });
      // Refused, reset, unknown host, bad certificate: all mean the portal is not reachable.
      request.once('error', (error: NodeJS.ErrnoException) =>
        finish(0, error.code ? `${error.code}: ${error.message}` : error.message),
      );
      request.end();
    });
  },
};
