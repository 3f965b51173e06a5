import { DEFAULT_RUN_DURATIONS, type RunDurations } from '../schema/RoomRun.js';
import type { BoardTemplate } from './BoardTemplate.js';
import { heading, NBSP, zone } from './templateParts.js';

/** « 3 min », « 30 s », « 1 min 30 s » (no-break spaces). */
export function spokenDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s}${NBSP}s`;
  return s === 0 ? `${m}${NBSP}min` : `${m}${NBSP}min${NBSP}${s}${NBSP}s`;
}

/** The template's three step headings, saying the durations a run uses (the template itself: 3, 12 and 3 minutes). */
export function brainstormStepHeadings(d: RunDurations): [string, string, string] {
  return [
    `1. Seul·e, ${spokenDuration(d.ideas)}${NBSP}: une idée par note`,
    `2. En binômes, ${spokenDuration(d.pairs)}${NBSP}: une proposition concrète`,
    `3. Restitution (${spokenDuration(d.turn)} par binôme) et regroupement`,
  ];
}

const STEPS = brainstormStepHeadings(DEFAULT_RUN_DURATIONS);

const AREA = 1200;
const GAP = 120;
const PAIR = 560;
const PAIR_GAP = AREA - 2 * PAIR;
const pairsX = AREA + GAP;
const clusterX = 2 * (AREA + GAP);

/** The 3-12-3 brainstorm: a question, ideas alone (3 min), in pairs (12 min), then presented and grouped. */
export const brainstorm3123: BoardTemplate = {
  id: 'brainstorm-3-12-3',
  name: { fr: 'Brainstorm 3-12-3', en: '3-12-3 brainstorm' },
  description: {
    fr: 'Une question, 3 minutes d’idées seul·e, 12 minutes en binômes pour en faire des propositions concrètes, puis la restitution et le regroupement en catégories.',
    en: 'One question, 3 minutes of ideas alone, 12 minutes in pairs to turn them into concrete proposals, then the presentations and grouping into categories.',
  },
  content: {
    frames: [
      zone('idees', 'Idées individuelles (une idée par note)', 0, 0, AREA, AREA, 'yellow'),
      ...[0, 1, 2, 3].map((i) =>
        zone(`binome-${i + 1}`, `Binôme ${i + 1}`, pairsX + (i % 2) * (PAIR + PAIR_GAP), Math.floor(i / 2) * (PAIR + PAIR_GAP), PAIR, PAIR, 'blue'),
      ),
      zone('regroupement', 'Regroupement en catégories', clusterX, 0, AREA, AREA, 'green'),
    ],
    labels: [
      heading('question', `Question${NBSP}: quelle question posons-nous${NBSP}? (à reformuler)`, 0, -260, 64),
      heading('etape-1', STEPS[0], 0, -110, 40),
      heading('etape-2', STEPS[1], pairsX, -110, 40),
      heading('etape-3', STEPS[2], clusterX, -110, 40),
    ],
    notes: [],
    links: [],
  },
};
