import { arbreAProblemes } from './arbreAProblemes.js';
import type { BoardTemplate } from './BoardTemplate.js';
import { brainstorm3123 } from './brainstorm3123.js';
import { carteDesBesoins } from './carteDesBesoins.js';
import { facteursClesDeSucces } from './facteursClesDeSucces.js';
import { solutionsParBesoin } from './solutionsParBesoin.js';
import { vierge } from './vierge.js';

/** The templates every installation has, in the order a workshop series uses them. Adding one: a data file and a line here. */
export const BOARD_TEMPLATES: readonly BoardTemplate[] = [
  carteDesBesoins,
  arbreAProblemes,
  solutionsParBesoin,
  brainstorm3123,
  facteursClesDeSucces,
  vierge,
];

export function builtInTemplate(id: string): BoardTemplate | undefined {
  return BOARD_TEMPLATES.find((t) => t.id === id);
}
