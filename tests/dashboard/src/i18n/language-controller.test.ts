import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGE_STORAGE_KEY,
  LanguageController,
  type LanguageStore,
} from '../../../../dashboard/src/i18n/language-controller.js';

/** A host that counts re-render requests; Lit elements need a DOM, the controller does not. */
function fakeHost() {
  const host = {
    updates: 0,
    controllers: [] as ReactiveController[],
    addController(controller: ReactiveController) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  return host satisfies ReactiveControllerHost;
}

function memoryStore(initial: Record<string, string> = {}): LanguageStore & {
  data: Record<string, string>;
} {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

describe('LanguageController', () => {
  it('starts in Vietnamese when nothing was saved', () => {
    const controller = new LanguageController(fakeHost(), { store: memoryStore(), document: null });
    expect(controller.language).toBe('vi');
    expect(controller.formatters.latencyMs(12.34)).toBe('12,3 ms');
  });

  it('restores a saved choice and ignores a broken one', () => {
    const saved = new LanguageController(fakeHost(), {
      store: memoryStore({ [LANGUAGE_STORAGE_KEY]: 'en' }),
      document: null,
    });
    expect(saved.language).toBe('en');
    const broken = new LanguageController(fakeHost(), {
      store: memoryStore({ [LANGUAGE_STORAGE_KEY]: 'klingon' }),
      document: null,
    });
    expect(broken.language).toBe('vi');
  });

  it('persists a switch and re-renders its host', () => {
    const host = fakeHost();
    const store = memoryStore();
    const controller = new LanguageController(host, { store, document: null });
    controller.setLanguage('en');
    expect(store.data[LANGUAGE_STORAGE_KEY]).toBe('en');
    expect(controller.messages.connectionLost).toBe('Lost connection to the server');
    expect(host.updates).toBe(1);
  });

  it('still switches when storage refuses to save', () => {
    const store: LanguageStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const controller = new LanguageController(fakeHost(), { store, document: null });
    const warn = console.warn;
    console.warn = () => {};
    try {
      controller.setLanguage('en');
    } finally {
      console.warn = warn;
    }
    expect(controller.language).toBe('en');
  });
});
