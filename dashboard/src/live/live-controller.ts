import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Outage } from '../../../contracts/link-health.js';
import type { LiveServerMessage, TargetInfo } from '../../../contracts/live.js';
import type { QueueSnapshot } from '../../../contracts/queue.js';
import type { Sample } from '../../../contracts/sample.js';
import type { BackoffOptions } from './backoff.js';
import { resolveEndpoints, type Endpoints } from './endpoints.js';
import { LINK_MEASUREMENT } from './latency-series.js';
import {
  applyLinkChange,
  applyOutageEvent,
  linkViewFromSnapshot,
  type LinkHealthView,
} from './link-state.js';
import { OUTAGE_WINDOW_MS, mergeOutages, outagesSince, upsertOutage } from './outage-log.js';
import { fetchOutages } from './outages-client.js';
import { parseLiveMessage } from './parse-live-message.js';
import {
  ReconnectingSocket,
  type ConnectionState,
  type SocketLike,
} from './reconnecting-socket.js';
import { openSession, type SignInResult } from './session-client.js';

/** What another controller hears from the feed: every sample of the site, and each snapshot. */
export interface LiveListener {
  /** A sample of the site (any measurement), as it arrives. */
  sample?(sample: Sample): void;
  /** A snapshot: the first connect or a reconnect, when histories should be fetched again. */
  snapshot?(atMs: number): void;
}

/** Options of {@link LiveController}; every default suits the page, tests pass their own. */
export interface LiveControllerOptions {
  /** Address of the page, which locates the API; default `location.href`. */
  pageUrl?: string;
  fetch?: typeof globalThis.fetch;
  createSocket?: (url: string) => SocketLike;
  backoff?: BackoffOptions;
  /** The browser clock (epoch ms); default `Date.now`. */
  now?: () => number;
  /** Where problems with the feed are reported; default `console.warn`. */
  onProblem?: (problem: string) => void;
}

/**
 * Owns the live data of a container element: one WebSocket to the collector (reconnecting with
 * backoff), the latest link sample of each target, and the queue of the site, the link health
 * (target states, verdict, open outages) and the outages of the last 24 hours. On each snapshot
 * (first connect and every reconnect) it fetches the outages of the last 24 hours, which `outage`
 * messages then keep up to date. Readings over time are the listeners' to keep (the Connectivity
 * view's controller fetches the history of its range and joins these samples to it).
 *
 * When the collector wants a viewer session (outages 401/403, socket close 4401) it stops, sets
 * `connection` to `unauthorized` and waits for {@link LiveController.signIn}.
 */
export class LiveController implements ReactiveController {
  /** State of the connection to the collector. */
  connection: ConnectionState = 'connecting';
  /** Site of the collector, from the snapshot; null before the first one. */
  site: string | null = null;
  /** Display name of the site from the collector's config, or null before a snapshot. */
  siteName: string | null = null;
  /** Probe targets with display names, in the collector's order. */
  targets: readonly TargetInfo[] = [];
  /** Latest link sample of each target, by target slug. */
  latest: ReadonlyMap<string, Sample> = new Map();
  /** Live queue of the site, or null before any. */
  queue: QueueSnapshot | null = null;
  /** Link health of the site; null before the snapshot, or from a collector without it. */
  link: LinkHealthView | null = null;
  /** Outages of the last 24 hours (ongoing ones included), newest start first. */
  outages: readonly Outage[] = [];

  private readonly endpoints: Endpoints;
  private readonly fetch: typeof globalThis.fetch;
  private readonly now: () => number;
  private readonly onProblem: (problem: string) => void;
  private readonly socket: ReconnectingSocket;
  /** Collector clock minus browser clock (ms), so the chart's "now" matches the samples. */
  private clockOffsetMs = 0;
  private outagesAbort: AbortController | null = null;
  /** Whether the host is in the document: a sign-in that ends after it left must not reconnect. */
  private hostIsConnected = false;
  private readonly listeners = new Set<LiveListener>();

  constructor(
    private readonly host: ReactiveControllerHost,
    {
      pageUrl = globalThis.location?.href ?? 'http://localhost/',
      fetch = globalThis.fetch?.bind(globalThis),
      createSocket,
      backoff,
      now = Date.now,
      onProblem = (problem) => console.warn(`OneStop Pulse: ${problem}`),
    }: LiveControllerOptions = {},
  ) {
    this.endpoints = resolveEndpoints(pageUrl);
    this.fetch = fetch;
    this.now = now;
    this.onProblem = onProblem;
    this.socket = new ReconnectingSocket({
      url: this.endpoints.liveUrl,
      onFrame: (data) => this.receive(data),
      onState: (state) => this.setConnection(state),
      createSocket,
      backoff,
    });
    host.addController(this);
  }

  /** Now on the collector's clock (epoch ms): the right edge of the chart. */
  nowMs(): number {
    return this.now() + this.clockOffsetMs;
  }

  /** The feed's endpoints, for controllers that fetch more of the same API. */
  get apiEndpoints(): Endpoints {
    return this.endpoints;
  }

