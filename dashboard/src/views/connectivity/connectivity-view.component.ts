import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Outage, TargetLinkState } from '../../../../contracts/link-health.js';
import type { TargetInfo } from '../../../../contracts/live.js';
import type { Sample } from '../../../../contracts/sample.js';
import type { LatencySeries } from '../../charts/latency-geometry.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import '../../components/latency-chart/latency-chart.js';
import '../../components/outage-list/outage-list.js';
import '../../components/target-list/target-list.js';
import { connectivityViewStyles } from './connectivity-view.styles.js';

/**
 * Is the link down, since when, and where? The latency of every target, each target's state and
 * the outages of the last 24 hours. The diagnosis banner stays above every view in `pulse-app`.
 */
export class PulseConnectivityView extends LitElement {
  static override styles = connectivityViewStyles;

  /** Recent latency readings of each target, in display order. */
  @property({ attribute: false }) series: readonly LatencySeries[] = [];
  /** Line colour of each target slug. */
  @property({ attribute: false }) colours: ReadonlyMap<string, string> = new Map();
  /** Probe targets with display names, in the collector's order. */
  @property({ attribute: false }) targets: readonly TargetInfo[] = [];
  /** Latest link sample of each target. */
  @property({ attribute: false }) latest: ReadonlyMap<string, Sample> = new Map();
  /** The collector's link state of each target. */
  @property({ attribute: false }) linkStates: ReadonlyMap<string, TargetLinkState> = new Map();
  /** Outages of the last 24 hours, or null from a collector without link health. */
  @property({ attribute: false }) outages: readonly Outage[] | null = null;
  /** Display name of each target slug, for the outage list. */
  @property({ attribute: false }) names: ReadonlyMap<string, string> = new Map();
  /** Start of the latency window (epoch ms). */
  @property({ attribute: false }) fromMs = 0;
  /** Now on the collector's clock (epoch ms). */
  @property({ attribute: false }) nowMs = 0;
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';

  override render() {
    const messages = messagesFor(this.language);
    const { language, nowMs } = this;
    return html`
      <section class="wide">
        <h2>${messages.latencyTitle}</h2>
        <pulse-latency-chart
          .series=${this.series}
          .colours=${this.colours}
          .fromMs=${this.fromMs}
          .toMs=${nowMs}
          .language=${language}
        ></pulse-latency-chart>
      </section>
      <section>
        <h2>${messages.targetsTitle}</h2>
        <pulse-target-list
          .targets=${this.targets}
          .latest=${this.latest}
          .linkStates=${this.linkStates}
          .nowMs=${nowMs}
          .colours=${this.colours}
          .language=${language}
        ></pulse-target-list>
      </section>
      ${
        this.outages
          ? html`<section class="outages">
              <h2>${messages.outagesTitle}</h2>
              <pulse-outage-list
                .outages=${this.outages}
                .names=${this.names}
                .nowMs=${nowMs}
                .language=${language}
              ></pulse-outage-list>
            </section>`
          : nothing
      }
    `;
  }
}
