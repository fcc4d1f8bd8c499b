import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { TargetLinkState } from '../../../contracts/link-health.js';
import type { LatencySeries } from '../charts/latency-geometry.js';
import { seriesColour } from '../charts/palette.js';
import { ClockController } from '../controllers/clock-controller.js';
import type { PulseLanguageChangeEvent } from '../events/pulse-language-change.js';
import type { PulseSignInEvent } from '../events/pulse-sign-in.js';
import { LanguageController } from '../i18n/language-controller.js';
import { LiveController } from '../live/live-controller.js';
import { OUTAGE_WINDOW_MS, outagesSince } from '../live/outage-log.js';
import type { SignInProblem } from '../live/session-client.js';
import '../components/diagnosis-banner/diagnosis-banner.js';
import '../components/language-switch/language-switch.js';
import '../components/latency-chart/latency-chart.js';
import '../components/outage-list/outage-list.js';
import '../components/queue-tile/queue-tile.js';
import '../components/sign-in/sign-in.js';
import '../components/target-list/target-list.js';
import { appStyles } from './app.styles.js';

/** No link states: from a collector without link health, or before its snapshot. */
const NO_LINK_STATES: ReadonlyMap<string, TargetLinkState> = new Map();

/**
 * The dashboard page. It owns the data (through {@link LiveController}) and the language, and
 * hands both to the components as properties. Later views (connectivity, weekly report) get their
 * own sections or routes here; the components stay data-in, events-out.
 */
export class PulseApp extends LitElement {
  static override styles = appStyles;

  private readonly live = new LiveController(this);
  private readonly i18n = new LanguageController(this);
  // The chart's window slides with the clock even when no sample arrives.
  private readonly clock = new ClockController(this, 1_000);
  /** A code is being checked. */
  @state() private signingIn = false;
  /** Why the last code did not work, for the sign-in panel. */
  @state() private signInProblem: SignInProblem | null = null;

  override render() {
    const { messages, formatters, language } = this.i18n;
    const nowMs = this.live.nowMs();
    return html`
      <header>
        <div class="brand">
          <h1>${messages.appName}</h1>
          <div class="subtitle">${messages.appSubtitle}</div>
        </div>
        <span class="clock" data-testid="clock">${formatters.dateTime(nowMs)}</span>
        <pulse-language-switch
          .language=${language}
          @pulse-language-change=${(event: PulseLanguageChangeEvent) =>
            this.i18n.setLanguage(event.detail.language)}
        ></pulse-language-switch>
      </header>
      ${this.renderBanner()}
      ${this.live.connection === 'unauthorized' ? this.renderSignIn() : this.renderContent(nowMs)}
    `;
  }

  private renderContent(nowMs: number) {
    const { messages, language } = this.i18n;
    const live = this.live;
    const order = this.targetOrder();
    const colours = new Map(order.map((id, index) => [id, seriesColour(index)]));
    const series: LatencySeries[] = order.map((id) => ({
      id,
      points: live.recent.get(id) ?? [],
    }));
    const stale = live.connection === 'disconnected' ? 'stale' : '';
    const linkStates = live.link?.targets ?? NO_LINK_STATES;
    return html`
      <pulse-diagnosis-banner
        class=${stale}
        .verdict=${live.link?.verdict ?? null}
        .linkStates=${linkStates}
        .openOutages=${live.link?.openOutages ?? []}
        .nowMs=${nowMs}
        .language=${language}
      ></pulse-diagnosis-banner>
      <main class=${stale}>
        <section class="wide">
          <h2>${messages.latencyTitle}</h2>
          <pulse-latency-chart
            .series=${series}
            .colours=${colours}
            .fromMs=${nowMs - live.historyWindowMs}
            .toMs=${nowMs}
            .language=${language}
          ></pulse-latency-chart>
        </section>
        <section>
          <h2>${messages.targetsTitle}</h2>
          <pulse-target-list
            .targets=${live.targets}
            .latest=${live.latest}
            .linkStates=${linkStates}
            .nowMs=${nowMs}
            .colours=${colours}
            .language=${language}
          ></pulse-target-list>
        </section>
        <section>
          <h2>${messages.queueTitle}</h2>
          <pulse-queue-tile .queue=${live.queue} .language=${language}></pulse-queue-tile>
        </section>
        ${
          live.link
            ? html`<section class="wide">
                <h2>${messages.outagesTitle}</h2>
                <pulse-outage-list
                  .outages=${outagesSince(live.outages, nowMs - OUTAGE_WINDOW_MS)}
                  .names=${this.targetNames()}
                  .nowMs=${nowMs}
                  .language=${language}
                ></pulse-outage-list>
              </section>`
            : nothing
        }
      </main>
    `;
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
    const extra = [...new Set([...this.live.latest.keys(), ...this.live.recent.keys()])]
      .filter((id) => !known.has(id))
      .sort();
    return [...ids, ...extra];
  }
}
