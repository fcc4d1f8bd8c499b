// Counter terminals: devices and their codes, and the numbers only the collector may allocate.
export { deviceCodeHash, newDeviceCode, normaliseDeviceCode } from './device-code.js';
export { DeviceRegistry } from './device-registry.js';
export { deviceEventProblems, type EventSender } from './event-permissions.js';
export { PressIdReusedError, TerminalService, type TerminalCentre } from './terminal-service.js';
export { fieldPrefix, nextTicketNumber, TicketPool } from './ticket-pool.js';
