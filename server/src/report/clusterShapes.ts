import { boundsOf, membersByGroup, type Group, type Note, type Rect } from '@essaim/shared';
import {
  baselineIn,
  CLUSTER_CARD,
  CLUSTER_PADDING,
  CLUSTER_STROKE,
  CLUSTER_TAB_FILL,
  CLUSTER_TAB_FONT,
  CLUSTER_TAB_HEIGHT,
  CLUSTER_TAB_MAX_TEXT,
  CLUSTER_TAB_PAD,
  INK,
  MUTED_INK,
} from './boardStyle.js';
import type { SceneShape } from './BoardScene.js';
import type { TextMeasure } from './textMeasure.js';
import { clampLines, fitLine, wrapText } from './wrapText.js';

export interface ClusterLayout {
  group: Group;
  members: Note[];
  outline: Rect;
  /** folded: the card drawn in place of its notes */
  card: Rect | null;
}

/** Each cluster with its notes: the outline around them, and its card when folded (as the client's `useLiveBoxes`). */
export function clusterLayouts(groups: readonly Group[], notes: readonly Note[]): ClusterLayout[] {
  const members = membersByGroup(notes);
  const layouts: ClusterLayout[] = [];
  for (const group of groups) {
    const list = members.get(group.id);
    const bounds = list && boundsOf(list);
    if (!list || !bounds) continue;
    const outline = { x: bounds.x - CLUSTER_PADDING, y: bounds.y - CLUSTER_PADDING, width: bounds.width + 2 * CLUSTER_PADDING, height: bounds.height + 2 * CLUSTER_PADDING };
    const card = group.collapsed ? { x: outline.x, y: outline.y, width: CLUSTER_CARD.width, height: CLUSTER_CARD.height } : null;
    layouts.push({ group, members: list, outline, card });
  }
  return layouts;
}

/**
 * A cluster: a dashed rounded outline with its title and count on a tab above (« Transports · 4 »),
 * the title cut with « … » rather than the count; folded, a card with its title and « 4 notes ».
 */
export function clusterShape(layout: ClusterLayout, title: string, counts: { tab: string; card: string }, measure: TextMeasure): SceneShape {
  const { outline, card } = layout;
  const font = CLUSTER_TAB_FONT;
  if (card) {
    const pad = 14;
    const lines = clampLines(wrapText(title, { size: font, bold: true, width: card.width - 2 * pad, hyphenate: true }, measure).lines, 2, card.width - 2 * pad, font, true, measure);
    return {
      bounds: { ...card, height: card.height + 2 },
      ops: [
        { kind: 'rect', x: card.x, y: card.y + 2, width: card.width, height: card.height, style: { fill: '#000000', fillOpacity: 0.08, radius: 12 } },
        { kind: 'rect', ...card, style: { fill: '#ffffff', stroke: CLUSTER_STROKE, lineWidth: 1.5, radius: 12 } },
        ...lines.map((line, i) => ({ kind: 'text' as const, text: line, x: card.x + pad, y: baselineIn(card.y + pad + i * font * 1.2, font, 1.2), style: { size: font, bold: true, color: INK } })),
        { kind: 'text', text: counts.card, x: card.x + pad, y: card.y + card.height - pad, style: { size: 13, bold: false, color: MUTED_INK } },
      ],
    };
  }
  const countPart = ` · ${counts.tab}`;
  const titleRoom = CLUSTER_TAB_MAX_TEXT - measure.width(countPart, font, true);
  const text = fitLine(title, Math.max(font, titleRoom), font, true, measure) + countPart;
  const tab = { x: outline.x, y: outline.y - CLUSTER_TAB_HEIGHT, width: measure.width(text, font, true) + 2 * CLUSTER_TAB_PAD, height: CLUSTER_TAB_HEIGHT - 2 };
  return {
    bounds: boundsOf([outline, tab])!,
    ops: [
      { kind: 'rect', ...outline, style: { fill: CLUSTER_STROKE, fillOpacity: 0.05, stroke: CLUSTER_STROKE, lineWidth: 1.5, dash: [10, 6], radius: 16 } },
      { kind: 'rect', ...tab, style: { fill: CLUSTER_TAB_FILL, stroke: CLUSTER_STROKE, lineWidth: 1.5, radius: [10, 10, 0, 0] } },
      { kind: 'text', text, x: tab.x + CLUSTER_TAB_PAD, y: baselineIn(tab.y, font, tab.height / font), style: { size: font, bold: true, color: INK } },
    ],
  };
}
