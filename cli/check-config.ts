import { ConfigError, loadConfigFile } from '../config/index.js';

/** `check-config FILE`: prints every problem with its path and line; exit code 0 when valid. */
export async function checkConfigCommand(file: string, env: NodeJS.ProcessEnv): Promise<number> {
  try {
    const config = await loadConfigFile(file, env);
    console.log(
      `${file}: valid. Site "${config.site.id}", ${config.probes.targets.length} link target(s), ` +
        `${config.fields.length} field(s), ${config.counters.length} counter(s).`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
}
