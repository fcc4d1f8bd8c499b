/** Where the dashboard finds the collector's API, derived from the page's own address. */
export interface Endpoints {
  /** `ws:` or `wss:` URL of the live feed, as the page was loaded over http or https. */
  liveUrl: string;
  /** URL of `POST /api/v1/session` (sign in with a viewer code) and `DELETE` (sign out). */
  sessionUrl: string;
  /**
   * URL of `GET /api/v1/series` for one metric over `[fromMs, toMs]`, averaged per `step` (`30s`,
   * `5m`; see `connectivity/time-range.ts`) when one is given.
   */
  seriesUrl(
    metric: string,
    fromMs: number,
    toMs: number,
    site: string | null,
    step?: string,
  ): string;
  /** URL of `GET /api/v1/outages` for the outages that overlap `[fromMs, toMs]`. */
  outagesUrl(fromMs: number, toMs: number): string;
}

/**
 * Endpoints for a page at `pageUrl`. The API lives next to the page (the collector serves both),
 * resolved relative to the page so a reverse proxy may mount everything under a sub-path.
 *
 * No URL carries a credential: the viewer signs in once through `sessionUrl` and the browser then
 * sends the `pulse_viewer` session cookie on every same-origin request and WebSocket upgrade. The
 * page's own query (an old bookmark with `?token=`, say) is dropped, never forwarded.
 */
export function resolveEndpoints(pageUrl: string): Endpoints {
  const page = new URL(pageUrl);
  const api = new URL('api/v1/', page);
  api.search = '';
  api.hash = '';

  const live = new URL('live', api);
  live.protocol = page.protocol === 'https:' ? 'wss:' : 'ws:';

  return {
    liveUrl: live.href,
    sessionUrl: new URL('session', api).href,
    seriesUrl(metric, fromMs, toMs, site, step) {
      const url = new URL('series', api);
      url.searchParams.set('metric', metric);
      url.searchParams.set('from', String(Math.floor(fromMs)));
      url.searchParams.set('to', String(Math.ceil(toMs)));
      if (site !== null) url.searchParams.set('site', site);
      if (step !== undefined) url.searchParams.set('step', step);
      return url.href;
    },
    outagesUrl(fromMs, toMs) {
      const url = new URL('outages', api);
      url.searchParams.set('from', String(Math.floor(fromMs)));
      url.searchParams.set('to', String(Math.ceil(toMs)));
      return url.href;
    },
  };
}
