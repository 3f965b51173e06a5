import type { Note } from '@essaim/shared';
import type { BoardLink } from './BoardServices';

/** A board link for unit tests: always connected, never closed by a server. */
export const offlineLink = (): BoardLink => ({
  docName: 'test',
  getSnapshot: () => ({ state: 'connected', refusedCode: null }),
  subscribe: () => () => undefined,
  onServerClose: () => () => undefined,
  discardLocalCopy: async () => undefined,
  destroy: () => undefined,
});

/** A yellow 160 × 160 note at the origin, by `a`, created at 1: what a test does not care about. */
export const testNote = (fields: Partial<Note> & Pick<Note, 'id'>): Note => ({
  text: 'Besoin',
  color: 'yellow',
  x: 0,
  y: 0,
  width: 160,
  height: 160,
  authorId: 'a',
  createdAt: 1,
  ...fields,
});
