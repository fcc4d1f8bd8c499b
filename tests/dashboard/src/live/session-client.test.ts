import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  openSession,
  signInResultFromStatus,
} from '../../../../dashboard/src/live/session-client.js';

const SESSION_URL = 'http://10.0.0.2:8080/api/v1/session';

describe('signInResultFromStatus', () => {
  it.each([
    { status: 204, problem: null },
    { status: 403, problem: 'wrong-code' },
    { status: 401, problem: 'wrong-code' },
    // A 200 sets no cookie (a proxy's page, an old collector): counting it would loop.
    { status: 200, problem: 'failed' },
    { status: 400, problem: 'failed' },
    { status: 404, problem: 'failed' },
    { status: 503, problem: 'failed' },
  ])('reads $status as $problem', ({ status, problem }) => {
    const result = signInResultFromStatus(status, SESSION_URL);
    expect(result.ok ? null : result.problem).toBe(problem);
  });
});

// A real HTTP server on loopback and Node's own fetch, as in the browser minus the cookie jar.
let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

interface Received {
  method: string | undefined;
  url: string | undefined;
  contentType: string | undefined;
  authorization: string | undefined;
  body: string;
}

async function startServer(status: number): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({
        method: request.method,
        url: request.url,
        contentType: request.headers['content-type'],
        authorization: request.headers.authorization,
        body,
      });
      response.statusCode = status;
      if (status === 204) return void response.end();
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ error: 'the code is not valid' }));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/v1/session`, received };
}

describe('openSession', () => {
  it('posts the code as JSON in the body, trimmed, and nowhere else', async () => {
    const { url, received } = await startServer(204);
    const result = await openSession({ sessionUrl: url, code: ' s3cret-code\n', fetch });
    expect(result).toEqual({ ok: true });
    expect(received).toEqual([
      {
        method: 'POST',
        url: '/api/v1/session',
        contentType: 'application/json',
        authorization: undefined,
        body: '{"token":"s3cret-code"}',
      },
    ]);
  });

  it('reports a refused code as a wrong code, without the code in the detail', async () => {
    const { url } = await startServer(403);
    const result = await openSession({ sessionUrl: url, code: 's3cret-code', fetch });
    expect(result).toMatchObject({ ok: false, problem: 'wrong-code' });
    expect(JSON.stringify(result)).not.toContain('s3cret');
  });

  it('reports no answer at all as unreachable', async () => {
    const { url } = await startServer(204);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = null;
    const result = await openSession({ sessionUrl: url, code: 's3cret-code', fetch });
    expect(result).toMatchObject({ ok: false, problem: 'unreachable' });
    expect(JSON.stringify(result)).not.toContain('s3cret');
  });
});
