/** The views of the dashboard, in tab order: live load (director), connectivity (IT), weekly report. */
export const VIEWS = ['live', 'connectivity', 'report'] as const;
export type View = (typeof VIEWS)[number];

/** Where the page is: which view, and whether it fills a wall screen (TV mode, live load only). */
export interface Route {
  view: View;
  /** Wall-screen layout: large type, no controls. */
  tv: boolean;
}

/** The view shown when the address names none (or one this build does not know). */
export const DEFAULT_ROUTE: Route = { view: 'live', tv: false };

/**
 * Reads the page's hash: `#/live`, `#/connectivity`, `#/report`; `#/tv` or `#/live?tv` for the
 * live load view on a wall screen. Anything else opens the live load view, so an old bookmark or a
 * typo still shows figures rather than a blank page.
 */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const name = path.replace(/^\/+|\/+$/g, '').toLowerCase();
  if (name === 'tv') return { view: 'live', tv: true };
  const view = VIEWS.find((candidate) => candidate === name) ?? DEFAULT_ROUTE.view;
  const tv = view === 'live' && new URLSearchParams(query).has('tv');
  return { view, tv };
}

/** The hash of a route, as {@link parseRoute} reads it back: `#/connectivity`, `#/tv`. */
export function routeHash(route: Route): string {
  return route.tv ? '#/tv' : `#/${route.view}`;
}
