import { FRAME_TITLE_MAX } from '../schema/Frame.js';
import type { NoteColor } from '../schema/noteColors.js';
import type { BoardTemplate, TemplateContent } from './BoardTemplate.js';
import { heading, NBSP, zone } from './templateParts.js';

const W = 640;
const GAP = 80;
const COLUMN_HEIGHT = 1040;
const CHOSEN_HEIGHT = 480;
const COLORS: readonly NoteColor[] = ['orange', 'blue', 'green', 'pink', 'violet'];
/** The title of the zone under each column, where the 3 most inspiring solutions go (then « — » and the column's need, when brought). */
export const INSPIRING_ZONE_TITLE = '3 solutions inspirantes';
const NEED_AFTER = `${INSPIRING_ZONE_TITLE} — `;

/** The zone under a need's column says which need it is for: on a phone's « Plan » the three would read alike. */
export function inspiringTitle(need: string | undefined): string {
  return need ? NEED_AFTER + needTitle(need, FRAME_TITLE_MAX - NEED_AFTER.length) : INSPIRING_ZONE_TITLE;
}
const TYPED_IN = ['Besoin prioritaire 1', 'Besoin prioritaire 2', 'Besoin prioritaire 3'];

const ELLIPSIS = '…';
/** How far back from the limit a cut may go to end on a whole word. */
const WORD_REACH = 30;

/** A need as a zone title: whole when it fits `max` (`FRAME_TITLE_MAX`), else cut after a whole word (or a character) and ended with « … ». */
export function needTitle(need: string, max = FRAME_TITLE_MAX): string {
  const text = need.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  // never split a character written with two UTF-16 units (an emoji)
  if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
  const space = text.lastIndexOf(' ', end);
  if (space > end - WORD_REACH) end = space;
  return text.slice(0, end).replace(/[\s,;:.!?'’«-]+$/u, '') + ELLIPSIS;
}

/**
 * The solutions step for a list of priority needs: one column per need titled with it, a zone
 * « 3 solutions inspirantes » under each. With no needs, three columns to rename by hand.
 */
export function solutionsParBesoinContent(needs: readonly string[]): TemplateContent {
  const brought = needs.length > 0;
  const titles = brought ? needs.map((need) => needTitle(need)) : TYPED_IN;
  const consigne = brought
    ? `Sous chaque besoin prioritaire, postez les solutions qui existent ailleurs ou que vous imaginez,\npuis votez${NBSP}: les 3 plus inspirantes descendent dans la zone du dessous.`
    : `Renommez chaque colonne avec un besoin prioritaire, postez les solutions qui existent ailleurs\nou que vous imaginez, puis votez${NBSP}: les 3 plus inspirantes descendent dans la zone du dessous.`;
  return {
    frames: titles.flatMap((title, i) => {
      const x = i * (W + GAP);
      return [
        zone(`besoin-${i + 1}`, title, x, 0, W, COLUMN_HEIGHT, COLORS[i % COLORS.length]!),
        zone(`inspirantes-${i + 1}`, inspiringTitle(needs[i]), x, COLUMN_HEIGHT + GAP, W, CHOSEN_HEIGHT, 'yellow'),
      ];
    }),
    labels: [heading('titre', 'Solutions par besoin prioritaire', 0, -200, 72), heading('consigne', consigne, 0, -100, 28)],
    notes: [],
    links: [],
  };
}

/** Solutions per need: a column per priority need, and under each the 3 most inspiring solutions. */
export const solutionsParBesoin: BoardTemplate = {
  id: 'solutions-par-besoin',
  name: { fr: 'Solutions par besoin', en: 'Solutions per need' },
  description: {
    fr: 'Une colonne par besoin prioritaire pour y poster des solutions, et sous chacune les 3 solutions les plus inspirantes.',
    en: 'One column per priority need to post solutions in, and under each the 3 most inspiring solutions.',
  },
  content: solutionsParBesoinContent([]),
};
