import { ConfigError, loadSettings } from '../config/index.js';
import { startCollector } from '../collector/main.js';
import { createLogger } from './logger.js';

/** `start [--config FILE] [--demo]`: runs the collector until SIGINT or SIGTERM. */
export async function startCommand(
  options: { config?: string; demo?: boolean },
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const logger = createLogger(env);
  let settings;
  try {
    settings = await loadSettings({ configPath: options.config, demo: options.demo, env });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
  const collector = await startCollector({ settings, logger });
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      logger.info({ signal }, 'stopping');
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await collector.close();
  return 0;
}
