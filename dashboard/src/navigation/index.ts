// Which view the page shows, read from and written to the address's hash.
export { DEFAULT_ROUTE, VIEWS, parseRoute, routeHash, type Route, type View } from './route.js';
export { RouteController, type RouteWindow } from './route-controller.js';
