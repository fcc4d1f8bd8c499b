import { expect } from 'vitest';
import { planDay, simulatedFieldsOf } from '../../counters/simulator/index.js';
import { INGEST_HEADERS } from './collector.js';

/** Midnight of a day (`YYYY-MM-DD`) in Asia/Ho_Chi_Minh, epoch ms. */
export const midnightOf = (day: string): number => Date.parse(`${day}T00:00:00+07:00`);

/** A simulated day of the test centre's two fields and two counters, as events to post. */
export function simulatedDay(day: string, seed: number) {
  const plan = planDay({
    seed,
    fields: simulatedFieldsOf(['tu-phap-ho-tich', 'chung-thuc']),
    counters: [
      { id: '1', fields: ['tu-phap-ho-tich'] },
      { id: '2', fields: ['chung-thuc'] },
    ],
  });
  return plan.map((planned, i) => ({
    ...planned.event,
    id: `${day}-${i}`,
    ts: midnightOf(day) + planned.atSeconds * 1000,
    site: 'test-centre',
  }));
}

/** Posts items to the collector in batches under the test centre's 64 KiB body limit. */
export async function postInBatches(
  url: string,
  path: string,
  items: readonly unknown[],
): Promise<void> {
  for (let i = 0; i < items.length; i += 200) {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: INGEST_HEADERS,
      body: JSON.stringify(items.slice(i, i + 200)),
    });
    expect(response.status).toBe(202);
  }
}
