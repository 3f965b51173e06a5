import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { plenaryCopyMessage } from './plenaryCopyMessage';

const i18n = i18next.createInstance();

describe('plenary copy message', () => {
  beforeAll(() =>
    i18n.init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr', interpolation: { escapeValue: false }, initAsync: false }),
  );

  const read = (lng: string, copied: number) => {
    const { key, values } = plenaryCopyMessage(copied, 'Mobilité durable');
    return i18n.t(key, { ...values, lng });
  };

  it('says the notes are already in the plenary when a second copy has nothing new', () => {
    expect(read('fr', 0)).toBe('Rien de nouveau à copier\u00a0: les notes de «\u00a0Mobilité durable\u00a0» sont déjà en plénière.');
    expect(read('en', 0)).toBe('Nothing new to copy: the notes from “Mobilité durable” are already in the plenary.');
  });

  it('counts the notes copied', () => {
    expect(read('fr', 1)).toBe('1 note de «\u00a0Mobilité durable\u00a0» copiée en plénière.');
    expect(read('fr', 3)).toBe('3 notes de «\u00a0Mobilité durable\u00a0» copiées en plénière.');
    expect(read('en', 3)).toBe('3 notes from “Mobilité durable” copied to the plenary.');
  });
});
