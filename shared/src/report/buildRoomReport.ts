import type * as Y from 'yjs';
import type { RoomEntry } from '../schema/workshopMaps.js';
import type { VoteRound } from '../schema/VoteRound.js';
import { boardTrees } from './boardTrees.js';
import { noteSections } from './noteSections.js';
import { readBoardContent } from './readBoardContent.js';
import type { ProblemTree } from '../ops/readProblemTree.js';
import type { ReportNote, ReportTree, RoomReport } from './Report.js';
import { reportNote } from './reportNote.js';
import { roomPriorities, roomRounds } from './roomRounds.js';
import { roomVotes } from './roomVotes.js';
import { treeOutline } from './treeOutline.js';

/** What every room of a report shares: the workshop's anonymity, its people's names, its vote rounds. */
export interface RoomReportContext {
  anonymous: boolean;
  /** participant id → name */
  authors: Readonly<Record<string, string>>;
  /** every round of the workshop, oldest first (`readVoteRounds`) */
  rounds: readonly VoteRound[];
}

/** One room of the report, read from its board: the drawing, its dots, its sections, its trees and its rounds. */
export function buildRoomReport(room: RoomEntry, board: Y.Doc, ctx: RoomReportContext): RoomReport {
  const content = readBoardContent(board);
  const noteIds = new Set(content.notes.map((n) => n.id));
  const votes = new Map([...roomVotes(ctx.rounds, room.id)].filter(([id]) => noteIds.has(id)));
  const categories = new Map(content.categories.map((c) => [c.id, c.name]));
  const notes = new Map<string, ReportNote>();
  for (const note of content.notes) notes.set(note.id, reportNote(note, { anonymous: ctx.anonymous, authors: ctx.authors, categories, votes }));
  const printed = (list: readonly { id: string }[]): ReportNote[] => list.map((n) => notes.get(n.id)!);

  const sections = noteSections(content.notes, content.frames, content.groups);
  const rounds = roomRounds(ctx.rounds, room.id, { frames: content.frames, groups: content.groups, notes });
  return {
    roomId: room.id,
    name: room.name,
    plenary: room.plenary,
    color: room.color,
    board: content,
    votes: Object.fromEntries(votes),
    empty: content.notes.length === 0 && content.frames.length === 0 && content.labels.length === 0 && content.links.length === 0,
    priorities: roomPriorities(rounds),
    zones: sections.zones.map(({ frame, notes: list }) => ({ id: frame.id, title: frame.title, color: frame.color, notes: printed(list) })),
    clusters: sections.clusters.map(({ group, notes: list }) => ({ id: group.id, title: group.title, notes: printed(list) })),
    trees: outlines(boardTrees(content.notes, content.links), notes),
    loose: printed(sections.loose),
    rounds,
    noteCount: content.notes.length,
  };
}

/** The board's trees as outlines, each note printed once over all of them. */
function outlines(trees: readonly ProblemTree[], notes: ReadonlyMap<string, ReportNote>): ReportTree[] {
  const printed = new Set<string>();
  return trees.map((tree) => treeOutline(tree, notes, printed));
}
