/** A JSON object, as read from the wire before its fields are checked. */
export type Json = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a number that is neither NaN nor infinite. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The items of `value` that `read` accepts; an empty list when `value` is not an array. */
export function arrayOf<T>(value: unknown, read: (item: unknown) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  return value.map(read).filter((item): item is T => item !== null);
}

/** A finite number, or null for anything else (a missing or malformed time reads as "none"). */
export function finiteOrNull(value: unknown): number | null {
  return isFiniteNumber(value) ? value : null;
}
