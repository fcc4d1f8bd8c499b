import type { FieldKpis, KpiFigures, QueueBaseline, QueueKpis } from '../../../contracts/queue.js';
import { arrayOf, finiteOrNull, isFiniteNumber, isObject } from './read-json.js';

/** Hours in a day: the length of every per-hour array. */
const HOURS = 24;

/**
 * Today's figures of a queue snapshot, checked field by field. Null when the part is missing
 * (a collector older than issue 5) or has no site figures; a malformed field entry is dropped, a
 * malformed number reads as "not measured" (null) or 0 for counts.
 */
export function readQueueKpis(value: unknown): QueueKpis | null {
  if (!isObject(value) || !isFiniteNumber(value.atMs)) return null;
  const site = readKpiFigures(value.site);
  if (!site) return null;
  return {
    atMs: value.atMs,
    targetWaitSeconds: isFiniteNumber(value.targetWaitSeconds) ? value.targetWaitSeconds : 900,
    site,
    fields: arrayOf(value.fields, readFieldKpis),
  };
}

/** "A normal day" of a queue snapshot; null when missing or when its hours are not 24. */
export function readQueueBaseline(value: unknown): QueueBaseline | null {
  if (!isObject(value)) return null;
  const arrivalsByHour = readHours(value.arrivalsByHour, finiteOrNull);
  const completionsByHour = readHours(value.completionsByHour, finiteOrNull);
  if (!arrivalsByHour || !completionsByHour) return null;
  const days = Array.isArray(value.days)
    ? value.days.filter((day): day is string => typeof day === 'string')
    : [];
  return { days, arrivalsByHour, completionsByHour };
}

function readKpiFigures(value: unknown): KpiFigures | null {
  if (!isObject(value)) return null;
  const count = (key: string): number => (isFiniteNumber(value[key]) ? value[key] : 0);
  const measured = (key: string): number | null => finiteOrNull(value[key]);
  return {
    arrivalsByHour: readHours(value.arrivalsByHour, countOrZero) ?? zeroHours(),
    completionsByHour: readHours(value.completionsByHour, countOrZero) ?? zeroHours(),
    arrivalsLastHour: count('arrivalsLastHour'),
    completionsLastHour: count('completionsLastHour'),
    issued: count('issued'),
    completed: count('completed'),
    noShows: count('noShows'),
    waitP50Seconds: measured('waitP50Seconds'),
    waitP90Seconds: measured('waitP90Seconds'),
    waitMaxSeconds: measured('waitMaxSeconds'),
    servedWithinTargetShare: measured('servedWithinTargetShare'),
    serviceP50Seconds: measured('serviceP50Seconds'),
    serviceP90Seconds: measured('serviceP90Seconds'),
    noShowRate: measured('noShowRate'),
    ratings: count('ratings'),
    satisfiedShare: measured('satisfiedShare'),
    ratingMean: measured('ratingMean'),
  };
}

function readFieldKpis(value: unknown): FieldKpis | null {
  if (!isObject(value) || typeof value.field !== 'string') return null;
  const figures = readKpiFigures(value);
  if (!figures) return null;
  return {
    field: value.field,
    ...figures,
    openCounters: isFiniteNumber(value.openCounters) ? value.openCounters : 0,
    estimatedWaitSeconds: finiteOrNull(value.estimatedWaitSeconds),
  };
}

/** 24 values read one by one, or null when `value` is not an array of 24. */
function readHours<T>(value: unknown, read: (item: unknown) => T): T[] | null {
  if (!Array.isArray(value) || value.length !== HOURS) return null;
  return value.map(read);
}

function countOrZero(value: unknown): number {
  return isFiniteNumber(value) ? value : 0;
}

function zeroHours(): number[] {
  return new Array<number>(HOURS).fill(0);
}
