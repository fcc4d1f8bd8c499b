import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { TargetLinkState } from '../../../contracts/link-health.js';
import { BuildWatchController } from '../build-watch/build-watch-controller.js';
import { seriesColour } from '../charts/palette.js';
import { ConnectivityController } from '../connectivity/connectivity-controller.js';
import { ClockController } from '../controllers/clock-controller.js';
import type { PulseLanguageChangeEvent } from '../events/pulse-language-change.js';
import type { PulseRangeChangeEvent } from '../events/pulse-range-change.js';
import type { PulseThemeChangeEvent } from '../events/pulse-theme-change.js';
import type { PulseSignInEvent } from '../events/pulse-sign-in.js';
import type { PulseViewChangeEvent } from '../events/pulse-view-change.js';
import type { PulseWeekChangeEvent } from '../events/pulse-week-change.js';
import type { Messages } from '../i18n/catalogue-vi.js';
import { LanguageController } from '../i18n/language-controller.js';
import { LiveController } from '../live/live-controller.js';
import type { SignInProblem } from '../live/session-client.js';
import { RouteController } from '../navigation/route-controller.js';
import { ReportController } from '../report/report-controller.js';
import { ThemeController } from '../theme/theme-controller.js';
import type { View } from '../navigation/route.js';
import '../components/diagnosis-banner/diagnosis-banner.js';
import '../components/language-switch/language-switch.js';
import '../components/sign-in/sign-in.js';
import '../components/theme-switch/theme-switch.js';
import '../components/view-tabs/view-tabs.js';
import '../views/connectivity/connectivity-view.js';
import '../views/live-load/live-load-view.js';
import '../views/report/report-view.js';
import { appStyles } from './app.styles.js';

/** No link states: from a collector without link health, or before its snapshot. */
const NO_LINK_STATES: ReadonlyMap<string, TargetLinkState> = new Map();

/** Message key of each view's name, for its tab panel. */
const VIEW_LABELS: Record<View, keyof Messages> = {
  live: 'viewLive',
  connectivity: 'viewConnectivity',
  report: 'viewReport',
};

/**
 * The dashboard page. It owns the data (through {@link LiveController}), the language and the
 * route (which view, TV mode or not), and hands them to the views as properties. The diagnosis
 * banner sits above every view: IT support must see a broken link whatever is on screen. In TV
 * mode (`#/tv`) the page drops its controls, grows its type and reloads itself after an update
 * of the collector.
 */
export class PulseApp extends LitElement {
  static override styles = appStyles;

  private readonly live = new LiveController(this);
  private readonly i18n = new LanguageController(this);
  private readonly router = new RouteController(this);
  private readonly theme = new ThemeController(this);
  private readonly connectivity = new ConnectivityController(this, this.live, {
    enabled: () => this.router.route.view === 'connectivity',
    // The charts' plot: the page less its padding, the section's and the axis labels.
    plotWidthPx: () => Math.max(200, this.clientWidth - 150),
  });
  private readonly report = new ReportController(this, {
    enabled: () => this.router.route.view === 'report',
    week: () => this.router.route.week ?? null,
    site: () => this.router.route.site ?? null,
  });
  // Charts slide and elapsed times tick with the clock even when no message arrives; the charts'
  // window moves only on this tick, so a live reading does not redraw every chart's axes.
  private readonly clock = new ClockController(this, 1_000, () => this.connectivity.slide());
  private readonly buildWatch = new BuildWatchController(this, {
    enabled: () => this.router.route.tv,
    connection: () => this.live.connection,
  });
  /** A code is being checked. */
  @state() private signingIn = false;
  /** Why the last code did not work, for the sign-in panel. */
  @state() private signInProblem: SignInProblem | null = null;

  override updated(): void {
    // The root font size scales every rem of the page: large type on a wall screen.
    document.documentElement.classList.toggle('tv', this.router.route.tv);
    // The page's own TV layout: header and banners in their rows, the view in the rest.
    this.toggleAttribute('tv', this.router.route.tv);
  }

  override render() {
    const { messages, formatters, language } = this.i18n;
    const { route } = this.router;
    const nowMs = this.live.nowMs();
    return html`
      <header class=${route.tv ? 'tv' : ''}>
        <div class="brand">
          <h1>${messages.appName}</h1>
          <div class="subtitle" data-testid="site-name">
            ${this.live.siteName ?? messages.appSubtitle}
          </div>
        </div>
        <span class="clock" data-testid="clock">${formatters.dateTime(nowMs)}</span>
        ${
          route.tv
            ? nothing
            : html`<pulse-theme-switch
                  .theme=${this.theme.theme}
                  .language=${language}
                  @pulse-theme-change=${(event: PulseThemeChangeEvent) =>
                    this.theme.setTheme(event.detail.theme)}
                ></pulse-theme-switch>
                <pulse-language-switch
                  .language=${language}
                  @pulse-language-change=${(event: PulseLanguageChangeEvent) =>
                    this.i18n.setLanguage(event.detail.language)}
                ></pulse-language-switch>
                <pulse-view-tabs
                  .view=${route.view}
                  .language=${language}
                  @pulse-view-change=${(event: PulseViewChangeEvent) =>
                    this.router.show(event.detail.view)}
                ></pulse-view-tabs>`
        }
      </header>
      ${this.renderBanner()}
      ${this.live.connection === 'unauthorized' ? this.renderSignIn() : this.renderContent(nowMs)}
    `;
  }

