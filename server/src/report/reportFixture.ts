import type { Category, Frame, Group, Label, Link, Note, NoteColor, ReportNote, ReportRound, ReportTreeNode, RoomReport, WorkshopReport } from '@essaim/shared';
import { reportMeasure, type TextMeasure } from './textMeasure.js';

/**
 * A workshop report written by hand for the renderer's tests and timings: French texts full of
 * accents, « guillemets », apostrophes, œ, long words and markup, zones, clusters (one folded),
 * a problem tree, links, headings, categories, vote rounds, a plenary and an empty room.
 */

const NBSP = '\u00a0';
export const NOTE_TEXTS = [
  'Créer un service de transport à la demande pour les communes rurales',
  `Mettre en place un «${NBSP}pédibus${NBSP}» pour l’école élémentaire`,
  'L’accès aux soins est très difficile sans voiture…',
  `Anticonstitutionnellement${NBSP}: un mot très long pour éprouver la césure`,
  'Soutenir le développement-économique-territorial des centres-bourgs',
  '<script>alert(1)</script>',
  `Ouvrir un tiers-lieu où l’on puisse se retrouver, même en hiver${NBSP}; pourquoi pas à la mairie\u202f?`,
  `Cœur de village${NBSP}: réhabiliter les commerces fermés (boulangerie, épicerie, café)`,
  `Les élèves du collège rentrent à 18${NBSP}h${NBSP}30 à cause des horaires du car scolaire. Beaucoup de familles s’organisent entre elles, mais ce n’est pas tenable sur la durée${NBSP}: il faudrait une vraie réponse collective, à l’échelle de l’intercommunalité, avec les transporteurs et la région.`,
  'Vélo à assistance électrique prêté par la communauté de communes',
  `Améliorer l’éclairage des arrêts de bus${NBSP}; sécurité des piétons`,
  `Ça coûte trop cher${NBSP}!`,
  'Œuvrer avec les associations d’aide à domicile',
  'Être écouté·e par les élus, et pas seulement au moment des élections',
];
export const AUTHORS = ['Amina Benali', 'Bruno Lefèvre', 'Chloé Martin', 'Élodie Rousseau', 'François Nguyen'];
const COLORS: NoteColor[] = ['yellow', 'orange', 'pink', 'violet', 'blue', 'green', 'grey'];
const CATEGORIES: Category[] = [
  { id: 'cat-mob', name: 'Mobilité', color: 'blue' },
  { id: 'cat-sante', name: 'Santé', color: 'pink' },
  { id: 'cat-eco', name: 'Développement économique', color: 'green' },
];
const T0 = Date.UTC(2026, 11, 4, 9, 0);
const SIZE = 160;
const GAP = 20;
const ZONE_TOP = 96;

interface RoomSpec {
  id: string;
  name: string;
  plenary: boolean;
  color: string;
  notes: number;
  prefix: string;
}

/** A report of 3 rooms: the plenary (a few notes, copies from a room), « Mobilité » with `notes` notes, and an empty room. */
export function sampleReport(options: { notes?: number; anonymous?: boolean } = {}): WorkshopReport {
  const anonymous = options.anonymous ?? false;
  const rooms = [
    roomReport({ id: 'plen', name: 'Plénière', plenary: true, color: '#4f46e5', notes: 5, prefix: 'p' }),
    roomReport({ id: 'r1', name: 'Mobilité et accès aux services', plenary: false, color: '#0f766e', notes: options.notes ?? 30, prefix: 'n' }),
    roomReport({ id: 'r2', name: 'Habitat', plenary: false, color: '#b45309', notes: 0, prefix: 'h' }),
  ];
  return {
    title: 'Atelier «\u00a0Bien vivre à Saint-Julien-l’Ars\u00a0»',
    createdAt: T0,
    madeAt: T0 + 86_400_000 + 5 * 3_600_000 + 30 * 60_000,
    // the authors are kept on purpose: an anonymous report must not print them even when they are there
    anonymous,
    participants: 14,
    notes: rooms.reduce((sum, room) => sum + room.noteCount, 0),
    rooms,
  };
}

function noteText(i: number): string {
  const text = NOTE_TEXTS[i % NOTE_TEXTS.length]!;
  return i < NOTE_TEXTS.length ? text : `${text} (${i + 1})`;
}