  /** Hears every sample of the site and every snapshot from now on; returns the unsubscribe. */
  listen(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  hostConnected(): void {
    this.hostIsConnected = true;
    this.socket.start();
  }

  hostDisconnected(): void {
    this.hostIsConnected = false;
    this.socket.stop();
    this.abortFetches();
  }

  /**
   * Signs in with a viewer code (the collector sets an HttpOnly session cookie) and, when that
   * works, reconnects: the new socket's snapshot reloads the history. The code is not kept.
   */
  async signIn(code: string): Promise<SignInResult> {
    const result = await openSession({
      sessionUrl: this.endpoints.sessionUrl,
      code,
      fetch: this.fetch,
    });
    if (!result.ok) {
      // A wrong code is the viewer's to fix, not a problem with the feed.
      if (result.problem !== 'wrong-code') this.onProblem(`could not sign in: ${result.detail}`);
      return result;
    }
    this.restart();
    return result;
  }

  private abortFetches(): void {
    this.outagesAbort?.abort();
    this.outagesAbort = null;
  }

  private restart(): void {
    this.abortFetches();
    this.socket.stop();
    // Set directly: `setConnection` holds on to `unauthorized` against stray late reports.
    this.connection = 'connecting';
    this.host.requestUpdate();
    if (this.hostIsConnected) this.socket.start();
  }

  private setConnection(state: ConnectionState): void {
    // A refused session holds until `signIn` succeeds, whatever the stopped feed reports late.
    if (this.connection === 'unauthorized') return;
    this.connection = state;
    this.host.requestUpdate();
  }

  private receive(data: unknown): void {
    const parsed = parseLiveMessage(data);
    if (!parsed.ok) {
      if (!parsed.problem.startsWith('unhandled')) this.onProblem(parsed.problem);
      return;
    }
    this.apply(parsed.message);
    this.host.requestUpdate();
  }

  private apply(message: LiveServerMessage): void {
    switch (message.type) {
      case 'snapshot':
        this.site = message.site;
        this.siteName = message.siteName ?? null;
        this.targets = message.targets;
        this.clockOffsetMs = message.atMs - this.now();
        this.latest = new Map();
        for (const sample of message.latest) this.addSample(sample);
        this.queue = message.queue.find((q) => q.site === message.site) ?? message.queue[0] ?? null;
        for (const listener of this.listeners) listener.snapshot?.(message.atMs);
        if (message.link && message.link.site === message.site) {
          this.link = linkViewFromSnapshot(message.link);
          this.outages = outagesSince(
            mergeOutages(this.outages, message.link.openOutages),
            message.atMs - OUTAGE_WINDOW_MS,
          );
          // Only a collector with link health has the outages endpoint.
          void this.loadOutages(message.atMs);
        } else {
          this.link = null;
        }
        break;
      case 'link':
        if (this.link && message.site === this.site) {
          this.link = applyLinkChange(this.link, message.changed, message.verdict);
        }
        break;
      case 'outage':
        if (message.outage.site !== this.site) break;
        if (this.link) this.link = applyOutageEvent(this.link, message.event, message.outage);
        this.outages = upsertOutage(this.outages, message.outage);
        break;
      case 'sample':
        this.addSample(message.sample);
        break;
      case 'samples':
        for (const sample of message.samples) this.addSample(sample);
        break;
      case 'state':
        if (this.site === null || message.queue.site === this.site) this.queue = message.queue;
        break;
      case 'error':
        this.onProblem(`the collector reported: ${message.error}`);
        break;
      case 'event':
        // Counter events feed the later "Live load" view; the queue tile reads `state`.
        break;
    }
  }

  private addSample(sample: Sample): void {
    if (this.site !== null && sample.site !== this.site) return;
    for (const listener of this.listeners) listener.sample?.(sample);
    if (sample.measurement !== LINK_MEASUREMENT) return;
    const previous = this.latest.get(sample.target);
    if (!previous || previous.ts <= sample.ts) {
      this.latest = new Map(this.latest).set(sample.target, sample);
    }
  }

  private async loadOutages(toMs: number): Promise<void> {
    // A newer snapshot (a reconnect) supersedes a request still in flight.
    this.outagesAbort?.abort();
    const abort = new AbortController();
    this.outagesAbort = abort;
    try {
      const fromMs = toMs - OUTAGE_WINDOW_MS;
      const result = await fetchOutages({
        endpoints: this.endpoints,
        fromMs,
        toMs,
        fetch: this.fetch,
        signal: abort.signal,
      });
      if (abort.signal.aborted) return;
      if (!result.ok) {
        if (result.unauthorized) {
          this.socket.stop();
          this.setConnection('unauthorized');
        } else {
          // The open outages and those that come live still show; only older ones are missing.
          this.onProblem(`could not load the outages: ${result.problem}`);
        }
        return;
      }
      const ofSite = result.outages.filter((o) => this.site === null || o.site === this.site);
      // Versions received live while the request ran are kept where they are further on.
      this.outages = outagesSince(mergeOutages(ofSite, this.outages), fromMs);
      this.host.requestUpdate();
    } catch (error) {
      if (abort.signal.aborted) return;
      this.onProblem(`could not load the outages: ${String(error)}`);
    } finally {
      if (this.outagesAbort === abort) this.outagesAbort = null;
    }
  }
}