  private renderContent(nowMs: number) {
    const { messages, language } = this.i18n;
    const { view, tv } = this.router.route;
    const live = this.live;
    const stale = live.connection === 'disconnected' ? 'stale' : '';
    return html`
      <pulse-diagnosis-banner
        class=${stale}
        .verdict=${live.link?.verdict ?? null}
        .linkStates=${live.link?.targets ?? NO_LINK_STATES}
        .openOutages=${live.link?.openOutages ?? []}
        .nowMs=${nowMs}
        .language=${language}
        ?tv=${tv}
      ></pulse-diagnosis-banner>
      <main
        class="${stale} ${tv ? 'tv' : ''} view-${view}"
        role=${tv ? 'main' : 'tabpanel'}
        aria-label=${messages[VIEW_LABELS[view]]}
        data-testid="view-${view}"
        data-tv=${tv ? 'true' : 'false'}
      >
        ${this.renderView(view, tv, nowMs)}
      </main>
    `;
  }

  private renderView(view: View, tv: boolean, nowMs: number) {
    const { language } = this.i18n;
    const live = this.live;
    switch (view) {
      case 'live':
        return html`<pulse-live-load-view
          .queue=${live.queue}
          .nowMs=${nowMs}
          .language=${language}
          ?tv=${tv}
        ></pulse-live-load-view>`;
      case 'connectivity': {
        const order = this.targetOrder();
        const connectivity = this.connectivity;
        const window = connectivity.window();
        const throughputIds = new Set(connectivity.throughput.keys());
        return html`<pulse-connectivity-view
          .range=${connectivity.range}
          .status=${connectivity.status}
          .fromMs=${window.fromMs}
          .toMs=${window.toMs}
          .stepMs=${connectivity.stepMs}
          .links=${connectivity.links}
          .throughput=${connectivity.throughput}
          .order=${order.filter((id) => !throughputIds.has(id))}
          .colours=${new Map(order.map((id, index) => [id, seriesColour(index)]))}
          .targets=${live.targets}
          .latest=${live.latest}
          .linkStates=${live.link?.targets ?? NO_LINK_STATES}
          .outages=${live.link ? connectivity.timelineOutages() : null}
          .timeline=${connectivity.timelineWindow()}
          .names=${this.targetNames()}
          .nowMs=${nowMs}
          .theme=${this.theme.theme}
          .language=${language}
          @pulse-range-change=${(event: PulseRangeChangeEvent) =>
            connectivity.setRange(event.detail.range)}
        ></pulse-connectivity-view>`;
      }
      case 'report':
        return html`<pulse-report-view
          .state=${this.report.state}
          .nowMs=${nowMs}
          .language=${language}
          @pulse-week-change=${(event: PulseWeekChangeEvent) =>
            this.router.showWeek(event.detail.week)}
        ></pulse-report-view>`;
    }
  }

  private renderBanner() {
    const { messages } = this.i18n;
    switch (this.live.connection) {
      case 'disconnected':
        return html`<div class="banner" role="alert" data-testid="connection-banner">
          <strong>${messages.connectionLost}</strong> <span>${messages.connectionRetrying}</span>
        </div>`;
      default:
        return nothing;
    }
  }

  // In place of the content, not over it: without a session there are no figures to show.
  private renderSignIn() {
    return html`<main class="signed-out">
      <pulse-sign-in
        .language=${this.i18n.language}
        .busy=${this.signingIn}
        .problem=${this.signInProblem}
        @pulse-sign-in=${(event: PulseSignInEvent) => void this.signIn(event.detail.code)}
      ></pulse-sign-in>
    </main>`;
  }

  private async signIn(code: string): Promise<void> {
    if (this.signingIn) return;
    this.signingIn = true;
    this.signInProblem = null;
    try {
      const result = await this.live.signIn(code);
      this.signInProblem = result.ok ? null : result.problem;
      if (result.ok) this.report.reload();
    } finally {
      this.signingIn = false;
    }
  }

  /** Display name of each target: the config's, else the link state's (the slug, for now). */
  private targetNames(): Map<string, string> {
    const names = new Map<string, string>();
    for (const [id, state] of this.live.link?.targets ?? NO_LINK_STATES) names.set(id, state.name);
    for (const target of this.live.targets) names.set(target.id, target.name);
    return names;
  }

  /** Configured targets first, in config order, then any other target that has readings. */
  private targetOrder(): string[] {
    const ids = this.live.targets.map((t) => t.id);
    const known = new Set(ids);
    const extra = [...new Set([...this.live.latest.keys(), ...this.connectivity.links.keys()])]
      .filter((id) => !known.has(id))
      .sort();
    return [...ids, ...extra];
  }
}
