import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { pino } from 'pino';
import { ConfigError, loadSettings } from '../config/index.js';
import { startCollector, type RunningCollector } from '../collector/main.js';
import { defaultDashboardDir } from '../collector/package-root.js';
import { ChromiumMissingError, DEFAULT_CHROMIUM_PATH, launchChromium } from './chromium.js';
import { ReportRenderError, renderReportFile, type ReportFormat } from './report-render.js';

/** Options of `report`, as commander parses them. */
export interface ReportCommandOptions {
  week?: string;
  out: string;
  collector?: string;
  dataDir?: string;
  config?: string;
  site?: string;
  token?: string;
  lang?: string;
}

const ISO_WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;
const FORMATS: Record<string, ReportFormat> = { '.png': 'png', '.pdf': 'pdf' };

/**
 * `report --week 2026-W48 --out report.png|.pdf`: draws the weekly report view in headless
 * Chromium, from a running collector (`--collector URL`) or straight from a data directory
 * (`--data-dir DIR`, with `--config` for the centre's names and working hours): an in-process
 * collector on a loopback port with no probes, no demo and no forwarding, closed afterwards.
 * Returns the exit code: 0 written, 1 failed (with the reason on stderr), 2 usage.
 */
export async function reportCommand(
  options: ReportCommandOptions,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  // Validate every option at the edge, before starting anything.
  const format = FORMATS[extname(options.out).toLowerCase()];
  if (!format) {
    console.error(`--out ${options.out}: the file must end in .png or .pdf`);
    return 2;
  }
  const week = options.week?.toUpperCase() ?? null;
  if (week !== null && !ISO_WEEK.test(week)) {
    console.error(`--week ${options.week}: must be an ISO week such as 2026-W48`);
    return 2;
  }
  const language = options.lang ?? 'vi';
  if (language !== 'vi' && language !== 'en') {
    console.error(`--lang ${options.lang}: must be vi or en`);
    return 2;
  }
  if (Boolean(options.collector) === Boolean(options.dataDir)) {
    console.error(
      'report: give either --collector URL (a running collector) or --data-dir DIR (its data folder)',
    );
    return 2;
  }

  let local: RunningCollector | undefined;
  try {
    let collectorUrl = options.collector;
    let viewerToken = options.token ?? env.PULSE_VIEWER_TOKEN;
    if (options.dataDir) {
      const started = await startLocalCollector(options, env);
      if (typeof started === 'number') return started;
      local = started.collector;
      collectorUrl = local.url;
      viewerToken = started.viewerToken;
    }
    const browser = await launchChromium(env.PULSE_CHROMIUM ?? DEFAULT_CHROMIUM_PATH);
    try {
      const file = await renderReportFile({
        browser,
        collectorUrl: collectorUrl!,
        week,
        site: options.site ?? null,
        language,
        format,
        viewerToken,
      });
      await writeFile(options.out, file);
    } finally {
      await browser.close();
    }
    console.log(`report: wrote ${resolve(options.out)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ChromiumMissingError || error instanceof ReportRenderError)) throw error;
    console.error(`report: ${error.message}`);
    return 1;
  } finally {
    await local?.close();
  }
}

/**
 * A collector of the data directory for the time of one report: the centre's settings (names,
 * fields, working hours, KPI targets) on a free loopback port, with nothing running beside the
 * API (no probes, no demo, no forwarding to InfluxDB), so the figures are the recorded ones.
 */
async function startLocalCollector(
  options: ReportCommandOptions,
  env: NodeJS.ProcessEnv,
): Promise<{ collector: RunningCollector; viewerToken: string | undefined } | number> {
  const dataDir = resolve(options.dataDir!);
  if (!existsSync(dataDir)) {
    console.error(`--data-dir ${options.dataDir}: no such folder`);
    return 2;
  }
  const dashboardDir = env.PULSE_DASHBOARD_DIR ?? defaultDashboardDir();
  if (!existsSync(join(dashboardDir, 'index.html'))) {
    console.error(
      `report: the dashboard is not built in ${dashboardDir}: run "npm run build", then try again`,
    );
    return 1;
  }
  let settings;
  try {
    settings = await loadSettings({ configPath: options.config, env });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
  const { config } = settings;
  config.server = { ...config.server, dataDir, port: 0, host: '127.0.0.1' };
  config.probes = { ...config.probes, targets: [] };
  config.demo = { ...config.demo, enabled: false };
  config.influx = { ...config.influx, url: undefined };
  const collector = await startCollector({
    settings,
    // The report prints its own messages; the collector's start-up lines would only be noise.
    logger: pino({ level: env.PULSE_LOG_LEVEL ?? 'warn' }),
    dashboardDir,
  });
  return { collector, viewerToken: config.auth.viewerToken };
}
