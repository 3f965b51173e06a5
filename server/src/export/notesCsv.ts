import { stringify } from 'csv-stringify/sync';
import { noteRows, type WorkshopReport } from '@essaim/shared';
import { colorName } from '../report/reportStrings.js';
import { formatCsvTime } from './formatCsvTime.js';
import type { ReportLang } from './reportTasks.js';

const HEADERS = {
  fr: { room: 'Salle', zone: 'Zone', cluster: 'Regroupement', category: 'Catégorie', text: 'Texte', color: 'Couleur', votes: 'Votes', author: 'Auteur', createdAt: 'Créée le' },
  en: { room: 'Room', zone: 'Zone', cluster: 'Cluster', category: 'Category', text: 'Text', color: 'Colour', votes: 'Votes', author: 'Author', createdAt: 'Created at' },
} as const;

/**
 * A cell a spreadsheet would run as a formula — `=`, `+`, `-`, `@`, a tab or a carriage return
 * first, also after spaces — starts with an apostrophe, so it shows as the text it is. csv-stringify's
 * `escape_formulas` does not look past leading spaces, hence this cast.
 */
export function neutraliseFormula(cell: string): string {
  return /^[\s]*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * Every note of the report, one row each, for a French spreadsheet: UTF-8 with a byte-order mark,
 * `;` between cells by default, line breaks inside a note kept inside its quoted cell. The author
 * column is left out of an anonymous workshop.
 */
export function notesCsv(report: WorkshopReport, sep: ';' | ',', lang: ReportLang): string {
  const h = HEADERS[lang];
  const keys = (['room', 'zone', 'cluster', 'category', 'text', 'color', 'votes', 'author', 'createdAt'] as const).filter((k) => k !== 'author' || !report.anonymous);
  const rows = noteRows(report).map((row) => ({ ...row, color: colorName(row.color, lang), createdAt: formatCsvTime(row.createdAt) }));
  return stringify(rows, {
    bom: true,
    delimiter: sep,
    header: true,
    columns: keys.map((key) => ({ key, header: h[key] })),
    record_delimiter: 'windows',
    // with Windows line ends, a bare \n inside a cell is quoted only with this (LIBRARIES.md)
    quote_record_delimiter: true,
    cast: { string: neutraliseFormula },
  });
}
