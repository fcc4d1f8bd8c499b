/**
 * The hashed files a build of the dashboard loads, as `index.html` names them: Vite writes them
 * under `assets/` with a content hash in the name, so a new build names other files. The dev
 * server's `./src/main.ts` is no build asset: a page served by it never looks outdated.
 */
export function isBuildAsset(url: string): boolean {
  return /(^|\/)assets\/[^/?#]+\.(js|css)([?#]|$)/.test(url);
}

/** The build assets `src`/`href` attributes name in an HTML text, sorted, each once. */
export function buildAssetsOfHtml(html: string): string[] {
  const urls = [...html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map(
    (match) => match[1] ?? '',
  );
  return normaliseAssets(urls);
}

/** The build assets among some URLs, sorted, each once. */
export function normaliseAssets(urls: readonly string[]): string[] {
  return [...new Set(urls.filter(isBuildAsset))].sort();
}

/**
 * True when a fresh `index.html` names other build assets than the page loaded with: the
 * collector was updated and the page should reload. False when either side names none (a dev
 * server, an error page from a proxy), so a page never reloads on a response it cannot read.
 */
export function isNewBuild(loadedAssets: readonly string[], freshHtml: string): boolean {
  const loaded = normaliseAssets(loadedAssets);
  const fresh = buildAssetsOfHtml(freshHtml);
  if (loaded.length === 0 || fresh.length === 0) return false;
  return loaded.length !== fresh.length || loaded.some((url, index) => url !== fresh[index]);
}
