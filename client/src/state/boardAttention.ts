import { readAttention, readPhases, readRuns, readWorkshopSettings, type AttentionRequest, type Focus, type Follow, type Role } from '@essaim/shared';
import type * as Y from 'yjs';
import type { BoardServices } from './BoardServices';
import { createStore, type Store } from './createStore';

/** What the workshop asks of one room's screens (the workshop document, read for that room). */
export interface BoardAttention {
  /** the note, cluster or zone a facilitator put in the spotlight */
  focus: Focus | null;
  /** « Suivez-moi »: whose view the room follows */
  follow: Follow | null;
  /** the room writes privately (its private phase, or the 3-12-3's ideas step): nobody's cursor is drawn or sent */
  cursorsHidden: boolean;
  /** anonymity is on: authors are shown to facilitators only */
  anonymous: boolean;
}

export const NO_ATTENTION: BoardAttention = { focus: null, follow: null, cursorsHidden: false, anonymous: false };

/** The workshop document's asks for room `roomId`. */
export function readBoardAttention(doc: Y.Doc, roomId: string): BoardAttention {
  const attention = readAttention(doc).get(roomId);
  return {
    focus: attention?.focus ?? null,
    follow: attention?.follow ?? null,
    cursorsHidden: readPhases(doc).get(roomId)?.active === true || readRuns(doc).get(roomId)?.step === 'ideas',
    anonymous: readWorkshopSettings(doc).anonymous,
  };
}

/** Whether this person sees who wrote each note. */
export function seesAuthors(attention: BoardAttention, role: Role): boolean {
  return !attention.anonymous || role === 'facilitator';
}

/** Sends a facilitator's focus or follow-me change for this board's room; true when the server took it. */
export type AttentionSender = (request: AttentionRequest) => Promise<boolean>;

interface BoardAttentionStores {
  attention: Store<BoardAttention>;
  /** null outside a workshop (the bench's local board) */
  send: Store<AttentionSender | null>;
}

const stores = new WeakMap<BoardServices, BoardAttentionStores>();

function storesOf(board: BoardServices): BoardAttentionStores {
  let found = stores.get(board);
  if (!found) stores.set(board, (found = { attention: createStore(NO_ATTENTION), send: createStore<AttentionSender | null>(null) }));
  return found;
}

/** The room's asks as this board last read them (`useAttentionFeed` keeps it up to date). */
export function boardAttention(board: BoardServices): Store<BoardAttention> {
  return storesOf(board).attention;
}

/** How this board sends a facilitator's attention changes, once a workshop provides one. */
export function attentionSender(board: BoardServices): Store<AttentionSender | null> {
  return storesOf(board).send;
}
