// Reactive controllers shared by several elements.
export { ClockController } from './clock-controller.js';
export { ElementSizeController } from './element-size-controller.js';
