import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { PulseViewChangeEvent } from '../../events/pulse-view-change.js';
import type { Messages } from '../../i18n/catalogue-vi.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { VIEWS, type View } from '../../navigation/route.js';
import { viewTabsStyles } from './view-tabs.styles.js';

/** Message key of each view's tab label. */
const LABELS: Record<View, keyof Messages> = {
  live: 'viewLive',
  connectivity: 'viewConnectivity',
  report: 'viewReport',
};

/**
 * The tabs that switch between the views, following the WAI-ARIA tabs pattern: one tab in the Tab
 * order (the selected one), arrow keys, Home and End move between tabs and pick at once. It only
 * asks: the container owns the route and shows the view. No `aria-controls`: an id cannot point
 * out of this shadow root to the panel, and the panel is named by its own `aria-label`.
 *
 * @event pulse-view-change - The user picked another view; `detail.view` names it.
 */
export class PulseViewTabs extends LitElement {
  static override styles = viewTabsStyles;

  /** The view shown now. */
  @property() view: View = 'live';
  /** Language of the labels. */
  @property() language: Language = 'vi';

  override render() {
    const messages = messagesFor(this.language);
    return html`<div role="tablist" aria-label=${messages.viewsLabel} @keydown=${this.onKeyDown}>
      ${VIEWS.map((view) => {
        const selected = view === this.view;
        return html`<button
          type="button"
          role="tab"
          id="tab-${view}"
          aria-selected=${selected ? 'true' : 'false'}
          tabindex=${selected ? 0 : -1}
          data-testid="view-tab-${view}"
          @click=${() => this.pick(view)}
        >
          ${messages[LABELS[view]]}
        </button>`;
      })}
    </div>`;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const index = VIEWS.indexOf(this.view);
    const target: Partial<Record<string, number>> = {
      ArrowRight: (index + 1) % VIEWS.length,
      ArrowLeft: (index - 1 + VIEWS.length) % VIEWS.length,
      Home: 0,
      End: VIEWS.length - 1,
    };
    const next = target[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const view = VIEWS[next] ?? 'live';
    this.pick(view);
    // Focus follows the selection once the tabs re-render.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`#tab-${view}`)?.focus(),
    );
  }

  private pick(view: View): void {
    if (view === this.view) return;
    const event: PulseViewChangeEvent = new CustomEvent('pulse-view-change', {
      detail: { view },
      bubbles: true,
      composed: true,
    });
    this.dispatchEvent(event);
  }
}
