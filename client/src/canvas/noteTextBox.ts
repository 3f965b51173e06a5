import { NOTE_MAX_SIZE, type Note } from '@essaim/shared';
import { fitNoteText, type NoteBox } from './fitNoteText';
import { noteTextTop } from './noteStyle';

/** A note's text box as `fitNoteText` reads it, with `text` in place of its own when given. */
export function noteTextBox(note: Pick<Note, 'text' | 'width' | 'height' | 'room'>, text = note.text): NoteBox {
  return { text, width: note.width, height: note.height, top: noteTextTop(note) };
}

/**
 * The height to store with `text` so the note shows it all at no less than the smallest font:
 * grown, never shrunk (a note made taller on purpose stays so), within the stored limit — past
 * it the note is drawn taller than stored, never cut. Undefined when the note holds it as it is.
 */
export function noteHeightFor(note: Pick<Note, 'text' | 'width' | 'height' | 'room'>, text: string): number | undefined {
  const { height } = fitNoteText(noteTextBox(note, text));
  const stored = Math.min(NOTE_MAX_SIZE, height);
  return stored > note.height ? stored : undefined;
}
