import type { BoardTemplate } from './BoardTemplate.js';
import { heading, NBSP, zone } from './templateParts.js';

const POOL = { width: 1000, height: 1400 };
const HEADINGS = 4;
const COLUMN = 720;
const firstColumnX = POOL.width + 160;

/** Key success factors: ideas posted in one place, then clustered under the headings the facilitator gives. */
export const facteursClesDeSucces: BoardTemplate = {
  id: 'facteurs-cles-de-succes',
  name: { fr: 'Facteurs clés de succès', en: 'Key success factors' },
  description: {
    fr: `Un tableau ouvert${NBSP}: les idées sont postées, puis regroupées sous les intitulés que vous donnez.`,
    en: 'An open board: ideas are posted, then grouped under the headings you give.',
  },
  content: {
    frames: [zone('idees', 'Idées à regrouper', 0, 0, POOL.width, POOL.height, 'yellow')],
    labels: [
      heading('titre', 'Facteurs clés de succès', 0, -260, 72),
      heading(
        'question',
        `Comment repérer et accompagner de nouveaux porteurs de projets${NBSP}?\nQu’est-ce qui fait réussir un projet${NBSP}?`,
        0,
        -150,
        32,
      ),
      ...Array.from({ length: HEADINGS }, (_, i) => heading(`facteur-${i + 1}`, `Facteur clé ${i + 1}`, firstColumnX + i * COLUMN, 0, 48)),
    ],
    notes: [],
    links: [],
  },
};
