import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseRoute, routeHash, type Route, type View } from './route.js';

/** The part of `window` the controller uses, so tests can pass their own. */
export type RouteWindow = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  location: Pick<Location, 'hash'>;
};

/**
 * Owns the current route of a container element: reads it from the page's hash, follows
 * `hashchange` (back and forward buttons, a bookmark, a TV opened on `#/tv`), and moves to
 * another view by setting the hash, so the address always names what is on screen.
 */
export class RouteController implements ReactiveController {
  /** The route shown now. */
  route: Route;

  private readonly onHashChange = () => {
    this.route = parseRoute(this.window?.location.hash ?? '');
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Where the hash lives; default the page's `window`. */
    private readonly window: RouteWindow | null = globalThis.window ?? null,
  ) {
    this.route = parseRoute(this.window?.location.hash ?? '');
    host.addController(this);
  }

  hostConnected(): void {
    this.window?.addEventListener('hashchange', this.onHashChange);
    this.onHashChange();
  }

  hostDisconnected(): void {
    this.window?.removeEventListener('hashchange', this.onHashChange);
  }

  /** Shows another view (leaving TV mode); the `hashchange` that follows re-renders the host. */
  show(view: View): void {
    if (!this.window) return;
    this.window.location.hash = routeHash({ view, tv: false });
  }

  /** Shows the weekly report of another week (null: the current one), keeping the site. */
  showWeek(week: string | null): void {
    if (!this.window) return;
    const { site } = this.route;
    this.window.location.hash = routeHash({
      view: 'report',
      tv: false,
      ...(week ? { week } : {}),
      ...(site ? { site } : {}),
    });
  }
}
