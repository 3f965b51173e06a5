import { createNote, deleteNotes, readNotes } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DraftsMemo, DraftsMemoStore } from './draftsMemo';
import { DraftsSession, type DraftsLink } from './DraftsSession';

/** A device: its offline copy (kept across connections, like IndexedDB) and its memo. */
class Device {
  copy = new Y.Doc();
  memoValue: DraftsMemo | null = null;
  readonly memo: DraftsMemoStore = {
    read: () => this.memoValue,
    write: (memo) => {
      this.memoValue = memo.count === 0 && memo.question === null ? null : memo;
    },
  };
}

/** The server's copy of the drafts document, and a connection between it and one device. */
class FakeLink implements DraftsLink {
  readonly doc = new Y.Doc();
  readonly docName = 'w/W/r/R/p/P';
  synced = false;
  destroyed = false;
  discarded = false;
  private readonly syncListeners = new Set<() => void>();
  private readonly closeListeners = new Set<(code: number) => void>();

  constructor(
    private readonly device: Device,
    private readonly server: Y.Doc,
  ) {
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(device.copy));
    this.doc.on('update', (update: Uint8Array) => Y.applyUpdate(device.copy, update));
  }

  onSynced(listener: () => void) {
    this.syncListeners.add(listener);
    return () => this.syncListeners.delete(listener);
  }
  onServerClose(listener: (code: number) => void) {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }
  /** the server's state reaches the device (its deletions included) */
  receive(): void {
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(this.server, Y.encodeStateVector(this.doc)));
    this.synced = true;
    for (const l of [...this.syncListeners]) l();
  }
  /** the device's changes reach the server, which accepts them */
  send(): void {
    Y.applyUpdate(this.server, Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(this.server)));
  }
  refuse(code = 4409): void {
    for (const l of [...this.closeListeners]) l(code);
  }
  async discardLocalCopy() {
    this.discarded = true;
    this.device.copy = new Y.Doc();
    this.destroy();
  }
  destroy() {
    this.destroyed = true;
  }
}

