import type { ReportTreeNode, RoomReport } from '@essaim/shared';
import { CLUSTER_STROKE } from './boardStyle.js';
import type { PdfFlow } from './PdfFlow.js';
import { capitalise } from './reportStrings.js';
import { votesTable } from './votesTable.js';

/** Outlines deeper than this are not indented further (the text would get too narrow). */
const MAX_DEPTH = 6;

/**
 * The room's report pages, as text: priorities (ranked results of its closed rounds), zones and
 * clusters with every note, problem trees as outlines, notes in no zone or cluster, every round.
 * Empty sections are left out.
 */
export function addReportSections(flow: PdfFlow, room: RoomReport, accent: string): void {
  const s = flow.strings;
  if (room.priorities.length > 0) {
    flow.section(s.priorities, accent);
    for (const round of room.priorities) {
      const details = [round.turnout ? s.turnout(round.turnout.voted, round.turnout.eligible) : null, round.closedAt ? s.closedOn(round.closedAt) : null];
      flow.subheading(`${s.round(round.number)} · ${capitalise(s.scope(round.scope, round.scopeTitle))}`, details.filter(Boolean).join(' · '));
      // priorities are rounds whose results may be seen (`roomPriorities`)
      if (!round.results || round.results.length === 0) flow.paragraph(s.noResults);
      else for (const line of round.results) flow.note(line.note, { rank: line.rank, count: line.count });
    }
  }
  // zones left empty (a template's, say) show on the drawing; the pages list what was written
  const zones = room.zones.filter((z) => z.notes.length > 0);
  if (room.noteCount === 0 && !room.empty) flow.paragraph(s.noNotes);
  if (zones.length > 0) {
    flow.section(s.zones, accent);
    for (const zone of zones) {
      flow.subheading(zone.title.trim() || s.untitled, s.notes(zone.notes.length), zone.color);
      for (const note of zone.notes) flow.note(note);
    }
  }
  if (room.clusters.length > 0) {
    flow.section(s.clusters, accent);
    for (const cluster of room.clusters) {
      flow.subheading(cluster.title.trim() || s.untitled, s.notes(cluster.notes.length), CLUSTER_STROKE);
      for (const note of cluster.notes) flow.note(note);
    }
  }
  if (room.trees.length > 0) {
    flow.section(s.trees, accent);
    room.trees.forEach((tree, i) => {
      flow.subheading(room.trees.length > 1 ? `${s.problem} ${i + 1}` : s.problem);
      flow.note(tree.problem);
      if (tree.causes.length > 0) {
        flow.label(s.causes, 16);
        outline(flow, tree.causes, 1);
      }
      if (tree.consequences.length > 0) {
        flow.label(s.consequences, 16);
        outline(flow, tree.consequences, 1);
      }
    });
  }
  if (room.loose.length > 0) {
    flow.section(s.loose, accent);
    for (const note of room.loose) flow.note(note);
  }
  if (room.rounds.length > 0) {
    flow.section(s.votes, accent);
    votesTable(flow, room.rounds);
  }
}

/** Each node indented by its depth, its children below it. */
function outline(flow: PdfFlow, nodes: readonly ReportTreeNode[], depth: number): void {
  for (const node of nodes) {
    flow.note(node.note, { indent: 16 * Math.min(depth, MAX_DEPTH), bullet: '–' });
    outline(flow, node.children, depth + 1);
  }
}
