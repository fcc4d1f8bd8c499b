import { describe, expect, it } from 'vitest';
import { counterEventSchema, sampleSchema, toValidationProblems } from '../../contracts/index.js';

const sample = {
  ts: 1795741200000,
  site: 'binh-xuyen',
  measurement: 'link',
  target: 'dvc-portal',
  probe: 'http',
  fields: { up: 1, rtt_ms: 42.1 },
};

function problems(
  schema: typeof sampleSchema | typeof counterEventSchema,
  input: unknown,
): string[] {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : toValidationProblems(result.error).map((p) => `${p.path}: ${p.message}`);
}

describe('sample contract', () => {
  it('normalises an ISO 8601 time with a zone to epoch ms', () => {
    expect(sampleSchema.parse({ ...sample, ts: '2026-11-27T07:00:00+07:00' }).ts).toBe(
      Date.UTC(2026, 10, 27, 0, 0, 0),
    );
  });

  it.each([
    ['seconds instead of ms', { ts: 1795741200 }, /^ts: .*not seconds/],
    ['a date without a zone', { ts: '2026-11-27T07:00:00' }, /^ts: .*zone/],
    ['a missing site', { site: undefined }, /^site: is required/],
    [
      'a tag with spaces and markup',
      { target: '<script>alert(1)</script>' },
      /^target: must be a slug/,
    ],
    ['a string field', { fields: { rtt_ms: '42' } }, /^fields.rtt_ms: .*number/],
    [
      'a field name with units in the wrong case',
      { fields: { RTT: 1 } },
      /^fields.RTT: must be snake_case/,
    ],
    ['no fields', { fields: {} }, /^fields: must hold at least one/],
    ['an infinite value', { fields: { rtt_ms: Number.POSITIVE_INFINITY } }, /^fields.rtt_ms/],
  ])('rejects %s', (_what, change, message) => {
    expect(problems(sampleSchema, { ...sample, ...change })).toEqual([
      expect.stringMatching(message),
    ]);
  });
});

describe('event contract', () => {
  const base = { id: 'k-20261127-0042-called', ts: 1795741200000, site: 'binh-xuyen' };

  it.each([
    [{ type: 'ticket.called', ticket: 'A042', counter: '3' }, []],
    [{ type: 'ticket.called', ticket: 'A042' }, ['counter: is required for a ticket.called event']],
    [
      { type: 'service.completed', ticket: 'A042', counter: '3' },
      ['outcome: is required for a service.completed event'],
    ],
    [{ type: 'rating.submitted', rating: 5 }, [expect.stringMatching(/^rating: must be 1/)]],
    [
      { type: 'ticket.teleported', ticket: 'A1' },
      [expect.stringMatching(/^type: must be one of ticket.issued/)],
    ],
    [
      { type: 'counter.opened', counter: '3', id: 'has space' },
      [expect.stringMatching(/^id: must be printable ASCII/)],
    ],
  ])('checks %o', (change, expected) => {
    expect(problems(counterEventSchema, { ...base, ...change })).toEqual(expected);
  });
});
