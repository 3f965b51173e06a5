import { deviceStorage, type KeyValue } from './deviceStorage';

/**
 * What this device remembers of one drafts document beside its offline copy, in `localStorage`:
 * how many drafts the copy holds, and the question of the phase they were written for while it was
 * active. It says whether the copy is worth opening once the phase is over (drafts the server may
 * not have), and lets a page reloaded offline — whose workshop document is not kept on the device —
 * open the drafts again with their question.
 */
export interface DraftsMemo {
  count: number;
  /** the question of the phase, while it was active when last seen; null once it is over */
  question: string | null;
}

export interface DraftsMemoStore {
  read(): DraftsMemo | null;
  write(memo: DraftsMemo): void;
}

const KEY_PREFIX = 'essaim.drafts.';

export function parseDraftsMemo(raw: string | null): DraftsMemo | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<DraftsMemo> | null;
    if (typeof v !== 'object' || v === null) return null;
    const count = Number.isInteger(v.count) && (v.count as number) >= 0 ? (v.count as number) : 0;
    const question = typeof v.question === 'string' ? v.question : null;
    return { count, question };
  } catch {
    return null;
  }
}

/** The memo of the drafts document `docName` on this device (forgotten when it says nothing). */
export function draftsMemoStore(docName: string, storage: (KeyValue & Pick<Storage, 'removeItem'>) | null = deviceStorage()): DraftsMemoStore {
  const key = KEY_PREFIX + docName;
  return {
    read: () => parseDraftsMemo(storage?.getItem(key) ?? null),
    write(memo) {
      try {
        if (memo.count === 0 && memo.question === null) storage?.removeItem(key);
        else storage?.setItem(key, JSON.stringify(memo));
      } catch {
        // quota or disabled storage: the offline copy itself is still there
      }
    },
  };
}
