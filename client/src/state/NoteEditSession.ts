import { freeSpotNear, type Note } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { canCreateNotes } from './noteRights';
import type { PeerUser } from './peers';
import { createWriteThrottle, type WriteThrottle } from './writeThrottle';

/** Why an editor closed by itself, and where the text typed in it went. */
export type EditEnding =
  /** someone else opened the note at the same moment and keeps it (the lower client id) */
  | { reason: 'yielded'; to: PeerUser; rescuedId: string | null }
  /** someone deleted the note while it was being written, and this user may not create one to go on in */
  | { reason: 'deleted'; rescuedId: null };

/** The note was deleted while being written: the session goes on in a new note holding the text. */
export interface EditMove {
  from: string;
  to: string;
}

export type EditSessionBoard = Pick<BoardServices, 'notes' | 'peers' | 'actions' | 'presence' | 'actor' | 'policy'>;

/**
 * One note open in this tab's editor. It claims the note in presence (the others see « Marie
 * écrit… » and cannot open it), writes the text while it is typed (`writeThrottle`), and keeps
 * what was typed when the claim is lost:
 * - two people opened the note within the presence latency: the lower awareness client id keeps
 *   it; the other's editor closes and its text, if it typed any, goes into a new note beside it;
 * - the keeper writes its text again whenever another write changed the note (the loser's last
 *   write, or a move or recolouring made from an older copy), so the note converges to it;
 * - the note was deleted meanwhile: the text goes into a new note where it was, and the session
 *   goes on in that note (`onMove`), so what is typed next goes there too.
 */
export class NoteEditSession {
  private text: string;
  /** what this session last wrote, or the note's text when it opened */
  private written: string;
  private readonly base: string;
  private last: Note | undefined;
  private readonly writes: WriteThrottle<string>;
  private readonly stops: (() => void)[];
  private ended = false;
  private moving = false;

  constructor(
    private readonly board: EditSessionBoard,
    private id: string,
    private readonly onEnd: (ending: EditEnding) => void,
    private readonly onMove: (move: EditMove) => void = () => undefined,
    /** the height the note needs for this text when more than its own (it grows in the same change), else undefined */
    private readonly heightFor: (note: Note, text: string) => number | undefined = () => undefined,
  ) {
    const noteId = id;
    this.last = board.notes.get(noteId);
    this.base = this.text = this.written = this.last?.text ?? '';
    this.writes = createWriteThrottle((text) => this.write(text));
    board.presence.setEditing(noteId);
    this.stops = [board.notes.subscribe(this.onNotes), board.peers.subscribe(this.onPeers)];
    this.onPeers();
  }

  /** The note written: the one opened, or the one its text went into when it was deleted. */
  get noteId(): string {
    return this.id;
  }

  /** Who has this note open elsewhere (the others wait for them); undefined when nobody. */
  static holder(board: Pick<BoardServices, 'peers'>, noteId: string): PeerUser | undefined {
    return board.peers.getClaims().get(noteId)?.user;
  }

  /** The text in the editor now. */
  input(text: string): void {
    if (this.ended) return;
    this.text = text;
    this.writes.push(text);
  }

  /** Writes what waits at once: the page is going away or hidden. */
  flush(): void {
    if (!this.ended) this.writes.flush();
  }

  /** The editor closes: the last text is written and the claim withdrawn. */
  close(): void {
    if (this.ended) return;
    this.writes.flush();
    this.end();
  }

  private write(text: string): void {
    this.written = text;
    const note = this.board.notes.get(this.noteId);
    this.board.actions.setText(this.noteId, text, note && this.heightFor(note, text));
  }

  private end(): void {
    this.ended = true;
    this.writes.cancel();
    for (const stop of this.stops) stop();
    this.board.presence.setEditing(null);
  }

  /** Whether this person typed something worth keeping. */
  private typed(): boolean {
    return this.text !== this.base && this.text.trim() !== '';
  }

  /**
   * A new note holding this editor's text, beside `near` (still there) or in its place (deleted);
   * null when this user may not create notes.
   */
  private rescue(near: Note, beside: boolean): string | null {
    if (!canCreateNotes(this.board.actor, this.board.policy.get())) return null;
    const centre = { x: near.x + near.width / 2, y: near.y + near.height / 2 };
    const others = this.board.notes.getSnapshot().filter((n) => n.id !== near.id);
    const spot = freeSpotNear(beside ? [...others, near] : others, centre, { width: near.width, height: near.height });
    return this.board.actions.createNote(spot, near.color, this.text);
  }

  /** Ends the session by itself; the text typed, if any, goes into a new note. */
  private giveUp(beside: boolean, ending: (rescuedId: string | null) => EditEnding): void {
    const keep = this.last && this.typed() ? this.last : null;
    // ended first: the new note must not look like someone else's write to this one
    this.end();
    this.onEnd(ending(keep ? this.rescue(keep, beside) : null));
  }

  /**
   * The note was deleted: the session goes on in a new note where it was, holding the text typed;
   * it ends when nothing was typed (the deletion stands) or this user may not create notes.
   */
  private moveOn(): void {
    const from = this.id;
    // the rescue's own write reaches onNotes before this session knows the new note: not a deletion again
    this.moving = true;
    const to = this.last && this.typed() ? this.rescue(this.last, false) : null;
    this.moving = false;
    if (!to) {
      this.end();
      this.onEnd({ reason: 'deleted', rescuedId: null });
      return;
    }
    // the new note holds the whole text already: what waited was for the deleted one
    this.writes.cancel();
    this.id = to;
    this.written = this.text;
    this.last = this.board.notes.get(to);
    this.board.presence.setEditing(to);
    this.onMove({ from, to });
  }

  private readonly onNotes = (): void => {
    if (this.ended || this.moving) return;
    const note = this.board.notes.get(this.noteId);
    if (!note) return this.moveOn();
    this.last = note;
    // someone else wrote the note while this tab holds it: this text again (a write already waiting carries it)
    if (note.text !== this.written && note.text !== this.text && !this.writes.pending()) this.writes.push(this.text);
  };

  private readonly onPeers = (): void => {
    if (this.ended) return;
    const claim = this.board.peers.getClaims().get(this.noteId);
    if (!claim || claim.clientId > this.board.peers.clientId) return;
    this.giveUp(true, (rescuedId) => ({ reason: 'yielded', to: claim.user, rescuedId }));
  };
}
