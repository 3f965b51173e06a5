import { BOARD_POLICY_KEY, CATEGORIES_KEY, checkBoardChanges, DEFAULT_NOTE_COLOR, docReader, type BoardReader, type EntryChange, parseBoardPolicy, parseCategories, sameJson, type Actor, type Category, type Frame, type Group, type Label, type Link, type NoteColor, type Point, type Rect, type Viewport } from '@essaim/shared';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { BoardConnection, defaultWsBase } from '../sync/BoardConnection';
import type { ConnectionSource } from '../sync/DocConnection';
import { createBoardActions, type BoardActions } from './boardActions';
import { EMPTY_SEARCH, type CanvasSearch } from './canvasSearch';
import { createStore, type Store } from './createStore';
import { cursorColor } from './cursorColor';
import type { PendingDelete } from './deleteSelection';
import { EntriesStore } from './EntriesStore';
import { MetaStore } from './MetaStore';
import { notesStore, type NotesStore } from './notesStore';
import { PeersStore } from './PeersStore';
import { TimerLockedPolicy } from './TimerLockedPolicy';
import { createPresenceActions, type PresenceActions } from './presenceActions';
import { EMPTY_SELECTION, type SelectionState } from './selection';
import type { StoredSession } from './session';
import type { TextEditTarget } from './textEditing';
import { UndoHistory } from './UndoHistory';
import type { VoteSession } from './voting/VoteSession';

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

export type PhoneView = 'notes' | 'outline' | 'board';

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
  /** zones, drawn under the notes */
  frames: EntriesStore<Frame>;
  links: EntriesStore<Link>;
  /** clusters; a note's cluster is its `groupId` */
  groups: EntriesStore<Group>;
  /** headings */
  labels: EntriesStore<Label>;
  /** the board's rules, locked for participants while the room's timer holds it (`timerLock`) */
  policy: TimerLockedPolicy;
  /** the room's timer ended and locks the room (`useTimerLock` keeps it up to date) */
  timerLock: Store<boolean>;
  categories: MetaStore<Category[]>;
  /** the board as it stands, for the rules that look beyond one entry (link ends, locked zones) */
  reader: BoardReader;
  /** why the server would refuse these changes from this user, or null: the rights table, asked before writing */
  permits(changes: EntryChange[]): string | null;
  /** undo and redo of this user's own changes */
  undo: UndoHistory;
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
  /** notes waiting for the confirmation of their deletion (someone else's, or several), with the zones, headings and links selected with them, shown in a dialog */
  pendingDelete: Store<PendingDelete | null>;
  /** the zone title or heading being typed (facilitators) */
  textEditing: Store<TextEditTarget | null>;
  /** the canvas search: query and current match */
  search: Store<CanvasSearch>;
  /** the « Plan » (outline) panel shown beside the canvas on a wide screen */
  outlineOpen: Store<boolean>;
  /**
   * while this participant writes privately: what brings their drafts' field to hand — the board's
   * « Nouvelle note », double-click and N then go there instead of onto the board everyone sees
   */
  drafting: Store<(() => void) | null>;
  /** the zone new notes go into (a participant's pair zone while the pairs work), or null */
  newNotesZone: Store<string | null>;
  /** dot voting on this board (`useVoteSession` sets it while the board is open) */
  voting: Store<VoteSession | null>;
}

export function createBoardServices(session: StoredSession): BoardServices {
  const connection = new BoardConnection({
    workshopId: session.workshopId,
    roomId: session.roomId,
    token: session.token,
    wsBase: defaultWsBase(),
    actor: { participantId: session.participantId, role: session.role },
  });
  return assembleBoardServices(session, connection, connection.doc, connection.awareness);
}

/** The stores and actions of one board over its document, whatever keeps that document in sync. */
export function assembleBoardServices(session: StoredSession, connection: BoardLink, doc: Y.Doc, awareness: Awareness): BoardServices {
  const me = { id: session.participantId, name: session.name, color: cursorColor(session.participantId) };
  const actor: Actor = { participantId: session.participantId, role: session.role };
  const timerLock = createStore(false);
  const policy = new TimerLockedPolicy(new MetaStore(doc, BOARD_POLICY_KEY, parseBoardPolicy, sameJson), timerLock, actor);
  const reader = docReader(doc);
  const permits = (changes: EntryChange[]) => checkBoardChanges(changes, actor, policy.get(), reader);
  const undo = new UndoHistory(doc, permits);
  return {
    session,
    me,
    actor,
    connection,
    notes: notesStore(doc),
    frames: EntriesStore.of(doc, 'frames'),
    links: EntriesStore.of(doc, 'links'),
    groups: EntriesStore.of(doc, 'groups'),
    labels: EntriesStore.of(doc, 'labels'),
    policy,
    timerLock,
    categories: new MetaStore(doc, CATEGORIES_KEY, parseCategories, sameJson),
    reader,
    permits,
    undo,
    peers: new PeersStore(awareness, me),
    actions: undo.steps(createBoardActions(doc, session.participantId), ['setText']),
    presence: createPresenceActions(awareness, me),
    selection: createStore<SelectionState>(EMPTY_SELECTION),
    viewport: createStore<Viewport>({ x: 0, y: 0, scale: 1 }),
    stageSize: createStore<Size>({ width: 0, height: 0 }),
    ui: createStore<UiState>({ color: DEFAULT_NOTE_COLOR, selectTool: false, panKey: false, phoneView: 'notes' }),
    marquee: createStore<Rect | null>(null),
    localDrag: createStore<ReadonlyMap<string, Point> | null>(null),
    pendingDelete: createStore<PendingDelete | null>(null),
    textEditing: createStore<TextEditTarget | null>(null),
    search: createStore<CanvasSearch>(EMPTY_SEARCH),
    outlineOpen: createStore(false),
    drafting: createStore<(() => void) | null>(null),
    newNotesZone: createStore<string | null>(null),
    voting: createStore<VoteSession | null>(null),
  };
}

export function destroyBoardServices(services: BoardServices): void {
  services.presence.destroy();
  services.peers.destroy();
  for (const store of [services.notes, services.frames, services.links, services.groups, services.labels, services.policy, services.categories, services.undo]) store.destroy();
  services.connection.destroy();
}
