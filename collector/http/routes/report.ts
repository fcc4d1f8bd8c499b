import { Router } from 'express';
import { z } from 'zod';
import type { PulseConfig } from '../../../config/schema.js';
import { slugSchema } from '../../../contracts/slug.js';
import { DEMO_SITE } from '../../../counters/queue-board.js';
import { kpiOptionsOf } from '../../../counters/kpis.js';
import { localDayOf } from '../../../counters/local-day.js';
import type { LinkHealth } from '../../link-health/index.js';
import type { Recorder } from '../../recorder/recorder.js';
import { daysOfIsoWeek, isoWeekOf, parseIsoWeek, previousIsoWeek } from '../../report/iso-week.js';
import { buildWeeklyReport } from '../../report/weekly-report.js';
import { parseOrThrow } from '../validate.js';

const weeklyQuerySchema = z.object({
  week: z
    .string()
    .refine(
      (text) => parseIsoWeek(text) !== undefined,
      'must be an ISO week such as 2026-W48 (weeks 01 to 52 or 53)',
    )
    .optional(),
  site: slugSchema.optional(),
});

/** `GET /api/v1/report/weekly?week=YYYY-Www&site=`: the weekly meeting's figures (default: this week, own site). */
export function reportRoutes({
  recorder,
  linkHealth,
  config,
  clock,
}: {
  recorder: Recorder;
  linkHealth: LinkHealth;
  config: PulseConfig;
  clock: () => number;
}): Router {
  const router = Router();
  router.get('/api/v1/report/weekly', (request, response) => {
    const query = parseOrThrow(weeklyQuerySchema, request.query, 'query parameters');
    const nowMs = clock();
    const week = query.week ? parseIsoWeek(query.week)! : isoWeekOf(localDayOf(nowMs));
    const site = query.site ?? config.site.id;
    const fromMs = Date.parse(`${daysOfIsoWeek(previousIsoWeek(week))[0]}T00:00:00+07:00`);
    const toMs = Date.parse(`${daysOfIsoWeek(week)[6]}T00:00:00+07:00`) + 86_400_000;
    const named = site === config.site.id || site === DEMO_SITE;
    response.json(
      buildWeeklyReport({
        site,
        siteName: site === config.site.id ? config.site.name : site,
        demo: site === DEMO_SITE,
        week,
        events: recorder.eventsBetween(site, fromMs, toMs),
        outages: site === linkHealth.site ? linkHealth.outages(fromMs, toMs) : [],
        fields: named ? config.fields : [],
        counters: named ? config.counters : [],
        kpiOptions: kpiOptionsOf({
          targetWaitSeconds: config.kpis.targetWaitMinutes * 60,
          defaultServiceSeconds: config.kpis.defaultServiceMinutes * 60,
          workingHours: config.workingHours,
        }),
        nowMs,
      }),
    );
  });
  return router;
}
