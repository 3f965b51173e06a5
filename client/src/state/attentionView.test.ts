import { createFrame, visibleRect, type Follow, type Role } from '@essaim/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { attachFocusView, attachFollowView, claimLead, followAgain, followRole } from './attentionView';
import { boardAttention, NO_ATTENTION } from './boardAttention';
import { assembleBoardServices, type BoardServices } from './BoardServices';
import { PRESENCE_INTERVAL_MS, VIEWPORT_INTERVAL_MS } from './presenceActions';
import { offlineLink } from './testBoard';

function boardOf(id: string, role: Role, size: { width: number; height: number }, doc = new Y.Doc()) {
  const session = { workshopId: 'w', title: '', participantId: id, name: id, role, roomId: 'r', token: '' };
  const awareness = new Awareness(doc);
  const board = assembleBoardServices(session, offlineLink(), doc, awareness);
  board.stageSize.set(size);
  return { board, awareness };
}

/** Presence relayed both ways, as the server does. */
function relay(a: Awareness, b: Awareness): void {
  a.on('update', ({ added, updated, removed }: Record<string, number[]>) => applyAwarenessUpdate(b, encodeAwarenessUpdate(a, [...added!, ...updated!, ...removed!]), 'relay'));
  b.on('update', ({ added, updated, removed }: Record<string, number[]>) => applyAwarenessUpdate(a, encodeAwarenessUpdate(b, [...added!, ...updated!, ...removed!]), 'relay'));
}

const setFollow = (boards: BoardServices[], follow: Follow | null) => {
  for (const b of boards) boardAttention(b).set({ ...NO_ATTENTION, follow });
};

/** Where `view` puts the centre of the follower's screen, and how much board it shows across. */
function shownCentre(board: BoardServices) {
  const r = visibleRect(board.viewport.get(), board.stageSize.get());
  return { x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width, height: r.height };
}

const PASS = VIEWPORT_INTERVAL_MS + PRESENCE_INTERVAL_MS;

describe('« Suivez-moi »', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the leader’s rectangle on a follower’s smaller screen as it moves; a move of one’s own stops following until « Suivre à nouveau »', () => {
    const leader = boardOf('anim', 'facilitator', { width: 1280, height: 800 });
    const lina = boardOf('lina', 'participant', { width: 360, height: 640 });
    relay(leader.awareness, lina.awareness);
    leader.board.viewport.set({ x: -200, y: -100, scale: 0.5 });
    const untouched = lina.board.viewport.get();
    const stops = [attachFollowView(leader.board), attachFollowView(lina.board)];
    // nothing to follow yet
    expect(lina.board.viewport.get()).toBe(untouched);

    // « Suivez-moi » clicked on the leader's board
    claimLead(leader.board, true);
    setFollow([leader.board, lina.board], { by: 'anim', at: 1 });
    expect(followRole(leader.board)).toBe('leading');
    expect(followRole(lina.board)).toBe('following');
    // the leader shows board x 400…2960, y 200…1800: Lina sees all of its width, centred
    expect(shownCentre(lina.board)).toMatchObject({ x: 1680, y: 1000, width: 2560 });
    expect(shownCentre(lina.board).height).toBeGreaterThan(1600);

    // the leader pans and zooms: the follower's view comes after it
    leader.board.viewport.set({ x: -1200, y: -100, scale: 1 });
    vi.advanceTimersByTime(PASS);
    expect(shownCentre(lina.board)).toMatchObject({ x: 1840, y: 500, width: 1280 });

    // Lina pans by herself: she no longer follows, and the leader's next move leaves her view alone
    lina.board.viewport.set((v) => ({ ...v, x: v.x + 50 }));
    expect(followRole(lina.board)).toBe('detached');
    const herOwn = lina.board.viewport.get();
    leader.board.viewport.set({ x: 0, y: 0, scale: 1 });
    vi.advanceTimersByTime(PASS);
    expect(lina.board.viewport.get()).toBe(herOwn);

    // « Suivre à nouveau »: straight to where the leader is now
    followAgain(lina.board);
    expect(followRole(lina.board)).toBe('following');
    expect(shownCentre(lina.board)).toMatchObject({ x: 640, y: 400, width: 1280 });

    // « Arrêter »: the leader withdraws its rectangle, the follower stays where it is
    setFollow([leader.board, lina.board], null);
    expect(leader.awareness.getLocalState()?.viewport).toBeNull();
    expect(lina.board.peers.getViewports().size).toBe(0);
    for (const stop of stops) stop();
  });

  it('publishes the view only while leading, and a new follow-me takes back someone who had stopped following', () => {
    const leader = boardOf('anim', 'facilitator', { width: 1000, height: 1000 });
    const marc = boardOf('marc', 'observer', { width: 500, height: 500 });
    relay(leader.awareness, marc.awareness);
    const stops = [attachFollowView(leader.board), attachFollowView(marc.board)];
    leader.board.viewport.set({ x: 10, y: 10, scale: 1 });
    vi.advanceTimersByTime(PASS);
    expect(leader.awareness.getLocalState()?.viewport).toBeUndefined();

    claimLead(leader.board, true);
    setFollow([leader.board, marc.board], { by: 'anim', at: 1 });
    marc.board.viewport.set({ x: 3, y: 3, scale: 2 });
    expect(followRole(marc.board)).toBe('detached');
    setFollow([leader.board, marc.board], { by: 'anim', at: 2 });
    expect(followRole(marc.board)).toBe('following');
    expect(marc.board.viewport.get()).toEqual({ x: 5, y: 5, scale: 0.5 });
    for (const stop of stops) stop();
    // a leader whose board closes withdraws its rectangle
    expect(leader.awareness.getLocalState()?.viewport).toBeNull();
  });
});

