import type { BoardTemplate } from './BoardTemplate.js';
import { heading, NBSP, zone } from './templateParts.js';

const WIDTH = 1600;
const BRANCHES_HEIGHT = 560;
const PROBLEM = { width: 320, height: 160 };
// The trunk sits between the two zones, in neither: it is the problem, not one of its causes. The
// zones start just past it, so the first row of causes (and of consequences) that « Ajouter une
// cause » and « Réorganiser » place one tree level away (`TREE_LEVEL_GAP`) lands inside its zone,
// below its title band, not across it.
const GAP = 8;
const problemY = BRANCHES_HEIGHT + GAP;
const rootsY = problemY + PROBLEM.height + GAP;

/** The problem tree: the central problem (trunk), its consequences above (branches), its causes below (roots). */
export const arbreAProblemes: BoardTemplate = {
  id: 'arbre-a-problemes',
  name: { fr: 'Arbre à problèmes', en: 'Problem tree' },
  description: {
    fr: 'Le problème central au milieu, ses conséquences au-dessus (branches) et ses causes en dessous (racines), reliées par des flèches.',
    en: 'The central problem in the middle, its consequences above (branches) and its causes below (roots), joined by arrows.',
  },
  content: {
    frames: [
      zone('branches', 'Conséquences (branches)', 0, 0, WIDTH, BRANCHES_HEIGHT, 'green'),
      zone('racines', 'Causes (racines)', 0, rootsY, WIDTH, BRANCHES_HEIGHT, 'blue'),
    ],
    labels: [
      heading('titre', 'Arbre à problèmes', 0, -200, 72),
      heading(
        'consigne',
        `Reformulez le problème, puis ajoutez ses causes et ses conséquences${NBSP}:\nclic droit sur la note, «${NBSP}Ajouter une cause${NBSP}» ou «${NBSP}Ajouter une conséquence${NBSP}».`,
        0,
        -100,
        28,
      ),
      heading('tronc', `Tronc${NBSP}: le problème central`, 0, problemY + 56, 36),
    ],
    notes: [
      {
        id: 'probleme',
        text: 'Problème central (à reformuler)',
        color: 'orange',
        x: (WIDTH - PROBLEM.width) / 2,
        y: problemY,
        width: PROBLEM.width,
        height: PROBLEM.height,
      },
    ],
    links: [],
  },
};
