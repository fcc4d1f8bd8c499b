import type { SimulatedField } from './day-plan.js';

/** How often and how long, for the fields of the reference centre (shares and medians are estimates). */
const KNOWN_FIELDS: Record<string, Omit<SimulatedField, 'id'>> = {
  'tu-phap-ho-tich': { weight: 3, medianServiceMinutes: 8 },
  'chung-thuc': { weight: 3, medianServiceMinutes: 4 },
  'dat-dai': { weight: 1.5, medianServiceMinutes: 15 },
  'xay-dung': { weight: 0.5, medianServiceMinutes: 12 },
  'kinh-doanh': { weight: 1, medianServiceMinutes: 10 },
  'van-hoa-xa-hoi': { weight: 1, medianServiceMinutes: 8 },
};

/** Simulation parameters of configured fields; a field the table does not know gets average ones. */
export function simulatedFieldsOf(fieldIds: readonly string[]): SimulatedField[] {
  return fieldIds.map((id) => ({
    id,
    ...(KNOWN_FIELDS[id] ?? { weight: 1, medianServiceMinutes: 8 }),
  }));
}
