import { appendFileSync } from 'node:fs';

export type Row = Record<string, string | number>;

/** Formats rows as a plain-text table with aligned columns. */
export function formatTable(title: string, rows: Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: string | number | undefined): string => (typeof v === 'number' ? v.toLocaleString('en-US') : (v ?? ''));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [`\n## ${title}`, line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n');
}

/**
 * Prints one soak or bench file's table, and appends it to `ESSAIM_REPORT` when the runner
 * (`scripts/soak.mjs`, `scripts/bench.mjs`) set it, so every table is printed together at the end.
 */
export function reportTable(title: string, rows: Row[]): void {
  const text = formatTable(title, rows);
  console.log(text);
  const report = process.env.ESSAIM_REPORT;
  if (report) appendFileSync(report, `${text}\n`);
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
