import { NOTE_FONT_FAMILY } from './noteStyle';

let context: CanvasRenderingContext2D | null | undefined;

/** Width of a line of text in the notes' font, for boxes drawn around it (an estimate where no canvas exists). */
export function measureText(text: string, fontSize: number, bold = false): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSize * 0.55;
  context.font = `${bold ? 'bold ' : ''}${fontSize}px ${NOTE_FONT_FAMILY}`;
  return context.measureText(text).width;
}
