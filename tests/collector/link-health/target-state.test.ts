import { describe, expect, it } from 'vitest';
import { linkHealthSchema } from '../../../config/link-health.js';
import type { TargetRole } from '../../../contracts/live.js';
import {
  UNKNOWN_TARGET_HEALTH,
  foldRound,
  gradeRound,
  type RoundQuality,
  type TargetHealth,
} from '../../../collector/link-health/index.js';

const SETTINGS = linkHealthSchema.parse({});
const T0 = Date.UTC(2026, 10, 27, 1, 0, 0);
const ROUND_MS = 10_000;

const QUALITY: Record<string, RoundQuality> = { g: 'good', d: 'degraded', f: 'failed' };
const LETTER: Record<TargetHealth['state'], string> = {
  unknown: '?',
  up: 'U',
  degraded: 'D',
  down: 'X',
};

/** Folds rounds written as letters (g good, d degraded, f failed), one every 10 s from T0. */
function foldAll(rounds: string, settings = SETTINGS): TargetHealth[] {
  const states: TargetHealth[] = [];
  let health = UNKNOWN_TARGET_HEALTH;
  [...rounds].forEach((letter, index) => {
    health = foldRound(health, T0 + index * ROUND_MS, QUALITY[letter]!, settings);
    states.push(health);
  });
  return states;
}

const statesOf = (rounds: string, settings = SETTINGS): string =>
  foldAll(rounds, settings)
    .map((health) => LETTER[health.state])
    .join('');

describe('gradeRound', () => {
  const cases: [string, Record<string, number>, TargetRole | null, RoundQuality | null][] = [
    ['no answer', { up: 0 }, 'portal', 'failed'],
    ['every packet lost', { up: 1, loss_pct: 100 }, 'internet', 'failed'],
    ['loss at the 20 % threshold', { up: 1, rtt_ms: 12, loss_pct: 20 }, 'isp', 'degraded'],
    ['loss just below it', { up: 1, rtt_ms: 12, loss_pct: 19.9 }, 'isp', 'good'],
    ['a router answering in 49.9 ms', { up: 1, rtt_ms: 49.9 }, 'gateway', 'good'],
    ['a router answering in 50 ms', { up: 1, rtt_ms: 50 }, 'gateway', 'degraded'],
    ['a portal answering in 50 ms', { up: 1, rtt_ms: 50 }, 'portal', 'good'],
    ['a portal answering in 1 s', { up: 1, rtt_ms: 1000 }, 'portal', 'degraded'],
    ['a target the config does not name', { up: 1, rtt_ms: 999 }, null, 'good'],
    ['an answer without timings', { up: 1 }, 'dns', 'good'],
    ['a sample without "up"', { rx_bps: 5 }, 'lan', null],
  ];
  it.each(cases)('%s', (_name, fields, role, expected) => {
    expect(gradeRound(fields, role, SETTINGS)).toBe(expected);
  });

  it('takes its thresholds from the settings', () => {
    const strict = linkHealthSchema.parse({ degradedLossPct: 5, degradedRttMs: { portal: 40 } });
    expect(gradeRound({ up: 1, loss_pct: 5 }, 'portal', strict)).toBe('degraded');
    expect(gradeRound({ up: 1, rtt_ms: 45 }, 'portal', strict)).toBe('degraded');
  });
});

describe('foldRound', () => {
  // One letter per round: ? unknown, U up, D degraded, X down.
  const cases: [string, string, string][] = [
    ['two good rounds make a new target up', 'gg', '?U'],
    ['down after exactly two failed rounds', 'ggff', '?UUX'],
    ['a single failed round is not an outage', 'ggfg', '?UUU'],
    ['up again after exactly two good rounds', 'ggffgg', '?UUXXU'],
    ['one good round between failures does not end the outage', 'ggffgfgg', '?UUXXXXU'],
    ['a new target that never answers is down after two rounds', 'ff', '?X'],
    ['degraded after two poor rounds', 'ggdd', '?UUD'],
    ['one slow round is not degraded', 'ggdg', '?UUU'],
    ['back up after two good rounds', 'ggddgg', '?UUDDU'],
    ['a slow and a failed round make degraded, not down', 'ggdf', '?UUD'],
    ['then a second failed round makes down', 'ggdff', '?UUDX'],
    ['coming back slow is degraded', 'ffdd', '?XXD'],
    ['coming back with mixed rounds is degraded', 'ffgd', '?XXD'],
  ];
  it.each(cases)('%s (%s → %s)', (_name, rounds, expected) => {
    expect(statesOf(rounds)).toBe(expected);
  });

  it('needs as many rounds as the settings say', () => {
    const patient = { ...SETTINGS, downAfterRounds: 3, upAfterRounds: 4 };
    expect(statesOf('ggggfffgggg', patient)).toBe('???UUUXXXXU');
  });

  it('dates a state from the first round of the run that led to it', () => {
    const states = foldAll('ggffgg');
    expect(states[3]).toMatchObject({ state: 'down', sinceMs: T0 + 2 * ROUND_MS });
    expect(states[5]).toMatchObject({ state: 'up', sinceMs: T0 + 4 * ROUND_MS });
  });

  it('ignores a round that is not newer than the last (a resent batch)', () => {
    const [first, second] = foldAll('gg');
    expect(foldRound(second!, T0, 'failed', SETTINGS)).toBe(second);
    expect(foldRound(first!, T0, 'failed', SETTINGS)).toBe(first);
  });
});
