// The live load view: is the centre coping right now? (the director's question, DOMAIN.md)
export { PulseLiveLoadView } from './live-load-view.js';
