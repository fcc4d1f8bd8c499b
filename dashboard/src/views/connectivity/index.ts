// The connectivity view: is the link down, since when, and whose side is it on? (IT support)
export { PulseConnectivityView } from './connectivity-view.js';
