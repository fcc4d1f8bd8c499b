import type { CounterEvent } from '../../../../contracts/event.js';
import { computeBackoffMs } from '../../live/backoff.js';
import type { PressOutbox, SendOutcome } from './press-outbox.js';

/** What the sender needs: the outbox, how to send one batch, and how to tell the page. */
export interface OutboxSenderOptions {
  outbox: PressOutbox;
  send: (batch: CounterEvent[]) => Promise<SendOutcome>;
  /** Called after every attempt with the outcome, so the page can show "Đang chờ gửi N thao tác". */
  onChange: (outcome: SendOutcome | null) => void;
  /** Longest wait between two attempts (ms); short, because a counter waits for its presses. */
  maxDelayMs?: number;
}

/**
 * Sends the outbox in order, one request at a time, until it is empty; retries with a capped
 * backoff while the collector does not answer. `flush()` starts at once (after a press, when the
 * collector answers again); nothing runs while the outbox is empty.
 */
export class OutboxSender {
  private running = false;
  private again = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: OutboxSenderOptions) {}

  /** Sends what is pending now; a call during a send makes it go on afterwards. */
  flush(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  /** Stops retrying (the page is going away). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    const { outbox, send, onChange, maxDelayMs = 5000 } = this.options;
    this.running = true;
    let last: SendOutcome | null = null;
    try {
      for (;;) {
        this.again = false;
        const batch = outbox.nextBatch();
        if (batch.length === 0) break;
        last = await send(batch);
        outbox.settle(batch, last);
        onChange(last);
        if (last.kind === 'signed-out') return;
        if (last.kind === 'retry') {
          this.timer = setTimeout(
            () => this.flush(),
            computeBackoffMs(this.attempt++, { baseMs: 500, maxMs: maxDelayMs }),
          );
          return;
        }
        this.attempt = 0;
      }
    } finally {
      this.running = false;
    }
    onChange(last);
    if (this.again) this.flush();
  }
}
