/**
 * Fired by `pulse-sign-in` when the viewer submits a code. The container signs in with it and
 * must not keep or log it.
 */
export type PulseSignInEvent = CustomEvent<{ code: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-sign-in': PulseSignInEvent;
  }
}
