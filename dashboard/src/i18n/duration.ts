import type { Messages } from './catalogue-vi.js';

/**
 * A duration in plain words, to the two largest units and whole seconds: `45 giây`,
 * `3 phút 20 giây`, `1 giờ 5 phút`, `2 ngày 3 giờ` (`3 min 20 s` in English). A lower unit of
 * zero is left out (`1 giờ`, not `1 giờ 0 phút`); a negative duration reads as zero.
 */
export function formatDurationS(durationS: number, messages: Messages): string {
  const totalS = Math.max(0, Math.round(durationS));
  const days = Math.floor(totalS / 86_400);
  const hours = Math.floor((totalS % 86_400) / 3_600);
  const minutes = Math.floor((totalS % 3_600) / 60);
  const seconds = totalS % 60;
  const units: [number, string][] = [
    [days, messages.durationDays],
    [hours, messages.durationHours],
    [minutes, messages.durationMinutes],
    [seconds, messages.durationSeconds],
  ];
  const first = units.findIndex(([value]) => value > 0);
  if (first === -1) return `0 ${messages.durationSeconds}`;
  return units
    .slice(first, first + 2)
    .filter(([value], index) => index === 0 || value > 0)
    .map(([value, unit]) => `${value} ${unit}`)
    .join(' ');
}
