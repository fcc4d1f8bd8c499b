import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isNewBuild, normaliseAssets } from './build-assets.js';

/** Options of {@link BuildWatchController}; every default suits the page, tests pass their own. */
export interface BuildWatchOptions {
  /** Whether to watch at all (the wall screen does; a desk page keeps what its user typed). */
  enabled: () => boolean;
  /** The live feed's state: a change to `open` after a drop triggers a check. */
  connection: () => string;
  /** Build assets the page loaded with; default the `src`/`href` of the document's scripts and links. */
  loadedAssets?: () => string[];
  /** The page's `index.html` address; default `./` of the page, without query or hash. */
  indexUrl?: string;
  /** Time between two checks (ms); default 5 minutes. */
  intervalMs?: number;
  fetch?: typeof globalThis.fetch;
  /** Reloads the page; default `location.reload()`. */
  reload?: () => void;
  /** Where a failed check is reported; default `console.warn`. */
  onProblem?: (problem: string) => void;
}

/**
 * Reloads the page after the collector was updated: fetches a fresh `index.html` every few
 * minutes and on each reconnection (an update restarts the collector, so the feed drops and comes
 * back), and reloads when it names other hashed assets than the page loaded with. A wall screen
 * nobody touches thus never runs an old dashboard against a new collector.
 */
export class BuildWatchController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastConnection = '';
  private checking = false;
  private readonly loadedAssets: string[];
  private readonly indexUrl: string;
  private readonly fetch: typeof globalThis.fetch;
  private readonly reload: () => void;
  private readonly onProblem: (problem: string) => void;
  private readonly intervalMs: number;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: BuildWatchOptions,
  ) {
    const {
      loadedAssets = documentAssets,
      indexUrl = defaultIndexUrl(),
      intervalMs = 5 * 60_000,
      fetch = globalThis.fetch?.bind(globalThis),
      reload = () => globalThis.location?.reload(),
      onProblem = (problem) => console.warn(`OneStop Pulse: ${problem}`),
    } = options;
    this.loadedAssets = normaliseAssets(loadedAssets());
    this.indexUrl = indexUrl;
    this.intervalMs = intervalMs;
    this.fetch = fetch;
    this.reload = reload;
    this.onProblem = onProblem;
    host.addController(this);
  }

  hostConnected(): void {
    this.timer ??= setInterval(() => {
      if (this.options.enabled()) void this.check();
    }, this.intervalMs);
  }

  hostDisconnected(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  hostUpdated(): void {
    const connection = this.options.connection();
    const reconnected = connection === 'open' && this.lastConnection === 'disconnected';
    this.lastConnection = connection;
    if (reconnected && this.options.enabled()) void this.check();
  }

  /** Fetches `index.html` once and reloads the page when it names a new build. */
  async check(): Promise<void> {
    if (this.checking || this.loadedAssets.length === 0) return;
    this.checking = true;
    try {
      const response = await this.fetch(this.indexUrl, { cache: 'no-store' });
      if (!response.ok) {
        this.onProblem(`could not check for a new dashboard: HTTP ${response.status}`);
        return;
      }
      if (isNewBuild(this.loadedAssets, await response.text())) this.reload();
    } catch (error) {
      // The collector is restarting: the next reconnection checks again.
      this.onProblem(`could not check for a new dashboard: ${String(error)}`);
    } finally {
      this.checking = false;
    }
  }
}

function documentAssets(): string[] {
  const document = globalThis.document;
  if (!document) return [];
  return [...document.querySelectorAll('script[src], link[href]')].map(
    (element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '',
  );
}

function defaultIndexUrl(): string {
  const url = new URL('./', globalThis.location?.href ?? 'http://localhost/');
  url.search = '';
  url.hash = '';
  return url.href;
}
