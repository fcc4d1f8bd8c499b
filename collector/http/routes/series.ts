import { Router } from 'express';
import { z } from 'zod';
import type { SeriesGridResponse, SeriesResponse } from '../../../contracts/api.js';
import { slugSchema } from '../../../contracts/slug.js';
import type { Recorder, SeriesQuery } from '../../recorder/recorder.js';
import { HttpError } from '../http-error.js';
import { instantSchema } from '../query-params.js';
import { gridOfWindow, roundSeries, roundValues } from '../series-shape.js';
import { parseOrThrow } from '../validate.js';

const STEP_UNITS_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** Widest range one query may ask for (the 400 days of rollups). */
const MAX_RANGE_MS = 400 * 86_400_000;
/** Ranges longer than this get an automatic step when none is given, about 1,000 points a series. */
const RAW_RANGE_LIMIT_MS = 6 * 3_600_000;

/** Most metrics one query may list (a chart's fields, with room to spare). */
const MAX_METRICS = 16;
const METRIC = '[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*';

const seriesQuerySchema = z.object({
  // One metric, or several separated by commas: a view that draws five fields of the same
  // targets asks once, and the series of each come back labelled with their field.
  metric: z
    .string({ error: 'is required, as measurement.field (for example link.rtt_ms)' })
    .regex(
      new RegExp(`^${METRIC}(,${METRIC})*$`),
      'must be measurement.field, for example link.rtt_ms, or several separated by commas',
    )
    .transform((value) => [...new Set(value.split(','))])
    .refine(
      (metrics) => metrics.length <= MAX_METRICS,
      `must list ${MAX_METRICS} metrics or fewer`,
    ),
  site: slugSchema.optional(),
  target: slugSchema.optional(),
  probe: slugSchema.optional(),
  agg: z.enum(['mean', 'min', 'max'], { error: 'must be mean, min or max' }).optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  step: z
    .string()
    .regex(/^\d{1,6}[smhd]$/, 'must be a number and a unit s, m, h or d, for example 30s, 5m, 1h')
    .transform(
      (value) =>
        Number(value.slice(0, -1)) * STEP_UNITS_MS[value.at(-1) as keyof typeof STEP_UNITS_MS],
    )
    .refine((ms) => ms > 0, 'must be more than 0')
    .optional(),
  // How the points come: `[ms, value]` pairs (the default), or a grid of values per bucket whose
  // times follow from its start and step (under a third of the bytes for a day of five fields).
  form: z.enum(['pairs', 'grid'], { error: 'must be pairs or grid' }).optional(),
  // Significant digits of each value; default all (a mean prints 17 digits).
  precision: z
    .string()
    .regex(/^\d{1,2}$/, 'must be a number of significant digits from 1 to 17')
    .transform(Number)
    .refine((digits) => digits >= 1 && digits <= 17, 'must be from 1 to 17 significant digits')
    .optional(),
});

/**
 * `GET /api/v1/series`: points of one metric or several (`metric=link.rtt_ms,link.up`), filtered
 * by tags, raw or averaged per step; the series of each metric in the order they were listed.
 * `form=grid` sends bucketed values without their times and `precision` rounds them, for views
 * that draw a day of many series (the Connectivity view's first chart waits on this answer).
 */
export function seriesRoutes({
  recorder,
  clock,
}: {
  recorder: Recorder;
  clock: () => number;
}): Router {
  const router = Router();
  router.get('/api/v1/series', (request, response) => {
    const query = parseOrThrow(seriesQuerySchema, request.query, 'query parameters');
    const toMs = query.to ?? clock();
    const fromMs = query.from ?? toMs - 3_600_000;
    if (fromMs > toMs)
      throw new HttpError(400, 'from must not be after to', [
        { path: 'from', message: 'is after to' },
      ]);
    if (toMs - fromMs > MAX_RANGE_MS) {
      throw new HttpError(400, 'the range is longer than 400 days', [
        { path: 'from', message: 'ask for 400 days or less' },
      ]);
    }
    const autoStepMs =
      toMs - fromMs > RAW_RANGE_LIMIT_MS ? Math.ceil((toMs - fromMs) / 1000 / 1000) * 1000 : 0;
    const stepMs = query.step ?? autoStepMs;
    if (query.form === 'grid' && stepMs === 0) {
      throw new HttpError(400, 'form=grid needs buckets', [
        {
          path: 'form',
          message: 'give a step (for example step=1m), or ask for more than 6 hours',
        },
      ]);
    }
    const digits = query.precision;
    const queryOf = (metric: string): SeriesQuery => {
      const [measurement, field] = metric.split('.') as [string, string];
      return {
        measurement,
        field,
        site: query.site,
        target: query.target,
        probe: query.probe,
        fromMs,
        toMs,
        stepMs,
        agg: query.agg,
      };
    };
    let body: SeriesResponse | SeriesGridResponse;
    if (query.form === 'grid') {
      const grid = gridOfWindow(fromMs, toMs, stepMs);
      body = {
        series: query.metric.flatMap((metric) =>
          recorder.querySeriesGrid(queryOf(metric), grid).map(({ labels, values }) => ({
            labels,
            startMs: grid.startMs,
            stepMs,
            values: digits === undefined ? values : roundValues(values, digits),
          })),
        ),
      };
    } else {
      const series = query.metric.flatMap((metric) => recorder.querySeries(queryOf(metric)));
      body = {
        series: digits === undefined ? series : series.map((one) => roundSeries(one, digits)),
      };
    }
    response.json(body);
  });
  return router;
}
