import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { assembleBoardServices, type BoardServices } from './BoardServices';
import { offlineLink } from './testBoard';
import { NoteEditSession, type EditEnding, type EditMove } from './NoteEditSession';
import { TEXT_WRITE_INTERVAL_MS } from './writeThrottle';

/** Messages between the two tabs wait here until delivered: the network's latency, under the test's control. */
type Wire = { what: 'doc' | 'presence'; run: () => void }[];


function openBoard(clientId: number, name: string): { board: BoardServices; doc: Y.Doc; awareness: Awareness } {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new Awareness(doc);
  const session = { workshopId: 'w', title: '', participantId: `p-${name}`, name, role: 'participant' as const, roomId: 'r', token: '' };
  return { board: assembleBoardServices(session, offlineLink(), doc, awareness), doc, awareness };
}

/** Marie (client 1) and Noé (client 2) on one board, every change crossing `wire`. */
function twoPeople() {
  const wire: Wire = [];
  const marie = openBoard(1, 'Marie');
  const noe = openBoard(2, 'Noé');
  for (const [from, to] of [
    [marie, noe],
    [noe, marie],
  ] as const) {
    from.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'wire') wire.push({ what: 'doc', run: () => Y.applyUpdate(to.doc, update, 'wire') });
    });
    from.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === 'wire') return;
      const update = encodeAwarenessUpdate(from.awareness, [...added!, ...updated!, ...removed!]);
      wire.push({ what: 'presence', run: () => applyAwarenessUpdate(to.awareness, update, 'wire') });
    });
  }
  /** Delivers everything in flight, and what that causes, until the wire is quiet. */
  const deliver = () => {
    for (let round = 0; wire.length > 0; round++) {
      if (round > 1000) throw new Error('the two tabs never settle');
      wire.shift()!.run();
    }
  };
  /** Delivers the document changes in flight, holding the presences back. */
  const deliverWrites = () => {
    for (const m of wire.filter((m) => m.what === 'doc')) m.run();
    wire.splice(0, wire.length, ...wire.filter((m) => m.what !== 'doc'));
  };
  deliver();
  return { marie: marie.board, noe: noe.board, deliver, deliverWrites };
}

/** Types `text` after what is there, one key every 60 ms. */
function type(session: NoteEditSession, start: string, text: string) {
  for (let i = 1; i <= text.length; i++) {
    session.input(start + text.slice(0, i));
    vi.advanceTimersByTime(60);
  }
}

const texts = (board: BoardServices) => board.notes.getSnapshot().map((n) => n.text).sort();

