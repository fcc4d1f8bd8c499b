// A value import from the contracts, which hold no zod: the bundle stays free of it.
import { CLOSE_UNAUTHORIZED } from '../../../contracts/live.js';
import { computeBackoffMs, type BackoffOptions } from './backoff.js';

/**
 * Where the live connection stands: `unauthorized` when the collector wants a viewer session
 * (the page then shows the sign-in panel), otherwise as the connection banner shows it.
 */
export type ConnectionState = 'connecting' | 'open' | 'disconnected' | 'unauthorized';

/** Close code the collector uses when the viewer session is missing or wrong (4401). */
export { CLOSE_UNAUTHORIZED };

/** The part of a WebSocket this class uses, so tests or other transports can stand in. */
export type SocketLike = Pick<WebSocket, 'close' | 'addEventListener'>;

/** Options of {@link ReconnectingSocket}. */
export interface ReconnectingSocketOptions {
  url: string;
  /** Called with each frame's data. */
  onFrame(data: unknown): void;
  /** Called on each change of state. */
  onState(state: ConnectionState): void;
  /** Opens a socket; default `new WebSocket(url)`. */
  createSocket?: (url: string) => SocketLike;
  /** Retry delays. */
  backoff?: BackoffOptions;
}

/**
 * A WebSocket that reconnects after a drop with exponential backoff and jitter, forever, except
 * when the collector refuses the viewer session (close code 4401): retrying cannot fix that, only
 * signing in can, after which the owner calls {@link ReconnectingSocket.start} again.
 */
export class ReconnectingSocket {
  private socket: SocketLike | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private stopped = true;
  private readonly createSocket: (url: string) => SocketLike;

  constructor(private readonly options: ReconnectingSocketOptions) {
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url));
  }

  /** Opens the connection, with the backoff reset; does nothing when already started. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.attempt = 0;
    this.options.onState('connecting');
    this.open();
  }

  /** Closes the connection and cancels any pending retry. */
  stop(): void {
    this.stopped = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'page closed');
  }

  // Retries do not report `connecting`: the banner stays up until a connection is really open.
  private open(): void {
    let socket: SocketLike;
    try {
      socket = this.createSocket(this.options.url);
    } catch (error) {
      // A malformed URL or a blocked scheme: report it and keep retrying like any other failure.
      console.warn('OneStop Pulse: could not open the live connection', error);
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    let receivedAny = false;
    socket.addEventListener('open', () => {
      if (this.socket === socket) this.options.onState('open');
    });
    socket.addEventListener('message', (event) => {
      if (this.socket !== socket) return;
      // Reset the backoff only once the server talks: a server that accepts and drops at once
      // would otherwise be hammered at the shortest delay.
      if (!receivedAny) this.attempt = 0;
      receivedAny = true;
      this.options.onFrame(event.data);
    });
    socket.addEventListener('error', () => {
      // Always followed by `close`, which retries. Listening at all matters for Node's `ws`
      // client, which throws an `error` event that has no listener.
    });
    socket.addEventListener('close', (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (event.code === CLOSE_UNAUTHORIZED) {
        this.stopped = true;
        this.options.onState('unauthorized');
        return;
      }
      this.options.onState('disconnected');
      this.scheduleRetry();
    });
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    const delayMs = computeBackoffMs(this.attempt, this.options.backoff);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) this.open();
    }, delayMs);
  }
}
