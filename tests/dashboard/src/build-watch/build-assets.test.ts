import { describe, expect, it } from 'vitest';
import {
  buildAssetsOfHtml,
  isNewBuild,
} from '../../../../dashboard/src/build-watch/build-assets.js';

/** An index.html as Vite writes it, naming one script and one style sheet. */
const indexHtml = (script: string, style = 'index-DfjBSN8u.css') => `<!doctype html>
<html lang="vi">
  <head>
    <link rel="icon" href="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" />
    <script type="module" crossorigin src="./assets/${script}"></script>
    <link rel="stylesheet" crossorigin href="./assets/${style}">
  </head>
  <body><pulse-app></pulse-app></body>
</html>`;
const LOADED = ['./assets/index-Dj7oiSWu.js', './assets/index-DfjBSN8u.css'];

describe('buildAssetsOfHtml', () => {
  it('lists the hashed scripts and style sheets, sorted, and nothing else', () => {
    expect(buildAssetsOfHtml(indexHtml('index-Dj7oiSWu.js'))).toEqual([
      './assets/index-DfjBSN8u.css',
      './assets/index-Dj7oiSWu.js',
    ]);
  });

  it('finds none in the dev server’s page', () => {
    expect(buildAssetsOfHtml('<script type="module" src="./src/main.ts"></script>')).toEqual([]);
  });
});

describe('isNewBuild', () => {
  it.each([
    ['the same build', indexHtml('index-Dj7oiSWu.js'), false],
    ['a new script', indexHtml('index-B0gUs7xQ.js'), true],
    ['a new style sheet', indexHtml('index-Dj7oiSWu.js', 'index-Zz9.css'), true],
    ['an error page of a proxy', '<html><body>502 Bad Gateway</body></html>', false],
    ['an empty answer', '', false],
  ])('%s → %s', (_name, html, expected) => {
    expect(isNewBuild(LOADED, html)).toBe(expected);
  });

  it('never reloads a page that loaded no build asset (the dev server)', () => {
    expect(isNewBuild(['./src/main.ts'], indexHtml('index-B0gUs7xQ.js'))).toBe(false);
  });

  it('ignores the order and repeats of the loaded assets', () => {
    expect(isNewBuild([...LOADED].reverse().concat(LOADED), indexHtml('index-Dj7oiSWu.js'))).toBe(
      false,
    );
  });
});
