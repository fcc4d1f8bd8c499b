/**
 * How tightly the wall screen packs the live load view: `roomy` for a centre up to the reference
 * centre's size (DOMAIN.md: six fields, six officials at the counters), three counter cards a
 * row; `dense` above it, where the queue and the counter cards take a slightly smaller type and
 * four cards a row, so that every field and counter still fits.
 */
export type TvDensity = 'roomy' | 'dense';

/** The most fields and counters the wall screen shows at its full type. */
export const ROOMY_LIMITS = { fields: 6, counters: 6 } as const;

/**
 * The density for a centre of `fieldCount` fields and `counterCount` counters: chosen from the
 * configuration, not by measuring the page, so the screen does not change its type as the
 * figures in it grow.
 */
export function tvDensityOf(fieldCount: number, counterCount: number): TvDensity {
  return fieldCount > ROOMY_LIMITS.fields || counterCount > ROOMY_LIMITS.counters
    ? 'dense'
    : 'roomy';
}
