import type { NoteColor } from '../schema/noteColors.js';
import type { BoardTemplate } from './BoardTemplate.js';
import { heading, NBSP, zone } from './templateParts.js';

const THEMES = [
  'Services collectifs à la population',
  'Commerces et services de proximité',
  'Alimentation et circuits courts',
  'Mobilité durable',
  'Habitat durable',
  'Environnement',
  'Développement local et tourisme',
  'Bien-vieillir',
  'Tiers-lieux',
  'Isolement et lien social',
  'Autres besoins',
];
const COLORS: readonly NoteColor[] = ['green', 'blue', 'yellow', 'pink', 'violet', 'orange'];

// Room for six notes of 160 in a zone (three by two, with margins and the title). Three zones a
// row, not four: fitted to a 360 px phone a zone stays some 82 px wide, room for its title on
// three lines at a readable size (at four a row, 62 px cut « Développement » and « collectifs »).
const W = 600;
const H = 480;
const GAP = 80;
const COLUMNS = 3;
const ROWS = Math.ceil(THEMES.length / COLUMNS);
const gridWidth = COLUMNS * W + (COLUMNS - 1) * GAP;
const selectionY = ROWS * (H + GAP) + 160;
const selectionWidth = (gridWidth - GAP) / 2;

/** The needs map: one zone per theme, then the room's 3 priority needs and its 1 or 2 emerging ones. */
export const carteDesBesoins: BoardTemplate = {
  id: 'carte-des-besoins',
  name: { fr: 'Carte des besoins', en: 'Needs map' },
  description: {
    fr: 'Une zone par thème (mobilité, habitat, bien-vieillir…), puis les 3 besoins prioritaires et 1 à 2 besoins émergents.',
    en: 'One zone per theme (mobility, housing, ageing well…), then the 3 priority needs and 1 or 2 emerging needs.',
  },
  content: {
    frames: [
      ...THEMES.map((title, i) =>
        zone(
          `theme-${i + 1}`,
          title,
          (i % COLUMNS) * (W + GAP),
          Math.floor(i / COLUMNS) * (H + GAP),
          W,
          H,
          i === THEMES.length - 1 ? 'grey' : COLORS[i % COLORS.length]!,
        ),
      ),
      zone('prioritaires', '3 besoins prioritaires', 0, selectionY, selectionWidth, H, 'orange'),
      zone('emergents', 'Besoins émergents (1 à 2)', selectionWidth + GAP, selectionY, selectionWidth, H, 'violet'),
    ],
    labels: [
      heading('titre', 'Carte des besoins du territoire', 0, -200, 72),
      heading('consigne', `Ajoutez les besoins qui manquent dans chaque thème${NBSP}; le thème «${NBSP}Autres besoins${NBSP}» accueille le reste.`, 0, -100, 32),
      heading('selection', `Après le vote${NBSP}: les besoins retenus par la salle`, 0, selectionY - 110, 44),
    ],
    notes: [],
    links: [],
  },
};
