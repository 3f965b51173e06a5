import { fitRectInView, fitToContent, visibleRect, type Margins, type Viewport } from '@essaim/shared';
import { boardAttention } from './boardAttention';
import type { BoardServices } from './BoardServices';
import { createStore, type Store } from './createStore';
import { focusRect } from './focusRect';

/**
 * Room around a focused entry when the view fits it (screen px): over it, the banners that float
 * over the top of the canvas — lower where the search field and zoom sit beside them (≤ 1360 px),
 * lower still on a phone (≤ 600 px) — so a zone's title shows under them; under it, the toolbar.
 */
function focusMargins(width: number): Margins {
  const top = width <= 600 ? 172 : width <= 1360 ? 120 : 64;
  return { top, right: 24, bottom: 80, left: 24 };
}

/** This client's side of « Suivez-moi »: the follow-me it stopped following by panning or zooming itself (its `at`), or null. */
export interface FollowState {
  detachedFrom: number | null;
}

const followStores = new WeakMap<BoardServices, Store<FollowState>>();

export function followState(board: BoardServices): Store<FollowState> {
  let store = followStores.get(board);
  if (!store) followStores.set(board, (store = createStore<FollowState>({ detachedFrom: null })));
  return store;
}

/** How this client stands in the room's follow-me. */
export type FollowRole = 'off' | 'leading' | 'following' | 'detached';

export function followRole(board: BoardServices): FollowRole {
  const { follow } = boardAttention(board).get();
  if (!follow) return 'off';
  if (follow.by === board.me.id) return 'leading';
  return followState(board).get().detachedFrom === follow.at ? 'detached' : 'following';
}

/** « Suivre à nouveau ». */
export function followAgain(board: BoardServices): void {
  followState(board).set((s) => (s.detachedFrom === null ? s : { detachedFrom: null }));
}

// set while the view is moved for the room rather than by this user, so that move does not stop following
let movingForTheRoom = false;

// the boards (tabs) on which their person asked to lead: they publish their view at once
const leadClaims = new WeakSet<BoardServices>();

/**
 * This tab asks to lead « Suivez-moi » (its person may have others, on a laptop and a phone): it
 * publishes its view as soon as the room follows its person; another tab of theirs publishes only
 * once its view is moved there, and followers follow whichever moved last.
 */
export function claimLead(board: BoardServices, on: boolean): void {
  if (on) leadClaims.add(board);
  else leadClaims.delete(board);
}

const close = (a: Viewport, b: Viewport) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.scale - b.scale) < 1e-4;

/** Moves the view for the room (the leader's view, a focus), which is no move of this user's own. */
function showForTheRoom(board: BoardServices, view: Viewport): void {
  if (close(view, board.viewport.get())) return;
  movingForTheRoom = true;
  try {
    board.viewport.set(view);
  } finally {
    movingForTheRoom = false;
  }
}

/**
 * « Suivez-moi » on one board. The leader (`follow.by` is this person) publishes the board
 * rectangle it shows in presence, only while it leads — from the tab that asked, or any of its
 * tabs whose view the person moves (`claimLead`). Everyone else shows that rectangle —
 * centred, scaled to fit their own stage — as it moves; a pan or zoom of their own stops
 * following (`followState`) until « Suivre à nouveau » or a new follow-me. Returns the detach.
 */
export function attachFollowView(board: BoardServices): () => void {
  const attention = boardAttention(board);
  const state = followState(board);
  let publishing = false;
  let wasLeading = false;
  // this client has shown the leader's view since it began following: only then does a move of its own stop it
  let shown = false;

  /** `moved`: this user just moved the view */
  const lead = (moved: boolean) => {
    const leading = followRole(board) === 'leading';
    if (leading) wasLeading = true;
    else if (wasLeading) {
      wasLeading = false;
      claimLead(board, false);
    }
    const size = board.stageSize.get();
    if (leading && size.width > 0 && size.height > 0 && (publishing || moved || leadClaims.has(board))) {
      board.presence.setViewport(visibleRect(board.viewport.get(), size), !publishing);
      publishing = true;
    } else if (!leading && publishing) {
      publishing = false;
      board.presence.setViewport(null);
    }
  };
  const follow = () => {
    const { follow: current } = attention.get();
    if (!current || followRole(board) !== 'following') {
      shown = false;
      return;
    }
    const rect = board.peers.getViewports().get(current.by);
    const size = board.stageSize.get();
    if (!rect || size.width === 0 || size.height === 0) return;
    showForTheRoom(board, fitRectInView(rect, size));
    shown = true;
  };
  const onView = () => {
    lead(!movingForTheRoom);
    if (movingForTheRoom || !shown || followRole(board) !== 'following') return;
    shown = false;
    state.set({ detachedFrom: attention.get().follow!.at });
  };
  const onChange = () => {
    lead(false);
    follow();
  };
  const stops = [attention.subscribe(onChange), state.subscribe(follow), board.peers.subscribe(follow), board.stageSize.subscribe(onChange), board.viewport.subscribe(onView)];
  onChange();
  return () => {
    for (const stop of stops) stop();
    if (publishing) board.presence.setViewport(null);
  };
}

/**
 * The spotlight on one board: when a focus is set (or first seen), the view fits the focused
 * entry once; the user may then look elsewhere. A focus on an entry that is gone moves nothing
 * (and is fitted if the entry arrives, say once the board has loaded). Returns the detach.
 */
export function attachFocusView(board: BoardServices): () => void {
  let fitted: string | null = null;
  /** the view this spotlight set, while nobody has moved it since */
  let shown: Viewport | null = null;
  const check = () => {
    const { focus } = boardAttention(board).get();
    const key = focus ? `${focus.kind}:${focus.id}:${focus.at}` : null;
    // the canvas changed size under a spotlight nobody looked away from (a banner grew, a phone turned): fit it again
    const resized = key !== null && key === fitted && shown !== null && board.viewport.get() === shown;
    if (key === fitted && !resized) return;
    if (!focus) {
      fitted = null;
      return;
    }
    const size = board.stageSize.get();
    if (size.width === 0 || size.height === 0) return;
    const rect = focusRect(focus, { notes: board.notes.getSnapshot(), frames: board.frames.getSnapshot(), groups: board.groups.getSnapshot() });
    if (!rect) return;
    fitted = key;
    showForTheRoom(board, fitToContent(rect, size, focusMargins(typeof window === 'undefined' ? size.width : window.innerWidth)));
    shown = board.viewport.get();
  };
  const stops = [boardAttention(board).subscribe(check), board.stageSize.subscribe(check), board.notes.subscribe(check), board.frames.subscribe(check), board.groups.subscribe(check)];
  check();
  return () => {
    for (const stop of stops) stop();
  };
}