describe('« Suivez-moi » from two screens of the same facilitator', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows the screen that asked, then whichever of them the facilitator moves', () => {
    const laptop = boardOf('anim', 'facilitator', { width: 1280, height: 800 });
    const phone = boardOf('anim', 'facilitator', { width: 360, height: 640 });
    const lina = boardOf('lina', 'participant', { width: 1280, height: 800 });
    for (const other of [laptop, phone]) relay(other.awareness, lina.awareness);
    laptop.board.viewport.set({ x: 0, y: 0, scale: 1 });
    phone.board.viewport.set({ x: -1000, y: -1000, scale: 1 });
    const stops = [laptop, phone, lina].map((p) => attachFollowView(p.board));
    // « Suivez-moi » tapped on the phone: the laptop, leading too, says nothing until it is moved
    claimLead(phone.board, true);
    setFollow([laptop.board, phone.board, lina.board], { by: 'anim', at: 1 });
    expect(laptop.awareness.getLocalState()?.viewport).toBeUndefined();
    expect(shownCentre(lina.board)).toMatchObject({ x: 1180, y: 1320 });
    laptop.board.viewport.set({ x: -200, y: 0, scale: 1 });
    vi.advanceTimersByTime(PASS);
    expect(shownCentre(lina.board)).toMatchObject({ x: 840, y: 400 });
    phone.board.viewport.set({ x: -2000, y: -1000, scale: 1 });
    vi.advanceTimersByTime(PASS);
    expect(shownCentre(lina.board)).toMatchObject({ x: 2180, y: 1320 });
    for (const stop of stops) stop();
  });
});

describe('the spotlight', () => {
  it('fits the view to the focused zone once, leaves the user free to look away, and ignores a focus on what is gone', () => {
    const doc = new Y.Doc();
    createFrame(doc, { id: 'z1', x: 2000, y: 1000, width: 600, height: 400, title: 'Binôme 2', color: 'blue' });
    const { board } = boardOf('lina', 'participant', { width: 1280, height: 800 }, doc);
    const stop = attachFocusView(board);
    const start = board.viewport.get();
    boardAttention(board).set({ ...NO_ATTENTION, focus: { kind: 'frame', id: 'gone', by: 'anim', at: 1 } });
    expect(board.viewport.get()).toBe(start);

    boardAttention(board).set({ ...NO_ATTENTION, focus: { kind: 'frame', id: 'z1', by: 'anim', at: 2 } });
    // centred across; 20 px lower, under the banners over the canvas (120 px above it, 80 below for the toolbar)
    expect(shownCentre(board)).toMatchObject({ x: 2300, y: 1180 });
    expect(board.viewport.get().scale).toBe(1);
    // she looks elsewhere: the same focus does not pull her back
    board.viewport.set({ x: 0, y: 0, scale: 1 });
    createFrame(doc, { id: 'z2', x: 0, y: 0, width: 10, height: 10 });
    expect(board.viewport.get()).toEqual({ x: 0, y: 0, scale: 1 });
    // focused again (the runner's next turn, or the facilitator again): the view comes back
    boardAttention(board).set({ ...NO_ATTENTION, focus: { kind: 'frame', id: 'z1', by: 'anim', at: 3 } });
    expect(shownCentre(board)).toMatchObject({ x: 2300, y: 1180 });
    stop();
  });

  it('moves a follower’s view without making it stop following: the leader’s next move is followed again', () => {
    vi.useFakeTimers();
    const doc = new Y.Doc();
    createFrame(doc, { id: 'z1', x: 2000, y: 1000, width: 600, height: 400 });
    const lina = boardOf('lina', 'participant', { width: 1280, height: 800 }, doc);
    const leader = boardOf('anim', 'facilitator', { width: 1280, height: 800 });
    relay(leader.awareness, lina.awareness);
    const stops = [attachFollowView(leader.board), attachFollowView(lina.board), attachFocusView(lina.board)];
    claimLead(leader.board, true);
    leader.board.viewport.set({ x: -500, y: 0, scale: 1 });
    setFollow([leader.board, lina.board], { by: 'anim', at: 1 });
    expect(shownCentre(lina.board)).toMatchObject({ x: 1140, y: 400 });
    for (const b of [leader.board, lina.board]) boardAttention(b).set((a) => ({ ...a, focus: { kind: 'frame', id: 'z1', by: 'anim', at: 2 } }));
    expect(shownCentre(lina.board)).toMatchObject({ x: 2300, y: 1180 });
    expect(followRole(lina.board)).toBe('following');
    leader.board.viewport.set({ x: -100, y: 0, scale: 1 });
    vi.advanceTimersByTime(PASS);
    expect(shownCentre(lina.board)).toMatchObject({ x: 740, y: 400 });
    for (const stop of stops) stop();
    vi.useRealTimers();
  });
});
