import { WebSocket } from 'ws';
import type { LiveServerMessage } from '../../contracts/live.js';

/**
 * A real WebSocket client of `/api/v1/live` that keeps every message, and waits (event-driven,
 * with a deadline) for the first one matching a predicate.
 */
export class LiveClient {
  readonly messages: LiveServerMessage[] = [];
  private waiters: {
    match: (m: LiveServerMessage) => boolean;
    resolve: (m: LiveServerMessage) => void;
  }[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as LiveServerMessage;
      this.messages.push(message);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.match(message)) return true;
        waiter.resolve(message);
        return false;
      });
    });
  }

  /** Connects to the collector at `baseUrl` (http://…), with optional headers. */
  static connect(baseUrl: string, headers: Record<string, string> = {}): Promise<LiveClient> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/v1/live`, { headers });
    const client = new LiveClient(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(client));
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`upgrade refused with HTTP ${response.statusCode}`)),
      );
      socket.once('error', reject);
    });
  }

  /** The first message (already received or still to come) that matches, within `timeoutMs`. */
  waitFor<T extends LiveServerMessage>(
    match: (message: LiveServerMessage) => message is T,
    timeoutMs = 5000,
  ): Promise<T> {
    const seen = this.messages.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching live message within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        match,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message as T);
        },
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}
