import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test helpers around poppler's command-line tools (`poppler-utils`), reading a PDF as a reader would. */

export function writeTemp(pdf: Buffer, name = 'report.pdf'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'essaim-report-')), name);
  writeFileSync(file, pdf);
  return file;
}

/** `pdfinfo`'s fields (it fails on a file it cannot read). */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** The text of the pages `first`..`last` (all when absent), in reading order. */
export function pdfText(file: string, first?: number, last?: number): string {
  const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** Each page's text, the first page at index 0. */
export function pdfPages(file: string): string[] {
  return pdfText(file).split('\f').slice(0, -1);
}

/** `pdffonts`' rows: font name and whether it is embedded, a subset, has a Unicode map. */
export function pdfFonts(file: string): { name: string; emb: string; sub: string; uni: string }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name … type … encoding emb sub uni object ID
    const [emb, sub, uni] = cols.slice(-5, -2);
    return { name: cols[0]!, emb: emb!, sub: sub!, uni: uni! };
  });
}

/** Renders pages `first`..`last` to PNGs `<prefix>-N.png` at 60 dpi, for a person to look at. */
export function pdfToPngs(file: string, prefix: string, last = 3, first = 1, dpi = 60): void {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(first), '-l', String(last), file, prefix]);
}

/**
 * Text compared whatever its line breaks: white space (no-break ones too) and hyphens taken out,
 * since a line may end inside a word at a hyphenation point (« dévelop-/pement ») or after a
 * hyphen of the word itself (pdftotext joins both kinds back, dropping the hyphen).
 */
export function flatten(text: string): string {
  return text.replace(/[-\u00ad\s]/g, '');
}

/** White space collapsed to single spaces, no-break ones included. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
