import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { z } from 'zod';
import {
  CLOSE_TOO_SLOW,
  CLOSE_UNAUTHORIZED,
  LIVE_TOPICS,
  type LiveServerMessage,
  type LiveTopic,
} from '../../contracts/live.js';
import type { CollectorMetrics } from '../metrics.js';

/** Options of the live hub, with defaults in the destructuring of `attach`. */
export interface LiveHubOptions {
  path?: string;
  /** Builds the `snapshot` sent to each new client. */
  snapshot: () => LiveServerMessage;
  /** Decides whether an upgrade request may connect: 200, or the HTTP status to refuse it with. */
  authorize: (request: IncomingMessage) => number;
  logger: Logger;
  metrics: CollectorMetrics;
  /** Past this many bytes queued for a client, its messages are skipped until it catches up. */
  skipAboveBytes?: number;
  /**
   * Seconds between two pings. A client that missed the previous pong, or that was too far behind
   * to be sent anything at two pings in a row, is disconnected (code 4008).
   */
  pingIntervalSeconds?: number;
}

interface Client {
  socket: WebSocket;
  topics: Set<LiveTopic>;
  alive: boolean;
  /** Whether it was too far behind to be sent anything at the previous ping. */
  behind: boolean;
}

const clientMessageSchema = z.object({
  type: z.literal('subscribe'),
  topics: z.array(z.enum(LIVE_TOPICS)).max(LIVE_TOPICS.length * 2),
});

/**
 * Fans live messages out to WebSocket clients. Each client gets a snapshot on connect, then the
 * topics it subscribed to (all by default). A slow client is skipped, and dropped if it is still
 * behind a whole ping interval later: it never makes the collector's memory grow.
 */
export class LiveHub {
  private readonly clients = new Set<Client>();
  private readonly server: WebSocketServer;
  private readonly pingTimer: NodeJS.Timeout;
  private readonly skipAboveBytes: number;

  constructor(private readonly options: LiveHubOptions) {
    const { skipAboveBytes = 1 << 20, pingIntervalSeconds = 30 } = options;
    this.skipAboveBytes = skipAboveBytes;
    // Clients send only small subscribe messages: refuse anything larger at the frame level.
    this.server = new WebSocketServer({ noServer: true, maxPayload: 4096 });
    this.pingTimer = setInterval(() => this.pingAll(), pingIntervalSeconds * 1000);
    this.pingTimer.unref();
  }

  /** Takes over WebSocket upgrades on the hub's path of an HTTP server. */
  attach(httpServer: Server): void {
    const path = this.options.path ?? '/api/v1/live';
    httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname !== path)
        return refuse(socket, 404, 'no WebSocket at this path; use /api/v1/live');
      if (!sameOrigin(request)) return refuse(socket, 403, 'cross-origin WebSocket refused');
      const status = this.options.authorize(request);
      this.server.handleUpgrade(request, socket, head, (ws) => {
        // Accept, then close with a code the dashboard understands: a refused upgrade reaches
        // browser code only as an anonymous failure, which it would retry forever.
        if (status !== 200) return ws.close(CLOSE_UNAUTHORIZED, 'a valid viewer token is required');
        this.welcome(ws);
      });
    });
  }

  /** Sends a message to every client subscribed to its topic. */
  publish(topic: LiveTopic, message: LiveServerMessage): void {
    if (this.clients.size === 0) return;
    // Encoded once for every client: ws would otherwise turn the string into bytes per send.
    const data = Buffer.from(JSON.stringify(message));
    for (const client of this.clients) {
      if (client.topics.has(topic)) this.send(client, data);
    }
  }

  get clientCount(): number {
    return this.clients.size;
  }

  /** Disconnects every client and stops the pings. */
  close(): void {
    clearInterval(this.pingTimer);
    for (const client of this.clients) client.socket.terminate();
    this.clients.clear();
    this.options.metrics.liveClients.set(0);
    this.server.close();
  }

  private welcome(socket: WebSocket): void {
    const client: Client = { socket, topics: new Set(LIVE_TOPICS), alive: true, behind: false };
    this.clients.add(client);
    this.options.metrics.liveClients.set(this.clients.size);
    socket.on('pong', () => (client.alive = true));
    socket.on('message', (data: RawData, isBinary: boolean) =>
      this.receive(client, data, isBinary),
    );
    socket.on('close', () => {
      this.clients.delete(client);
      this.options.metrics.liveClients.set(this.clients.size);
    });
    socket.on('error', (error) => this.options.logger.debug({ err: error }, 'live client error'));
    this.send(client, JSON.stringify(this.options.snapshot()));
  }

  private receive(client: Client, data: RawData, isBinary: boolean): void {
    let parsed: unknown;
    try {
      parsed = isBinary ? undefined : JSON.parse(data.toString());
    } catch {
      parsed = undefined; // reported below with the expected shape
    }
    const result = clientMessageSchema.safeParse(parsed);
    if (!result.success) {
      const error = `expected {"type":"subscribe","topics":[${LIVE_TOPICS.map((t) => `"${t}"`).join(',')}]}`;
      this.send(client, JSON.stringify({ type: 'error', error } satisfies LiveServerMessage));
      return;
    }
    client.topics = new Set(result.data.topics);
  }

  private send(client: Client, data: string | Buffer): void {
    // A client that cannot keep up is skipped (it gets a fresh snapshot when it reconnects),
    // so what the collector holds for it never grows past one frame over the threshold.
    if (client.socket.bufferedAmount > this.skipAboveBytes) {
      this.options.metrics.liveMessagesDropped.inc({ reason: 'client_slow' });
      return;
    }
    if (client.socket.readyState === WebSocket.OPEN) client.socket.send(data, { binary: false });
  }

  private pingAll(): void {
    for (const client of this.clients) {
      // Behind at two pings in a row: it did not catch up in a whole interval, so it will not.
      const behindNow = client.socket.bufferedAmount > this.skipAboveBytes;
      const stillBehind = behindNow && client.behind;
      client.behind = behindNow;
      if (!client.alive || stillBehind) {
        if (stillBehind) this.options.metrics.liveMessagesDropped.inc({ reason: 'client_dropped' });
        client.socket.close(
          CLOSE_TOO_SLOW,
          'too slow or not answering: reconnect for a fresh snapshot',
        );
        client.socket.terminate();
        continue;
      }
      client.alive = false;
      client.socket.ping();
    }
  }
}

/** Browsers send an Origin; it must name the host the page was loaded from. Other clients send none. */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false; // an Origin that is not a URL is not ours
  }
}

function refuse(socket: Duplex, status: number, message: string): void {
  const reason = status === 404 ? 'Not Found' : 'Forbidden';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
  );
}
