import type { PressStore, StoredPresses } from './press-outbox.js';

/**
 * Presses kept in `localStorage` under `key`: written before each send, so a press survives a
 * lost connection, a closed tab and a tablet restart. localStorage rather than IndexedDB: it is
 * synchronous (the press is stored before the button's handler returns), and a terminal holds
 * at most a few hundred small presses.
 */
export function localPressStore(key: string, storage: Storage = localStorage): PressStore {
  return {
    load(): StoredPresses {
      const text = storage.getItem(key);
      if (text === null) return { pending: [], rejected: [] };
      try {
        const parsed = JSON.parse(text) as Partial<StoredPresses>;
        return { pending: parsed.pending ?? [], rejected: parsed.rejected ?? [] };
      } catch (error) {
        // Unreadable (a write cut by a power loss): keep the text aside for IT support, start afresh.
        storage.setItem(`${key}.unreadable`, text);
        console.warn(`presses in ${key} were unreadable and were set aside`, error);
        return { pending: [], rejected: [] };
      }
    },
    save(presses: StoredPresses): void {
      storage.setItem(key, JSON.stringify(presses));
    },
  };
}
