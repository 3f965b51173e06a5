import type { Note } from '../schema/Note.js';
import type { ReportNote } from './Report.js';

/** What a report needs to print a note of one board. */
export interface ReportNoteContext {
  /** the workshop hides its authors: no name is printed */
  anonymous: boolean;
  /** participant id → name */
  authors: Readonly<Record<string, string>>;
  /** the board's categories: id → name */
  categories: ReadonlyMap<string, string>;
  /** note id → the dots it shows (`roomVotes`) */
  votes: ReadonlyMap<string, number>;
}

/** A note as the report prints it: its text verbatim, its author's name unless anonymous, its category's name, its dots. */
export function reportNote(note: Note, ctx: ReportNoteContext): ReportNote {
  const out: ReportNote = { id: note.id, text: note.text, color: note.color, votes: ctx.votes.get(note.id) ?? 0, createdAt: note.createdAt };
  // hasOwn: an author id such as `constructor` must not read the prototype
  const author = !ctx.anonymous && Object.hasOwn(ctx.authors, note.authorId) ? ctx.authors[note.authorId] : undefined;
  if (typeof author === 'string' && author !== '') out.author = author;
  const category = note.categoryId ? ctx.categories.get(note.categoryId) : undefined;
  if (category !== undefined) out.category = category;
  return out;
}
