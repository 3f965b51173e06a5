import { DEFAULT_NOTE_COLOR, type Actor, type NoteColor, type Point, type Rect, type Viewport } from '@essaim/shared';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { BoardConnection, defaultWsBase } from '../sync/BoardConnection';
import type { ConnectionSource } from '../sync/DocConnection';
import { createBoardActions, type BoardActions } from './boardActions';
import { createStore, type Store } from './createStore';
import { cursorColor } from './cursorColor';
import { NotesStore } from './NotesStore';
import { PeersStore } from './PeersStore';
import { PolicyStore } from './PolicyStore';
import { createPresenceActions, type PresenceActions } from './presenceActions';
import { EMPTY_SELECTION, type SelectionState } from './selection';
import type { StoredSession } from './session';

export interface Size {
  width: number;
  height: number;
}

/** Local, per-tab choices that are not part of the board. */
export interface UiState {
  /** colour of new notes, and the last one applied to a selection */
  color: NoteColor;
  /** touch-friendly mode: dragging the empty canvas draws a selection rectangle */
  selectTool: boolean;
  /** Space held: dragging anywhere pans */
  panKey: boolean;
  /** on a phone, what fills the screen: the notes list (where one reads and writes) or the canvas */
  phoneView: PhoneView;
}

export type PhoneView = 'notes' | 'board';

/** What a board needs of its link to the server; the bench's local board has one that never connects. */
export type BoardLink = ConnectionSource &
  Pick<BoardConnection, 'docName' | 'onServerClose' | 'discardLocalCopy' | 'destroy'> &
  // only a board with an offline copy has something to save
  Partial<Pick<BoardConnection, 'saveNow'>>;

/** Everything the board's components need, created once per open board. */
export interface BoardServices {
  session: StoredSession;
  me: { id: string; name: string; color: string };
  /** who writes, for the permission rules shared with the server */
  actor: Actor;
  connection: BoardLink;
  notes: NotesStore;
  policy: PolicyStore;
  peers: PeersStore;
  actions: BoardActions;
  presence: PresenceActions;
  selection: Store<SelectionState>;
  viewport: Store<Viewport>;
  stageSize: Store<Size>;
  ui: Store<UiState>;
  /** selection rectangle being drawn, in board coordinates */
  marquee: Store<Rect | null>;
  /** positions of the notes this user is dragging, drawn over the stored ones */
  localDrag: Store<ReadonlyMap<string, Point> | null>;
  /** notes waiting for the confirmation of their deletion (someone else's, or several), shown in a dialog */
  pendingDelete: Store<readonly string[] | null>;
}

export function createBoardServices(session: StoredSession): BoardServices {
  const connection = new BoardConnection({
    workshopId: session.workshopId,
    roomId: session.roomId,
    token: session.token,
    wsBase: defaultWsBase(),
  });
  return assembleBoardServices(session, connection, connection.doc, connection.awareness);
}

/** The stores and actions of one board over its document, whatever keeps that document in sync. */
export function assembleBoardServices(session: StoredSession, connection: BoardLink, doc: Y.Doc, awareness: Awareness): BoardServices {
  const me = { id: session.participantId, name: session.name, color: cursorColor(session.participantId) };
  return {
    session,
    me,
    actor: { participantId: session.participantId, role: session.role },
    connection,
    notes: new NotesStore(doc),
    policy: new PolicyStore(doc),
    peers: new PeersStore(awareness, me),
    actions: createBoardActions(doc, session.participantId),
    presence: createPresenceActions(awareness, me),
    selection: createStore<SelectionState>(EMPTY_SELECTION),
    viewport: createStore<Viewport>({ x: 0, y: 0, scale: 1 }),
    stageSize: createStore<Size>({ width: 0, height: 0 }),
    ui: createStore<UiState>({ color: DEFAULT_NOTE_COLOR, selectTool: false, panKey: false, phoneView: 'notes' }),
    marquee: createStore<Rect | null>(null),
    localDrag: createStore<ReadonlyMap<string, Point> | null>(null),
    pendingDelete: createStore<readonly string[] | null>(null),
  };
}

export function destroyBoardServices(services: BoardServices): void {
  services.presence.destroy();
  services.peers.destroy();
  services.notes.destroy();
  services.policy.destroy();
  services.connection.destroy();
}
