import { z } from 'zod';
import { slugSchema } from './slug.js';
import { timestampMsSchema } from './timestamp.js';

/** Name of a measurement or field, as written to InfluxDB: snake_case with units in the name (`rtt_ms`). */
const NAME_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
/** Most fields one sample may carry; a probe emits about ten. */
export const MAX_FIELDS_PER_SAMPLE = 32;

const nameSchema = z
  .string()
  .regex(NAME_PATTERN, 'must be snake_case: a-z, 0-9 and "_", starting with a letter, at most 64');

/** One measurement of one target at one time, as probes produce and `POST /api/v1/samples` accepts. */
export const sampleSchema = z.object({
  ts: timestampMsSchema,
  site: slugSchema,
  measurement: nameSchema,
  target: slugSchema,
  probe: slugSchema,
  fields: z
    .record(nameSchema, z.number().refine(Number.isFinite, 'must be a finite number'))
    .refine((fields) => Object.keys(fields).length > 0, 'must hold at least one field')
    .refine(
      (fields) => Object.keys(fields).length <= MAX_FIELDS_PER_SAMPLE,
      `must hold at most ${MAX_FIELDS_PER_SAMPLE} fields`,
    ),
});

/** A validated sample; `ts` is epoch milliseconds. */
export type Sample = z.output<typeof sampleSchema>;

/** A sample as a client may send it (`ts` may be an ISO 8601 string). */
export type SampleInput = z.input<typeof sampleSchema>;
