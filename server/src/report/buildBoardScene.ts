import { LABEL_INKS, type Label, type LinkKind, type Rect, type ReportNote, type ReportTreeNode, type RoomReport } from '@essaim/shared';
import { baselineIn, INK, LABEL_LINE_HEIGHT } from './boardStyle.js';
import { unionOf, type BoardScene, type SceneShape } from './BoardScene.js';
import { clusterLayouts, clusterShape } from './clusterShapes.js';
import { linkShape } from './linkShape.js';
import { noteShape, voteBadge } from './noteShape.js';
import { reportStrings, type ReportLang } from './reportStrings.js';
import { reportMeasure, type TextMeasure } from './textMeasure.js';

export interface SceneOptions {
  lang: ReportLang;
  /** the workshop is anonymous: no author's name is drawn, even one the report would carry */
  anonymous: boolean;
}

/** Scenes already laid out for a room (the caller asks for the PNG's size, then for the PNG). */
const scenes = new WeakMap<RoomReport, Map<string, BoardScene>>();

/** The room's board laid out for drawing, once per room object and options. */
export function boardScene(room: RoomReport, options: SceneOptions, measure: TextMeasure = reportMeasure): BoardScene {
  const key = `${options.lang}|${options.anonymous ? 1 : 0}`;
  let byOptions = scenes.get(room);
  if (!byOptions) scenes.set(room, (byOptions = new Map()));
  let scene = byOptions.get(key);
  if (!scene) {
    scene = buildBoardScene(room, options, measure);
    byOptions.set(key, scene);
  }
  return scene;
}

/** Every note the report pages name, by id: where the board drawing finds authors' names. */
function reportNotesById(room: RoomReport): Map<string, ReportNote> {
  const byId = new Map<string, ReportNote>();
  const add = (note: ReportNote) => byId.set(note.id, note);
  const addTree = (node: ReportTreeNode) => {
    add(node.note);
    node.children.forEach(addTree);
  };
  room.zones.forEach((zone) => zone.notes.forEach(add));
  room.clusters.forEach((cluster) => cluster.notes.forEach(add));
  room.loose.forEach(add);
  for (const tree of room.trees) {
    add(tree.problem);
    tree.causes.forEach(addTree);
    tree.consequences.forEach(addTree);
  }
  return byId;
}

function labelShape(label: Label, measure: TextMeasure): SceneShape {
  const lineHeight = label.fontSize * LABEL_LINE_HEIGHT;
  const color = label.color ? LABEL_INKS[label.color] : INK;
  const lines = label.text.split('\n');
  const width = Math.max(1, ...lines.map((line) => measure.width(line, label.fontSize, true)));
  return {
    bounds: { x: label.x, y: label.y, width, height: lines.length * lineHeight },
    ops: lines.map((line, i) => ({ kind: 'text' as const, text: line, x: label.x, y: baselineIn(label.y + i * lineHeight, label.fontSize, LABEL_LINE_HEIGHT), style: { size: label.fontSize, bold: true, color } })),
  };
}

/** Lays out the board as the client draws it: zones, headings, clusters, links, notes, then the vote counts above. */
export function buildBoardScene(room: RoomReport, options: SceneOptions, measure: TextMeasure = reportMeasure): BoardScene {
  const { notes, frames, links, groups, labels, categories } = room.board;
  const strings = reportStrings(options.lang);
  const authors = options.anonymous ? new Map<string, ReportNote>() : reportNotesById(room);
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const shapes: SceneShape[] = labels.map((label) => labelShape(label, measure));

  const clusters = clusterLayouts(groups, notes);
  const foldedInto = new Map<string, Rect>();
  for (const cluster of clusters) {
    if (cluster.card) for (const note of cluster.members) foldedInto.set(note.id, cluster.card);
    const count = cluster.members.length;
    shapes.push(clusterShape(cluster, cluster.group.title.trim() || strings.untitled, { tab: String(count), card: strings.notes(count) }, measure));
  }

  const byId = new Map(notes.map((note) => [note.id, note]));
  const linkKinds = new Set<LinkKind>();
  for (const link of links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) continue;
    const a = foldedInto.get(from.id) ?? from;
    const b = foldedInto.get(to.id) ?? to;
    // both ends folded into the same card: nothing to draw between them
    if (a === b) continue;
    const shape = linkShape(link, a, b, measure);
    if (shape) {
      shapes.push(shape);
      linkKinds.add(link.kind);
    }
  }

  const fonts: number[] = [];
  const badges: SceneShape[] = [];
  for (const note of notes) {
    if (foldedInto.has(note.id)) continue;
    const author = authors.get(note.id)?.author;
    const category = note.categoryId ? categoryById.get(note.categoryId) : undefined;
    const { shape, fontSize } = noteShape(note, author, category, measure);
    shapes.push(shape);
    if (fontSize !== null) fonts.push(fontSize);
    const count = room.votes[note.id] ?? 0;
    if (count > 0) badges.push(voteBadge(note, count, measure));
  }
  shapes.push(...badges);

  const bounds = unionOf([...frames, ...shapes.map((s) => s.bounds)]);
  fonts.sort((a, b) => a - b);
  const noteFont = fonts.length > 0 ? fonts[Math.floor((fonts.length - 1) / 2)]! : null;
  return { bounds, zones: frames, shapes, noteFont, hasVotes: badges.length > 0, linkKinds };
}
