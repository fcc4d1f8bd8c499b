import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import {
  ReconnectingSocket,
  type ConnectionState,
  type SocketLike,
} from '../../../../dashboard/src/live/reconnecting-socket.js';

// A real WebSocket server and the `ws` client (Node 20 has no global WebSocket); the browser's
// own WebSocket is exercised by the browser tests against the collector.
let server: Server | null = null;
let sockets: ReconnectingSocket[] = [];

afterEach(async () => {
  for (const socket of sockets) socket.stop();
  sockets = [];
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

async function startServer(onConnection: (ws: WebSocket, count: number) => void): Promise<string> {
  server = createServer();
  const wss = new WebSocketServer({ server });
  let count = 0;
  wss.on('connection', (ws) => onConnection(ws, ++count));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `ws://127.0.0.1:${port}/api/v1/live`;
}

function connect(url: string) {
  const states: ConnectionState[] = [];
  const frames: unknown[] = [];
  const socket = new ReconnectingSocket({
    url,
    onFrame: (data) => frames.push(String(data)),
    onState: (state) => states.push(state),
    createSocket: (target) => new WebSocket(target) as unknown as SocketLike,
    backoff: { baseMs: 20, maxMs: 40, random: () => 0 },
  });
  sockets.push(socket);
  socket.start();
  return { states, frames };
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('ReconnectingSocket', () => {
  it('reconnects after the server drops it and receives again', async () => {
    const url = await startServer((ws, count) => {
      ws.send(`hello ${count}`);
      if (count === 1) ws.close(1012, 'restarting');
    });
    const { states, frames } = connect(url);
    await until(() => frames.length >= 2);
    expect(frames.slice(0, 2)).toEqual(['hello 1', 'hello 2']);
    // Retries stay "disconnected" until a connection is open again: the banner does not flicker.
    expect(states.slice(0, 4)).toEqual(['connecting', 'open', 'disconnected', 'open']);
  });

  it('gives up on close code 4401: only signing in fixes a refused session', async () => {
    let connections = 0;
    const url = await startServer((ws) => {
      connections += 1;
      ws.close(4401, 'a valid viewer token is required');
    });
    const { states } = connect(url);
    await until(() => states.includes('unauthorized'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(connections).toBe(1);
    expect(states.at(-1)).toBe('unauthorized');
  });

  it('keeps retrying while nothing listens', async () => {
    const url = await startServer(() => {});
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = null;
    const { states } = connect(url);
    await until(() => states.filter((s) => s === 'disconnected').length >= 3);
    expect(states[0]).toBe('connecting');
    expect(states).not.toContain('open');
  });
});
