import { useMemo, useSyncExternalStore } from 'react';
import { useBoard } from './BoardContext';
import { canCreateNotes, noteRights, type NoteRights } from './noteRights';
import { useNotes } from './useNotes';

export function usePolicy() {
  const { policy } = useBoard();
  return useSyncExternalStore(policy.subscribe, policy.get, policy.get);
}

/** Rights on every note, recomputed only when the notes or the rules change. */
export function useNoteRights(): ReadonlyMap<string, NoteRights> {
  const { actor } = useBoard();
  const notes = useNotes();
  const policy = usePolicy();
  return useMemo(() => new Map(notes.map((n) => [n.id, noteRights(n, actor, policy)])), [notes, actor, policy]);
}

export function useCanCreate(): boolean {
  const { actor } = useBoard();
  return canCreateNotes(actor, usePolicy());
}
