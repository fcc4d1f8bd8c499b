import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CounterEvent } from '../../../contracts/event.js';
import type { DeviceKind, TerminalConfig, TerminalState } from '../../../contracts/terminal.js';
import type { TerminalApi } from './api/terminal-api.js';
import { localPressStore } from './outbox/local-press-store.js';
import { OutboxSender } from './outbox/outbox-sender.js';
import { PressOutbox, type SendOutcome } from './outbox/press-outbox.js';
import { newPressId } from './press-id.js';

/** Where a terminal page stands: loading, asking for the device code, or ready to be used. */
export type TerminalPhase = 'loading' | 'sign-in' | 'wrong-kind' | 'ready';

/** A press as a page describes it: the controller adds id, time and site. */
export type Press = Omit<CounterEvent, 'id' | 'ts' | 'site'>;

/** Options of {@link TerminalController}. */
export interface TerminalControllerOptions {
  /** The kind of device this page is for. */
  kind: DeviceKind;
  api: TerminalApi;
  /** How often the device's view of the queue is read (ms); also how soon a lost link is seen. */
  pollMs?: number;
}

/**
 * Everything a terminal page shares: the device session (sign-in once, then a cookie), the
 * centre's names, the device's view of the queue read every few seconds, the collector's clock,
 * and the outbox that keeps every press on the device until the collector has it.
 */
export class TerminalController implements ReactiveController {
  phase: TerminalPhase = 'loading';
  config: TerminalConfig | null = null;
  state: TerminalState | null = null;
  /** False while the collector does not answer. */
  online = true;
  /** Why the last sign-in failed, in words for the page. */
  signInProblem: 'wrong-code' | 'unreachable' | null = null;

  private readonly outbox: PressOutbox;
  private readonly sender: OutboxSender;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  /** Collector clock minus device clock (ms): presses are stamped on the collector's time line. */
  private clockOffsetMs = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TerminalControllerOptions,
  ) {
    host.addController(this);
    this.outbox = new PressOutbox(localPressStore(`onestop-pulse.presses.${options.kind}`));
    this.sender = new OutboxSender({
      outbox: this.outbox,
      send: (batch) => options.api.sendEvents(batch),
      onChange: (outcome) => this.afterSend(outcome),
    });
  }

  hostConnected(): void {
    void this.load();
    this.pollTimer = setInterval(() => void this.poll(), this.options.pollMs ?? 3000);
  }

  hostDisconnected(): void {
    clearInterval(this.pollTimer);
    this.sender.stop();
  }

  /** Presses kept on the device and not yet acknowledged by the collector. */
  get pendingCount(): number {
    return this.outbox.pending.length;
  }

  /** Presses the collector refused (a bug or a revoked device): shown so someone looks. */
  get rejectedCount(): number {
    return this.outbox.rejected.length;
  }

  /** Presses still waiting, oldest first (the counter page replays them over the collector's view). */
  get pendingPresses(): readonly CounterEvent[] {
    return this.outbox.pending;
  }

  /** Now on the collector's clock (epoch ms). */
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** Records a press on the device at once, then sends it (now, or when the collector is back). */
  press(press: Press): CounterEvent {
    const event = {
      ...press,
      id: newPressId(),
      ts: this.now(),
      site: this.config!.site.id,
    } as CounterEvent;
    this.outbox.enqueue(event);
    this.host.requestUpdate();
    this.sender.flush();
    return event;
  }

  /** Trades the typed code for a device session, then loads the page. */
  async signIn(code: string): Promise<void> {
    const result = await this.options.api.signIn(code);
    if (!result.ok) {
      this.signInProblem = result.problem === 'unreachable' ? 'unreachable' : 'wrong-code';
      this.host.requestUpdate();
      return;
    }
    this.signInProblem = null;
    await this.load();
  }

  /** Reads the device's view now (after a press the page wants reflected). */
  async refresh(): Promise<void> {
    await this.poll();
  }

  private async load(): Promise<void> {
    const session = await this.options.api.session();
    if (session.ok && session.value.device === null) {
      this.phase = 'sign-in';
      this.online = true;
      this.host.requestUpdate();
      return;
    }
    if (session.ok && session.value.revoked) this.signInProblem = 'wrong-code';
    const result = await this.options.api.config();
    if (result.ok) {
      this.config = result.value;
      this.phase = result.value.device.kind === this.options.kind ? 'ready' : 'wrong-kind';
      this.online = true;
      if (this.phase === 'ready') {
        await this.poll();
        this.sender.flush();
      }
    } else if (result.problem === 'signed-out') {
      this.phase = 'sign-in';
    } else {
      // Unreachable at start: keep the loading screen, the next poll tries again.
      this.online = false;
    }
    this.host.requestUpdate();
  }

  private async poll(): Promise<void> {
    if (this.phase !== 'ready') {
      if (this.phase === 'loading') await this.load();
      return;
    }
    const sentAt = Date.now();
    const result = await this.options.api.state();
    if (result.ok) {
      // The answer was made about halfway through the round trip.
      // Whole milliseconds: event times must be integers.
      this.clockOffsetMs = Math.round(result.value.atMs - (sentAt + Date.now()) / 2);
      this.state = result.value;
      const wasOffline = !this.online;
      this.online = true;
      if (wasOffline || this.outbox.pending.length > 0) this.sender.flush();
    } else if (result.problem === 'signed-out') {
      this.phase = 'sign-in';
    } else {
      this.online = false;
    }
    this.host.requestUpdate();
  }

  private afterSend(outcome: SendOutcome | null): void {
    if (outcome?.kind === 'retry') this.online = false;
    // Read the view again, so that the page shows the collector's state with the presses in it.
    if (outcome?.kind === 'accepted') {
      this.online = true;
      void this.poll();
    }
    if (outcome?.kind === 'signed-out') this.phase = 'sign-in';
    if (outcome?.kind === 'refused') console.error(`a press was refused: ${outcome.reason}`);
    this.host.requestUpdate();
  }
}
