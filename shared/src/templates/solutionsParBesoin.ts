import type { NoteColor } from '../schema/noteColors.js';
import type { BoardTemplate } from './BoardTemplate.js';
import { heading, NBSP, zone } from './templateParts.js';

const NEEDS = 3;
const W = 640;
const GAP = 80;
const COLUMN_HEIGHT = 1040;
const CHOSEN_HEIGHT = 480;
const COLORS: readonly NoteColor[] = ['orange', 'blue', 'green'];

const columns = Array.from({ length: NEEDS }, (_, i) => ({ n: i + 1, x: i * (W + GAP), color: COLORS[i]! }));

/** Solutions per need: a column per priority need, and under each the 3 most inspiring solutions. */
export const solutionsParBesoin: BoardTemplate = {
  id: 'solutions-par-besoin',
  name: { fr: 'Solutions par besoin', en: 'Solutions per need' },
  description: {
    fr: 'Une colonne par besoin prioritaire pour y poster des solutions, et sous chacune les 3 solutions les plus inspirantes.',
    en: 'One column per priority need to post solutions in, and under each the 3 most inspiring solutions.',
  },
  content: {
    frames: columns.flatMap(({ n, x, color }) => [
      zone(`besoin-${n}`, `Besoin prioritaire ${n}`, x, 0, W, COLUMN_HEIGHT, color),
      zone(`inspirantes-${n}`, '3 solutions inspirantes', x, COLUMN_HEIGHT + GAP, W, CHOSEN_HEIGHT, 'yellow'),
    ]),
    labels: [
      heading('titre', 'Solutions par besoin prioritaire', 0, -200, 72),
      heading(
        'consigne',
        `Renommez chaque colonne avec un besoin prioritaire, postez les solutions qui existent ailleurs\nou que vous imaginez, puis votez${NBSP}: les 3 plus inspirantes descendent dans la zone du dessous.`,
        0,
        -100,
        28,
      ),
    ],
    notes: [],
    links: [],
  },
};