describe('NoteEditSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the others the text while it is typed, and claims the note', () => {
    const { marie, noe, deliver } = twoPeople();
    const id = marie.actions.createNote({ x: 0, y: 0 }, 'yellow');
    deliver();
    const session = new NoteEditSession(marie, id, () => undefined);
    deliver();
    expect(NoteEditSession.holder(noe, id)?.name).toBe('Marie');

    const seen: string[] = [];
    const text = 'Jardin partagé';
    for (let i = 1; i <= text.length; i++) {
      session.input(text.slice(0, i));
      vi.advanceTimersByTime(60);
      deliver();
      seen.push(noe.notes.get(id)!.text);
    }
    // Noé read along while Marie was still typing
    expect(new Set(seen).size).toBeGreaterThan(3);
    session.close();
    deliver();
    expect(noe.notes.get(id)!.text).toBe('Jardin partagé');
    expect(NoteEditSession.holder(noe, id)).toBeUndefined();
  });

  it('two people opening one note at once: the lower client id keeps it, the other’s text goes into a new note, nothing is lost', () => {
    const { marie, noe, deliver, deliverWrites } = twoPeople();
    const id = marie.actions.createNote({ x: 0, y: 0 }, 'blue', 'Idée :');
    deliver();
    const endings: EditEnding[] = [];
    // both open before either hears of the other, and type
    const kept = new NoteEditSession(marie, id, (e) => endings.push(e));
    const lost = new NoteEditSession(noe, id, (e) => endings.push(e));
    for (let i = 1; i <= 6; i++) {
      kept.input('Idée : vélos' + '!'.repeat(i));
      lost.input('Idée : cantine' + '?'.repeat(i));
      vi.advanceTimersByTime(60);
    }
    vi.advanceTimersByTime(TEXT_WRITE_INTERVAL_MS);
    // Marie's writes reach Noé before her presence does: his next write replaces hers
    deliverWrites();
    lost.input('Idée : cantine???????');
    vi.advanceTimersByTime(TEXT_WRITE_INTERVAL_MS);
    deliver();
    expect(endings).toEqual([{ reason: 'yielded', to: expect.objectContaining({ name: 'Marie' }), rescuedId: expect.any(String) }]);
    // Noé's last write may have won the note over Marie's: she writes hers again
    vi.advanceTimersByTime(TEXT_WRITE_INTERVAL_MS);
    deliver();
    for (const board of [marie, noe]) expect(board.notes.get(id)!.text).toBe('Idée : vélos!!!!!!');
    // what Noé's editor still sends once it knows changes nothing; Marie goes on
    lost.input('trop tard');
    type(kept, 'Idée : vélos!!!!!!', '!!!!!!');
    kept.close();
    deliver();
    for (const board of [marie, noe]) {
      expect(board.notes.get(id)!.text).toBe('Idée : vélos!!!!!!!!!!!!');
      expect(texts(board)).toEqual(['Idée : cantine???????', 'Idée : vélos!!!!!!!!!!!!']);
    }
    const rescued = noe.notes.get((endings[0] as { rescuedId: string }).rescuedId)!;
    const original = noe.notes.get(id)!;
    expect(rescued.x >= original.x + original.width || rescued.y >= original.y + original.height || rescued.x + rescued.width <= original.x).toBe(true);
  });

  it('keeps the text of its holder when someone moves the note from an older copy', () => {
    const { marie, noe, deliver } = twoPeople();
    const id = marie.actions.createNote({ x: 0, y: 0 }, 'yellow');
    deliver();
    const session = new NoteEditSession(marie, id, () => undefined);
    type(session, '', 'Composteur');
    // Noé moves the note before Marie's last write reached him: his move carries the older text
    noe.actions.moveNotes(new Map([[id, { x: 300, y: 40 }]]));
    vi.advanceTimersByTime(TEXT_WRITE_INTERVAL_MS);
    deliver();
    vi.advanceTimersByTime(TEXT_WRITE_INTERVAL_MS);
    deliver();
    session.close();
    deliver();
    for (const board of [marie, noe]) expect(board.notes.get(id)).toMatchObject({ text: 'Composteur', x: 300, y: 40 });
  });

  it('goes on in a new note where it was when someone deletes the note being typed in', () => {
    const { marie, noe, deliver } = twoPeople();
    const id = marie.actions.createNote({ x: 100, y: 100 }, 'green');
    deliver();
    const endings: EditEnding[] = [];
    const moves: EditMove[] = [];
    const session = new NoteEditSession(marie, id, (e) => endings.push(e), (m) => moves.push(m));
    type(session, '', 'Ressource');
    deliver();
    // Noé deletes the note he sees, while Marie goes on typing
    noe.actions.deleteNotes([id]);
    type(session, 'Ressource', 'rie');
    deliver();
    // the editor stays open on the new note: what Marie types next goes on into it
    expect(endings).toEqual([]);
    expect(moves).toEqual([{ from: id, to: expect.any(String) }]);
    expect(session.noteId).toBe(moves[0]!.to);
    type(session, 'Ressourcerie', ' du quartier');
    vi.advanceTimersByTime(TEXT_WRITE_INTERVAL_MS);
    deliver();
    expect(NoteEditSession.holder(noe, session.noteId)?.name).toBe('Marie');
    session.close();
    deliver();
    for (const board of [marie, noe]) {
      expect(board.notes.getSnapshot()).toEqual([expect.objectContaining({ id: session.noteId, text: 'Ressourcerie du quartier', x: 20, y: 20 })]);
    }
    expect(NoteEditSession.holder(noe, session.noteId)).toBeUndefined();
  });

  it('closes when someone deletes the note it opened and nothing was typed: the deletion stands', () => {
    const { marie, noe, deliver } = twoPeople();
    const id = marie.actions.createNote({ x: 100, y: 100 }, 'green', 'Vieille idée');
    deliver();
    const endings: EditEnding[] = [];
    new NoteEditSession(marie, id, (e) => endings.push(e));
    deliver();
    noe.actions.deleteNotes([id]);
    deliver();
    expect(endings).toEqual([{ reason: 'deleted', rescuedId: null }]);
    for (const board of [marie, noe]) expect(board.notes.getSnapshot()).toEqual([]);
  });

  it('leaves nothing behind when the one who yields had typed nothing', () => {
    const { marie, noe, deliver } = twoPeople();
    const id = marie.actions.createNote({ x: 0, y: 0 }, 'yellow', 'Atelier');
    deliver();
    const endings: EditEnding[] = [];
    const kept = new NoteEditSession(marie, id, () => undefined);
    new NoteEditSession(noe, id, (e) => endings.push(e));
    kept.input('Atelier du jeudi');
    deliver();
    expect(endings).toEqual([{ reason: 'yielded', to: expect.objectContaining({ name: 'Marie' }), rescuedId: null }]);
    kept.close();
    deliver();
    expect(texts(noe)).toEqual(['Atelier du jeudi']);
  });
});
