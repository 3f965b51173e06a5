import type { Category } from '../schema/BoardMeta.js';
import type { Frame } from '../schema/Frame.js';
import type { Group } from '../schema/Group.js';
import type { Label } from '../schema/Label.js';
import type { Link } from '../schema/Link.js';
import type { Note } from '../schema/Note.js';
import type { NoteColor } from '../schema/noteColors.js';
import type { VoteScope } from '../schema/VoteRound.js';

/**
 * The workshop report (issue 14) as data: what the PDF, the PNG and the CSV show, read from the
 * boards and the workshop document by `buildWorkshopReport`. Plain JSON: it crosses to the
 * worker thread that draws the PDF.
 */

/** Everything drawn of one board, as its entries read through their types. */
export interface BoardContent {
  /** in drawing order (`byDrawingOrder`) */
  notes: Note[];
  frames: Frame[];
  links: Link[];
  groups: Group[];
  labels: Label[];
  categories: Category[];
}

/** One note as the report pages print it. */
export interface ReportNote {
  id: string;
  /** verbatim */
  text: string;
  color: NoteColor;
  /** the author's name; absent when the workshop is anonymous or the author is unknown */
  author?: string;
  /** the category's name, if any */
  category?: string;
  /** dots it received in the rounds whose results may be seen (a kept copy counts its original's) */
  votes: number;
  createdAt: number;
}

/** A problem tree as an outline: what leads to the problem below it, what follows above. */
export interface ReportTreeNode {
  note: ReportNote;
  children: ReportTreeNode[];
}

export interface ReportTree {
  problem: ReportNote;
  /** causes of the problem, each with its own causes as children */
  causes: ReportTreeNode[];
  /** consequences, each with its own consequences as children */
  consequences: ReportTreeNode[];
}

export interface ReportZone {
  id: string;
  title: string;
  color: NoteColor;
  /** the notes lying in it, in reading order */
  notes: ReportNote[];
}

export interface ReportCluster {
  id: string;
  title: string;
  /** its members, in reading order */
  notes: ReportNote[];
}

/** One ranked line of a round's results in a room. */
export interface ReportRanked {
  /** 1-based; tied notes share a rank */
  rank: number;
  count: number;
  note: ReportNote;
}

/** A vote round as seen from one room. */
export interface ReportRound {
  voteId: string;
  number: number;
  status: 'open' | 'closed';
  scope: VoteScope;
  /** a zone round: its zone's title; a cluster round: its cluster's title (in this room); else absent */
  scopeTitle?: string;
  dotsPerPerson: number;
  maxPerNote: number;
  anonymous: boolean;
  openedAt: number;
  closedAt: number | null;
  /** this room's turnout at the close (people who voted, people who could), null while open */
  turnout: { voted: number; eligible: number } | null;
  /** this room's notes with at least one dot, best first; null while the results are hidden */
  results: ReportRanked[] | null;
}

export interface RoomReport {
  roomId: string;
  name: string;
  plenary: boolean;
  /** `#rrggbb` */
  color: string;
  /** what the board drawing shows */
  board: BoardContent;
  /** dots shown on each note of the drawing (note id → count), the same as `ReportNote.votes` */
  votes: Record<string, number>;
  /** the board holds no note, zone, heading or link */
  empty: boolean;
  /** the closed rounds of this room with their ranked results, most recent first */
  priorities: ReportRound[];
  /** zones in reading order */
  zones: ReportZone[];
  clusters: ReportCluster[];
  trees: ReportTree[];
  /** notes in no zone and no cluster, in reading order */
  loose: ReportNote[];
  /** every round this room took part in, oldest first */
  rounds: ReportRound[];
  /** notes on the board */
  noteCount: number;
}

export interface WorkshopReport {
  title: string;
  /** when the workshop was created (ms) */
  createdAt: number;
  /** when this report was made (ms) */
  madeAt: number;
  anonymous: boolean;
  /** people who took part (participants, not facilitators nor observers), removed ones included */
  participants: number;
  /** notes on the reported boards */
  notes: number;
  /** the reported rooms, plenary first then in dashboard order */
  rooms: RoomReport[];
}
