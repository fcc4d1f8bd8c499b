import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of OneStop Pulse's package.json, found by walking up from this module: the same code
 * runs from the TypeScript sources (tests) and from `dist/` (the installed bin).
 */
export function findPackageRoot(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'onestop-pulse'
    ) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('cannot find the onestop-pulse package.json above ' + fromUrl);
    dir = parent;
  }
}

/** Where `npm run build` puts the dashboard. */
export function defaultDashboardDir(): string {
  return join(findPackageRoot(), 'dist', 'dashboard');
}
