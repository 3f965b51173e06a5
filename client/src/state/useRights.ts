import { useMemo, useSyncExternalStore } from 'react';
import { useBoard } from './BoardContext';
import { canCreateNotes, noteRights, type NoteRights } from './noteRights';
import { useNotes } from './useNotes';

export function usePolicy() {
  const { policy } = useBoard();
  return useSyncExternalStore(policy.subscribe, policy.get, policy.get);
}

/** Rights on a note, asked by id. */
export interface NoteRightsLookup {
  get(id: string): NoteRights | undefined;
}

/**
 * Rights on the notes, a new lookup when the notes or the rules change. Each note's rights are
 * worked out the first time they are asked for: a board of thousands of notes far away asks
 * for none of them.
 */
export function useNoteRights(): NoteRightsLookup {
  const { actor, notes: store, reader, frames: frameStore } = useBoard();
  const notes = useNotes();
  const policy = usePolicy();
  // a zone locked, unlocked, moved or resized changes the rights of the notes in it
  const frames = useSyncExternalStore(frameStore.subscribe, frameStore.getSnapshot, frameStore.getSnapshot);
  // a new lookup, with nothing remembered, for every new set of notes, zones or rules
  return useMemo(() => {
    const known = new Map<string, NoteRights>();
    return {
      get(id) {
        let rights = known.get(id);
        const note = rights ? undefined : store.get(id);
        if (note) known.set(id, (rights = noteRights(note, actor, policy, reader)));
        return rights;
      },
    };
  }, [notes, frames, store, actor, policy, reader]);
}

export function useCanCreate(): boolean {
  const { actor } = useBoard();
  return canCreateNotes(actor, usePolicy());
}