function setup(device = new Device(), server = new Y.Doc(), phaseActive: boolean | null = false) {
  const links: FakeLink[] = [];
  const refusals: boolean[] = [];
  const session = new DraftsSession({
    authorId: 'P',
    open: () => {
      const link = new FakeLink(device, server);
      links.push(link);
      return link;
    },
    memo: device.memo,
    phaseActive: async () => phaseActive,
    mayReset: () => true,
    onRefused: (again) => refusals.push(again),
  });
  const last = () => links.at(-1)!;
  const texts = () => (session.drafts.get()?.notes.getSnapshot() ?? []).map((n) => n.text);
  return { device, server, session, links, last, refusals, texts };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

/** What « Révéler » does to a drafts document: every draft leaves it. */
const reveal = (server: Y.Doc) => deleteNotes(server, readNotes(server).map((n) => n.id));

describe('DraftsSession', () => {
  it('opens the drafts while the phase is active, and remembers them and the question on the device', () => {
    const { session, device, last, texts } = setup();
    expect(session.state.get()).toEqual({ kind: 'idle' });
    session.setPhase({ active: true, question: 'Quels besoins ?' });
    expect(session.state.get()).toEqual({ kind: 'writing', question: 'Quels besoins ?' });
    const actions = session.drafts.get()!.actions;
    const first = actions.add('Un lieu calme', 'yellow')!;
    actions.add('Du temps', 'blue');
    actions.setText(first, 'Un lieu calme et lumineux');
    expect(texts()).toEqual(['Un lieu calme et lumineux', 'Du temps']);
    expect(device.memoValue).toEqual({ count: 2, question: 'Quels besoins ?' });
    expect(readNotes(device.copy)).toHaveLength(2);
    expect(last().destroyed).toBe(false);
  });

  it('after a reveal the server had everything: nothing is offered, the offline copy and the memo are cleared', () => {
    const { session, server, device, links, last } = setup();
    session.setPhase({ active: true, question: 'Q' });
    session.drafts.get()!.actions.add('Envoyée', 'yellow');
    last().send();
    reveal(server);
    session.setPhase({ active: false, question: 'Q' });
    // a fresh connection, to read the server's state after the reveal
    expect(links).toHaveLength(2);
    expect(links[0]!.destroyed).toBe(true);
    expect(session.state.get().kind).toBe('checking');
    last().receive();
    expect(session.state.get()).toEqual({ kind: 'idle' });
    expect(last().discarded).toBe(true);
    expect(device.memoValue).toBeNull();
  });

  it('offers what the server never got — written offline as the phase ended — and clears it once on the board', async () => {
    const { session, server, device, last } = setup();
    session.setPhase({ active: true, question: 'Q' });
    const actions = session.drafts.get()!.actions;
    actions.add('Envoyée', 'yellow');
    last().send();
    // offline from here: this one never reaches the server
    actions.add('Écrite hors ligne', 'pink');
    reveal(server);
    session.setPhase({ active: false, question: 'Q' });
    last().receive();
    const state = session.state.get();
    expect(state.kind).toBe('leftovers');
    expect(state.kind === 'leftovers' && state.notes.map((n) => [n.text, n.color])).toEqual([['Écrite hors ligne', 'pink']]);
    // the server refusing them afterwards changes nothing
    last().refuse();
    expect(session.state.get().kind).toBe('leftovers');

    // the board refuses (locked): they stay
    expect(await session.addLeftovers(() => false)).toBe(false);
    expect(session.state.get().kind).toBe('leftovers');
    expect(device.memoValue?.count).toBe(1);

    const written: string[] = [];
    expect(await session.addLeftovers((notes) => (written.push(...notes.map((n) => n.text)), true))).toBe(true);
    expect(written).toEqual(['Écrite hors ligne']);
    expect(session.state.get()).toEqual({ kind: 'idle' });
    expect(last().discarded).toBe(true);
    expect(device.memoValue).toBeNull();
  });

  it('checks a device’s drafts on a later visit, after the phase ended while it was away', () => {
    const device = new Device();
    const server = new Y.Doc();
    // written while the phase was active, never sent
    createNote(device.copy, { id: 'n1', x: 0, y: 0, text: 'Jamais envoyée' }, { authorId: 'P', now: 1 });
    device.memoValue = { count: 1, question: 'Q' };
    const { session, last } = setup(device, server);
    session.setPhase('unknown');
    // the page opened offline: the phase this device last saw
    expect(session.state.get()).toEqual({ kind: 'writing', question: 'Q' });
    session.setPhase({ active: false, question: 'Q' });
    expect(session.state.get().kind).toBe('checking');
    last().receive();
    const state = session.state.get();
    expect(state.kind === 'leftovers' && state.notes.map((n) => n.text)).toEqual(['Jamais envoyée']);
  });

  it('opens nothing without a phase or drafts on the device', () => {
    const { session, links } = setup();
    session.setPhase('unknown');
    session.setPhase({ active: false, question: '' });
    expect(session.state.get()).toEqual({ kind: 'idle' });
    expect(links).toHaveLength(0);
  });

  it('a refusal during the phase reloads the drafts from the server; one as the phase ends leads to the check', async () => {
    const still = setup(undefined, undefined, true);
    still.session.setPhase({ active: true, question: 'Q' });
    still.session.drafts.get()!.actions.add('Refusée', 'yellow');
    still.last().refuse();
    await flush();
    expect(still.refusals).toEqual([false]);
    expect(still.links[0]!.discarded).toBe(true);
    expect(still.links).toHaveLength(2);
    expect(still.session.state.get()).toEqual({ kind: 'writing', question: 'Q' });
    expect(still.texts()).toEqual([]);

    const ended = setup(undefined, undefined, false);
    ended.session.setPhase({ active: true, question: 'Q' });
    ended.session.drafts.get()!.actions.add('Trop tard', 'yellow');
    ended.last().refuse();
    await flush();
    expect(ended.refusals).toEqual([]);
    // the offline copy is kept: the check offers what was refused
    expect(ended.links[0]!.discarded).toBe(false);
    expect(ended.session.state.get().kind).toBe('checking');
    ended.last().receive();
    const state = ended.session.state.get();
    expect(state.kind === 'leftovers' && state.notes.map((n) => n.text)).toEqual(['Trop tard']);
  });

  it('a new phase takes the drafts this device still holds', () => {
    const { session, server, last, texts } = setup();
    session.setPhase({ active: true, question: 'Q1' });
    session.drafts.get()!.actions.add('Gardée', 'yellow');
    reveal(server);
    session.setPhase({ active: false, question: 'Q1' });
    last().receive();
    expect(session.state.get().kind).toBe('leftovers');
    session.setPhase({ active: true, question: 'Q2' });
    expect(session.state.get()).toEqual({ kind: 'writing', question: 'Q2' });
    expect(texts()).toEqual(['Gardée']);
  });
});
