import { describe, expect, it } from 'vitest';
import { loadDraft, saveDraft } from './composerDraft';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const mobility = { workshopId: 'w1', roomId: 'mobilite' };
const food = { workshopId: 'w1', roomId: 'alimentation' };

describe('composer draft', () => {
  it('gives back after a reload what was typed and not added, per board', () => {
    const storage = memoryStorage();
    saveDraft(mobility, 'Vélos partagés', storage);
    saveDraft(food, 'Cantine locale', storage);
    expect(loadDraft(mobility, storage)).toBe('Vélos partagés');
    expect(loadDraft(food, storage)).toBe('Cantine locale');
    expect(loadDraft({ workshopId: 'w2', roomId: 'mobilite' }, storage)).toBe('');
  });

  it('leaves nothing behind once the note is added (the field emptied)', () => {
    const storage = memoryStorage();
    saveDraft(mobility, 'Vélos partagés', storage);
    saveDraft(mobility, '', storage);
    expect(loadDraft(mobility, storage)).toBe('');
    expect(storage.map.size).toBe(0);
  });

  it('keeps the field working when the storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => saveDraft(mobility, 'Vélos', refusing)).not.toThrow();
    expect(loadDraft(mobility, refusing)).toBe('');
  });
});
