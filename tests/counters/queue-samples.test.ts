import { describe, expect, it } from 'vitest';
import { sampleSchema } from '../../contracts/sample.js';
import type { CounterEvent } from '../../contracts/event.js';
import { QueueModel } from '../../counters/queue-model.js';
import { queueSamplesOf } from '../../counters/queue-samples.js';

const at = (time: string): number => Date.parse(`2026-11-27T${time}:00+07:00`);
const names = {
  fields: [
    { id: 'tu-phap-ho-tich', name: 'Tư pháp – Hộ tịch' },
    { id: 'chung-thuc', name: 'Chứng thực' },
  ],
  counters: [{ id: '2', name: 'Quầy 2', fields: ['chung-thuc'] }],
};
const event = (id: string, time: string, type: CounterEvent['type'], extra = {}) =>
  ({ id, ts: at(time), site: 'binh-xuyen', type, ...extra }) as CounterEvent;

describe('queueSamplesOf', () => {
  const model = new QueueModel('binh-xuyen', names, false, { clock: () => at('08:30') });
  model.applyAll([
    event('o', '07:30', 'counter.opened', { counter: '2' }),
    event('i1', '08:00', 'ticket.issued', { ticket: 'A001', field: 'chung-thuc' }),
    event('i2', '08:10', 'ticket.issued', { ticket: 'A002', field: 'chung-thuc' }),
    event('c1', '08:05', 'ticket.called', { ticket: 'A001', counter: '2' }),
  ]);
  const samples = queueSamplesOf(model.snapshot(), at('08:30'));

  it('gives one valid queue sample per field, tagged by the field slug', () => {
    expect(samples.map((s) => s.target)).toEqual(['tu-phap-ho-tich', 'chung-thuc']);
    for (const sample of samples) {
      expect(sampleSchema.parse(sample)).toEqual(sample);
      expect(sample).toMatchObject({ site: 'binh-xuyen', measurement: 'queue', probe: 'queue' });
    }
  });

  it('carries the live counts and the waits of the field', () => {
    expect(samples[1]).toEqual({
      ts: at('08:30'),
      site: 'binh-xuyen',
      measurement: 'queue',
      target: 'chung-thuc',
      probe: 'queue',
      fields: { waiting: 1, serving: 1, open_counters: 1, wait_p50_s: 300, wait_max_s: 1200 },
    });
  });

  it('leaves the waits out of a field where nobody has waited, rather than writing zero', () => {
    expect(samples[0]!.fields).toEqual({ waiting: 0, serving: 0, open_counters: 0 });
  });
});
