// Reloads a wall screen after the collector was updated to a new build of the dashboard.
export { buildAssetsOfHtml, isBuildAsset, isNewBuild, normaliseAssets } from './build-assets.js';
export { BuildWatchController, type BuildWatchOptions } from './build-watch-controller.js';
