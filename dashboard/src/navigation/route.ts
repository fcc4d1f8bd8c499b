/** The views of the dashboard, in tab order: live load (director), connectivity (IT), weekly report. */
export const VIEWS = ['live', 'connectivity', 'report'] as const;
export type View = (typeof VIEWS)[number];

/** Where the page is: which view, and whether it fills a wall screen (TV mode, live load only). */
export interface Route {
  view: View;
  /** Wall-screen layout: large type, no controls. */
  tv: boolean;
  /** The weekly report's ISO week (`2026-W48`); absent for the collector's current week. */
  week?: string;
  /** The weekly report's site; absent for the collector's own. */
  site?: string;
}

const ISO_WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;
const SITE = /^[a-z0-9][a-z0-9-]*$/;

/** The view shown when the address names none (or one this build does not know). */
export const DEFAULT_ROUTE: Route = { view: 'live', tv: false };

/**
 * Reads the page's hash: `#/live`, `#/connectivity`, `#/report` (with `?week=2026-W48&site=…`);
 * `#/tv` or `#/live?tv` for the live load view on a wall screen. A malformed week or site is
 * dropped, so the report opens on the current week rather than failing. Anything else opens the live load view, so an old bookmark or a
 * typo still shows figures rather than a blank page.
 */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const name = path.replace(/^\/+|\/+$/g, '').toLowerCase();
  if (name === 'tv') return { view: 'live', tv: true };
  const view = VIEWS.find((candidate) => candidate === name) ?? DEFAULT_ROUTE.view;
  const params = new URLSearchParams(query);
  const tv = view === 'live' && params.has('tv');
  const route: Route = { view, tv };
  if (view === 'report') {
    const week = params.get('week')?.toUpperCase();
    const site = params.get('site');
    if (week && ISO_WEEK.test(week)) route.week = week;
    if (site && SITE.test(site)) route.site = site;
  }
  return route;
}

/** The hash of a route, as {@link parseRoute} reads it back: `#/connectivity`, `#/tv`, `#/report?week=2026-W48`. */
export function routeHash(route: Route): string {
  if (route.tv) return '#/tv';
  const params = new URLSearchParams();
  if (route.view === 'report' && route.week) params.set('week', route.week);
  if (route.view === 'report' && route.site) params.set('site', route.site);
  const query = params.toString();
  return query ? `#/${route.view}?${query}` : `#/${route.view}`;
}
