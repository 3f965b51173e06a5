import { createRequire } from 'node:module';

/**
 * The report's typeface: Noto Sans, static TTFs (every French glyph, U+00A0, U+202F and a soft
 * hyphen that breaks), found in node_modules at run time so the built server finds them too.
 */
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;

/** The names the fonts are registered under, in pdfkit documents and in the canvas' font list. */
export const FONT_NAMES = { regular: 'EssaimReport', bold: 'EssaimReportBold' } as const;

/** Noto Sans' vertical metrics, per 1000 units of the em. */
export const FONT_ASCENT = 1.069;
export const FONT_DESCENT = 0.293;

export function fontName(bold: boolean): string {
  return bold ? FONT_NAMES.bold : FONT_NAMES.regular;
}
