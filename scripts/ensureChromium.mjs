import { ensureDebianTool } from './ensureDebianTool.mjs';

/** Debian's Chromium for the end-to-end tests (no browser download works on our machines). */
export function ensureChromium() {
  return ensureDebianTool({ path: process.env.CHROMIUM_PATH || '/usr/bin/chromium', pkg: 'chromium', envName: 'CHROMIUM_PATH' });
}

/** poppler-utils (`pdftotext`, `pdfinfo`, `pdffonts`, `pdftoppm`): the tests read the PDF reports with them. */
export function ensurePoppler() {
  return ensureDebianTool({ path: '/usr/bin/pdftotext', pkg: 'poppler-utils' });
}
