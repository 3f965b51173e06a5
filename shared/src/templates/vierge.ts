import { EMPTY_TEMPLATE_CONTENT, type BoardTemplate } from './BoardTemplate.js';

/** A blank board. */
export const vierge: BoardTemplate = {
  id: 'vierge',
  name: { fr: 'Tableau vierge', en: 'Blank board' },
  description: {
    fr: 'Un tableau vide, à organiser librement.',
    en: 'An empty board, to organise freely.',
  },
  content: EMPTY_TEMPLATE_CONTENT,
};