function roomReport(spec: RoomSpec): RoomReport {
  const notes: Note[] = [];
  const make = (i: number, x: number, y: number, extra: Partial<Note> = {}): Note => {
    const note: Note = {
      id: `${spec.prefix}${i}`,
      text: noteText(i),
      color: COLORS[i % COLORS.length]!,
      x,
      y,
      width: SIZE,
      height: i % 9 === 8 ? 200 : SIZE,
      authorId: `a${i % AUTHORS.length}`,
      createdAt: T0 + i * 60_000,
      ...(i % 4 === 1 ? { categoryId: CATEGORIES[i % CATEGORIES.length]!.id } : {}),
      ...extra,
    };
    notes.push(note);
    return note;
  };
  const frames: Frame[] = [];
  const groups: Group[] = [];
  const links: Link[] = [];
  const labels: Label[] = [];
  if (spec.notes === 0) return assemble(spec, { notes, frames, links, groups, labels, categories: [] });

  const treeCount = spec.notes >= 12 ? 6 : 0;
  const looseCount = spec.notes >= 12 ? 3 : 0;
  const inZones = spec.notes - treeCount - looseCount;
  const zoneTitles = spec.plenary ? ['Synthèse des salles'] : ['Besoins du territoire', 'Idées d’actions pour «\u00a0bouger\u00a0» autrement', 'Freins et leviers'];
  labels.push({ id: `${spec.prefix}-q`, text: `Question${NBSP}: comment mieux se déplacer sans voiture\u202f?`, x: 0, y: -90, fontSize: 40 });
  let x = 0;
  let i = 0;
  zoneTitles.forEach((title, z) => {
    const count = Math.ceil((inZones - i) / (zoneTitles.length - z));
    const cols = Math.max(2, Math.ceil(Math.sqrt(count)));
    const rows = Math.max(1, Math.ceil(count / cols));
    const frame: Frame = { id: `${spec.prefix}-z${z}`, title, x, y: 0, width: cols * (SIZE + GAP) + GAP, height: ZONE_TOP + rows * (SIZE + GAP + 40) + GAP, color: COLORS[(z * 2 + 4) % COLORS.length]! };
    frames.push(frame);
    for (let k = 0; k < count; k++, i++) {
      const col = k % cols;
      const row = Math.floor(k / cols);
      const extra: Partial<Note> = {};
      if (z === 0 && col < 2 && row < 2 && count >= 4) extra.groupId = `${spec.prefix}-g0`;
      if (z === 2 && row === 0 && col < 2 && count >= 3) extra.groupId = `${spec.prefix}-g1`;
      if (spec.plenary) extra.room = { id: 'r1', name: 'Mobilité et accès aux services', color: '#0f766e' };
      make(i, x + GAP + col * (SIZE + GAP), ZONE_TOP + row * (SIZE + GAP + 40), extra);
    }
    x += frame.width + 60;
  });
  if (notes.some((n) => n.groupId === `${spec.prefix}-g0`)) groups.push({ id: `${spec.prefix}-g0`, title: 'Transports à la demande et solidaires' });
  if (notes.some((n) => n.groupId === `${spec.prefix}-g1`)) groups.push({ id: `${spec.prefix}-g1`, title: 'Covoiturage', collapsed: true });
  if (notes.length >= 2) links.push({ id: `${spec.prefix}-l0`, from: notes[0]!.id, to: notes[notes.length - 1]!.id, kind: 'plain', label: 'mène à' });

  for (let k = 0; k < looseCount; k++, i++) make(i, x + GAP, ZONE_TOP + k * (SIZE + GAP));
  if (treeCount) {
    // a problem, two causes below (one with its own cause), two consequences above
    const top = Math.max(...frames.map((f) => f.y + f.height)) + 320;
    labels.push({ id: `${spec.prefix}-h`, text: 'Arbre à problèmes', x: 0, y: top - 300, fontSize: 32, color: 'green' });
    const problem = make(i++, 400, top, { text: 'Isolement des personnes âgées en zone rurale', color: 'pink' });
    const c1 = make(i++, 200, top + 260, { text: 'Manque de transports en commun' });
    const c2 = make(i++, 600, top + 260, { text: 'Fermeture des commerces de proximité' });
    const c11 = make(i++, 200, top + 520, { text: 'Suppression de la ligne de bus 12 en 2024' });
    const q1 = make(i++, 200, top - 260, { text: 'Renoncement aux soins' });
    const q2 = make(i++, 600, top - 260, { text: 'Perte de lien social, solitude…' });
    links.push(
      { id: `${spec.prefix}-t1`, from: c1.id, to: problem.id, kind: 'cause' },
      { id: `${spec.prefix}-t2`, from: c2.id, to: problem.id, kind: 'cause' },
      { id: `${spec.prefix}-t3`, from: c11.id, to: c1.id, kind: 'cause' },
      { id: `${spec.prefix}-t4`, from: problem.id, to: q1.id, kind: 'consequence' },
      { id: `${spec.prefix}-t5`, from: problem.id, to: q2.id, kind: 'consequence' },
    );
  }
  return assemble(spec, { notes, frames, links, groups, labels, categories: CATEGORIES });
}

