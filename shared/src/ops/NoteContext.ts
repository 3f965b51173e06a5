/** What an operation needs from outside: who acts, the clock, and fresh ids. */
export interface NoteContext {
  authorId: string;
  now: number;
}
