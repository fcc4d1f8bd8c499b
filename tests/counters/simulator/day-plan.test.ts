import { describe, expect, it } from 'vitest';
import { planDay, simulatedFieldsOf } from '../../../counters/simulator/index.js';
import { demoCentreConfig } from '../../../config/index.js';

const centre = demoCentreConfig('local');
const options = (seed: number) => ({
  seed,
  fields: simulatedFieldsOf(centre.fields!.map((f) => f.id)),
  counters: centre.counters!.map((c) => ({ id: c.id, fields: c.fields ?? [] })),
});

describe('planDay', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
    'gives a day of the reference centre for seed %i',
    (seed) => {
      const plan = planDay(options(seed));
      const procedures = plan.filter(
        (p) => p.event.type === 'service.completed' && p.event.outcome !== 'guided',
      );
      expect(procedures.length).toBeGreaterThanOrEqual(30);
      expect(procedures.length).toBeLessThanOrEqual(45);
      // Every ticket ends served or as a no-show, and every counter pauses for lunch and closes.
      const issued = plan.filter((p) => p.event.type === 'ticket.issued').length;
      const ended = plan.filter(
        (p) => p.event.type === 'service.completed' || p.event.type === 'ticket.no_show',
      ).length;
      expect(ended).toBe(issued);
      expect(plan.filter((p) => p.event.type === 'counter.paused')).toHaveLength(6);
      expect(plan.filter((p) => p.event.type === 'counter.closed')).toHaveLength(6);
    },
  );

  it('is reproducible for a seed and differs between seeds', () => {
    expect(planDay(options(7))).toEqual(planDay(options(7)));
    expect(planDay(options(7))).not.toEqual(planDay(options(8)));
  });

  it('has its peak in the morning and nobody called during the lunch break', () => {
    const plan = planDay(options(3));
    const hourOf = (s: number) => s / 3600;
    const morning = plan.filter(
      (p) => p.event.type === 'ticket.issued' && hourOf(p.atSeconds) < 11.5,
    ).length;
    const afternoon = plan.filter(
      (p) => p.event.type === 'ticket.issued' && hourOf(p.atSeconds) >= 13.5,
    ).length;
    expect(morning).toBeGreaterThan(afternoon);
    const lunchCalls = plan.filter(
      (p) =>
        p.event.type === 'ticket.called' &&
        hourOf(p.atSeconds) >= 11.5 &&
        hourOf(p.atSeconds) < 13.5,
    );
    expect(lunchCalls).toEqual([]);
  });
});