function assemble(spec: RoomSpec, board: RoomReport['board']): RoomReport {
  const { notes, frames, groups, links } = board;
  // every fourth note has dots: more near the start, so the ranking has ties and a clear top
  const votes: Record<string, number> = {};
  notes.forEach((note, i) => {
    if (i % 4 === 0) votes[note.id] = Math.max(1, 9 - Math.floor(i / 4));
  });
  const categoryName = new Map(board.categories.map((c) => [c.id, c.name]));
  const report = (note: Note): ReportNote => ({
    id: note.id,
    text: note.text,
    color: note.color,
    author: AUTHORS[Number(note.authorId.slice(1))],
    ...(note.categoryId ? { category: categoryName.get(note.categoryId)! } : {}),
    votes: votes[note.id] ?? 0,
    createdAt: note.createdAt,
  });
  const inFrame = (f: Frame, n: Note) => n.x + n.width / 2 >= f.x && n.x + n.width / 2 <= f.x + f.width && n.y + n.height / 2 >= f.y && n.y + n.height / 2 <= f.y + f.height;
  const byId = new Map(notes.map((n) => [n.id, n]));
  const node = (id: string, kind: 'cause' | 'consequence'): ReportTreeNode => ({
    note: report(byId.get(id)!),
    children: links.filter((l) => l.kind === kind && (kind === 'cause' ? l.to === id : l.from === id)).map((l) => node(kind === 'cause' ? l.from : l.to, kind)),
  });
  const problem = links.find((l) => l.kind === 'consequence')?.from;
  const ranked = notes
    .filter((n) => votes[n.id])
    .sort((a, b) => votes[b.id]! - votes[a.id]!)
    .map((n, k, all) => ({ rank: all.findIndex((m) => votes[m.id] === votes[n.id]) + 1, count: votes[n.id]!, note: report(n) }));
  const rounds: ReportRound[] = notes.length === 0 ? [] : [
    { voteId: 'v1', number: 1, status: 'closed', scope: { kind: 'board' }, dotsPerPerson: 5, maxPerNote: 2, anonymous: true, openedAt: T0 + 3_600_000, closedAt: T0 + 4_200_000, turnout: { voted: 12, eligible: 14 }, results: ranked },
    { voteId: 'v2', number: 2, status: 'closed', scope: { kind: 'frame', frameId: (frames[1] ?? frames[0])!.id, title: (frames[1] ?? frames[0])!.title }, scopeTitle: (frames[1] ?? frames[0])!.title, dotsPerPerson: 3, maxPerNote: 1, anonymous: false, openedAt: T0 + 5_000_000, closedAt: T0 + 5_600_000, turnout: { voted: 1, eligible: 14 }, results: ranked.slice(0, 3) },
    { voteId: 'v3', number: 3, status: 'open', scope: { kind: 'notes', noteIds: notes.slice(0, 4).map((n) => n.id) }, dotsPerPerson: 2, maxPerNote: 2, anonymous: true, openedAt: T0 + 7_000_000, closedAt: null, turnout: null, results: null },
  ];
  return {
    roomId: spec.id,
    name: spec.name,
    plenary: spec.plenary,
    color: spec.color,
    board,
    votes,
    empty: notes.length === 0 && frames.length === 0 && board.labels.length === 0 && links.length === 0,
    priorities: rounds.filter((r) => r.status === 'closed' && r.results).reverse(),
    zones: frames.map((f) => ({ id: f.id, title: f.title, color: f.color, notes: notes.filter((n) => inFrame(f, n)).map(report) })),
    clusters: groups.map((g) => ({ id: g.id, title: g.title, notes: notes.filter((n) => n.groupId === g.id).map(report) })),
    trees: problem ? [{ problem: report(byId.get(problem)!), causes: node(problem, 'cause').children, consequences: node(problem, 'consequence').children }] : [],
    loose: notes.filter((n) => !n.groupId && !frames.some((f) => inFrame(f, n))).map(report),
    rounds,
    noteCount: notes.length,
  };
}

/** The report's measure, counting what it is asked: how many pieces, how many characters in all. */
export function countingMeasure(): TextMeasure & { calls: number; chars: number } {
  return {
    calls: 0,
    chars: 0,
    width(text, size, bold) {
      this.calls++;
      this.chars += text.length;
      return reportMeasure.width(text, size, bold);
    },
  };
}
