import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { LatencySeries } from '../charts/latency-geometry.js';
import { seriesColour } from '../charts/palette.js';
import { ClockController } from '../controllers/clock-controller.js';
import type { PulseLanguageChangeEvent } from '../events/pulse-language-change.js';
import type { PulseSignInEvent } from '../events/pulse-sign-in.js';
import { LanguageController } from '../i18n/language-controller.js';
import { LiveController } from '../live/live-controller.js';
import type { SignInProblem } from '../live/session-client.js';
import '../components/language-switch/language-switch.js';
import '../components/latency-chart/latency-chart.js';
import '../components/queue-tile/queue-tile.js';
import '../components/sign-in/sign-in.js';
import '../components/target-list/target-list.js';
import { appStyles } from './app.styles.js';

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
    return html`
      <main class=${live.connection === 'disconnected' ? 'stale' : ''}>
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
            .colours=${colours}
            .language=${language}
          ></pulse-target-list>
        </section>
        <section>
          <h2>${messages.queueTitle}</h2>
          <pulse-queue-tile .queue=${live.queue} .language=${language}></pulse-queue-tile>
        </section>
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
