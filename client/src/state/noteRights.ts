import {
  BOARD_MAP_NAMES,
  BOARD_LIMIT,
  checkBoardChanges,
  NOTE_COLORS,
  type Actor,
  type BoardPolicy,
  type BoardReader,
  type Note,
} from '@essaim/shared';

/** What this user may do to one note, so the UI offers only what the server will accept. */
export interface NoteRights {
  edit: boolean;
  move: boolean;
  remove: boolean;
}

const allowed = (actor: Actor, policy: BoardPolicy, key: string, before: Note | undefined, after: Note | undefined, reader?: BoardReader) =>
  checkBoardChanges([{ map: BOARD_MAP_NAMES.notes, key, before, after }], actor, policy, reader) === null;

/**
 * Each right is asked of the shared rule the server applies, with a representative change.
 * With the board (`reader`), the rules that look beyond the note apply too: a locked zone.
 */
export function noteRights(note: Note, actor: Actor, policy: BoardPolicy, reader?: BoardReader): NoteRights {
  const recoloured: Note = { ...note, color: NOTE_COLORS.find((c) => c !== note.color)! };
  const moved: Note = { ...note, x: note.x < BOARD_LIMIT ? note.x + 1 : note.x - 1 };
  return {
    edit: allowed(actor, policy, note.id, note, recoloured, reader),
    move: allowed(actor, policy, note.id, note, moved, reader),
    remove: allowed(actor, policy, note.id, note, undefined, reader),
  };
}

export function canCreateNotes(actor: Actor, policy: BoardPolicy): boolean {
  const probe: Note = {
    id: 'probe',
    text: '',
    color: NOTE_COLORS[0],
    x: 0,
    y: 0,
    width: 160,
    height: 160,
    authorId: actor.participantId,
    createdAt: 1,
    updatedAt: 1,
  };
  return allowed(actor, policy, probe.id, undefined, probe);
}

/** The ids among `ids` this user may change in the given way. */
export function permittedIds(
  ids: Iterable<string>,
  right: keyof NoteRights,
  find: (id: string) => Note | undefined,
  actor: Actor,
  policy: BoardPolicy,
  reader?: BoardReader,
): string[] {
  return [...ids].filter((id) => {
    const note = find(id);
    return note !== undefined && noteRights(note, actor, policy, reader)[right];
  });
}
