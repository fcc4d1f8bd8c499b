import { describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../../../../contracts/queue.js';
import '../../../../../dashboard/src/components/field-queue/field-queue.js';
import { NOW_MS, kpiFigures, minutesAgo, queueKpis } from '../figures.js';
import { mount, part, parts, textOf, update } from '../mount.js';

function snapshot(changes: Partial<QueueSnapshot> = {}): QueueSnapshot {
  return {
    site: 'test-centre',
    demo: false,
    asOfMs: minutesAgo(1),
    fields: [
      {
        field: 'tu-phap',
        name: 'Tư pháp – Hộ tịch',
        waiting: 3,
        serving: 1,
        oldestWaitingSinceMs: minutesAgo(17),
      },
      {
        field: 'chung-thuc',
        name: 'Chứng thực',
        waiting: 0,
        serving: 0,
        oldestWaitingSinceMs: null,
      },
      {
        field: 'dat-dai',
        name: 'Đất đai',
        waiting: 2,
        serving: 0,
        oldestWaitingSinceMs: minutesAgo(4),
      },
    ],
    counters: [],
    totals: { waiting: 5, serving: 1, servedToday: 1250, issuedToday: 1256 },
    kpis: queueKpis(
      {},
      {
        fields: [
          { ...kpiFigures(), field: 'tu-phap', openCounters: 1, estimatedWaitSeconds: 24 * 60 },
          { ...kpiFigures(), field: 'chung-thuc', openCounters: 1, estimatedWaitSeconds: 0 },
          { ...kpiFigures(), field: 'dat-dai', openCounters: 0, estimatedWaitSeconds: null },
        ],
      },
    ),
    ...changes,
  };
}

describe('pulse-field-queue', () => {
  it('shows the site’s totals as a description list', async () => {
    const queue = await mount('pulse-field-queue', {
      queue: snapshot(),
      nowMs: NOW_MS,
      language: 'en',
    });
    const terms = parts(queue, 'dt').map(textOf);
    expect(terms).toEqual(['Waiting', 'Being served', 'Served today']);
    expect(textOf(part(queue, '[data-testid="queue-waiting"]'))).toBe('5');
    expect(textOf(part(queue, '[data-testid="queue-served-today"]'))).toBe('1,250');
    expect(textOf(part(queue, '.as-of'))).toBe('Updated at 09:59:00');
  });

  it('lists the fields in the configured order with the longest wait and the estimate in words', async () => {
    const queue = await mount('pulse-field-queue', {
      queue: snapshot(),
      nowMs: NOW_MS,
      language: 'en',
    });
    expect(parts(queue, '.fields li .name').map(textOf)).toEqual([
      'Tư pháp – Hộ tịch',
      'Chứng thực',
      'Đất đai',
    ]);
    expect(textOf(part(queue, '[data-testid="field-tu-phap"]'))).toBe(
      'Tư pháp – Hộ tịch 3 waiting longest wait 17 min a new ticket waits about 24 min',
    );
    expect(textOf(part(queue, '[data-testid="field-longest-chung-thuc"]'))).toBe('nobody waiting');
    expect(textOf(part(queue, '[data-testid="field-estimate-chung-thuc"]'))).toBe(
      'a new ticket waits about: no wait',
    );
    expect(textOf(part(queue, '[data-testid="field-estimate-dat-dai"]'))).toBe('no counter open');
  });

  it('on a wall screen is a table of one line per field, the words in its headings', async () => {
    const queue = await mount('pulse-field-queue', {
      queue: snapshot(),
      nowMs: NOW_MS,
      language: 'en',
      tv: true,
    });
    expect(parts(queue, 'thead th[scope="col"]').map(textOf)).toEqual([
      'Field',
      'waiting',
      'longest wait',
      'a new ticket waits about',
    ]);
    const rows = parts(queue, 'tbody tr').map((row) => [...row.children].map(textOf));
    expect(rows).toEqual([
      ['Tư pháp – Hộ tịch', '3', '17 min', '24 min'],
      ['Chứng thực', '0', '—nobody waiting', 'no wait'],
      ['Đất đai', '2', '4 min', 'no counter open'],
    ]);
    // Nobody waiting shows a dash to the eye and says so to a screen reader, which would read
    // the dash as "dash".
    const empty = part(queue, '[data-testid="field-longest-chung-thuc"]');
    expect(empty.querySelector('[aria-hidden="true"]')?.textContent).toBe('—');
    expect(empty.querySelector('.spoken')!.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    // Each field names its row for a screen reader, as the headings name the columns.
    expect(parts(queue, 'tbody th[scope="row"]').map(textOf)).toEqual([
      'Tư pháp – Hộ tịch',
      'Chứng thực',
      'Đất đai',
    ]);
    expect(part(queue, '[data-testid="field-longest-tu-phap"]').dataset.value).toBe(
      String(17 * 60),
    );
  });

  it('lets the oldest ticket’s wait grow while nobody is called', async () => {
    const queue = await mount('pulse-field-queue', {
      queue: snapshot(),
      nowMs: NOW_MS,
      language: 'en',
    });
    await update(queue, { nowMs: NOW_MS + 5 * 60_000 });
    expect(textOf(part(queue, '[data-testid="field-longest-tu-phap"]'))).toBe(
      'longest wait 22 min',
    );
  });

  it('marks simulated data with a note, in Vietnamese by default', async () => {
    const queue = await mount('pulse-field-queue', {
      queue: snapshot({ demo: true }),
      nowMs: NOW_MS,
    });
    const badge = part(queue, '[data-testid="demo-badge"]');
    expect(badge.getAttribute('role')).toBe('note');
    expect(textOf(badge)).toBe('Dữ liệu mô phỏng (demo)');
  });

  it('waits for the first snapshot with a line instead of zeros', async () => {
    const queue = await mount('pulse-field-queue', { queue: null });
    expect(textOf(part(queue, '.empty'))).toBe('Chưa có số liệu hàng chờ.');
    expect(queue.shadowRoot!.querySelector('[data-testid="queue-waiting"]')).toBeNull();
  });
});
