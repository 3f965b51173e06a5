import { ensureDebianTool } from './ensureDebianTool.mjs';

/** poppler-utils (`pdftotext`, `pdfinfo`, `pdffonts`, `pdftoppm`): the tests read the PDF reports with them. */
export function ensurePoppler() {
  return ensureDebianTool({ path: '/usr/bin/pdftotext', pkg: 'poppler-utils' });
}
