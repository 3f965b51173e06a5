/** While someone types, the note is written at most this often: the others read along, a few writes a second. */
export const TEXT_WRITE_INTERVAL_MS = 250;

/** Latest-value writes spaced in time; `flush` sends what is pending at once. */
export interface WriteThrottle<T> {
  /** a new value: written now if the last write is `intervalMs` old, else when it will be */
  push(value: T): void;
  /** writes the pending value now (closing, page hidden, leaving) */
  flush(): void;
  /** forgets the pending value without writing it */
  cancel(): void;
  /** whether a value waits to be written */
  pending(): boolean;
}

/**
 * A throttle with a maximum wait, not a debounce: typing steadily writes every `intervalMs`
 * (a debounce would write only when the typing stops), the first key after a pause is written
 * at once, and the last value always goes out, `intervalMs` after the one before at the latest.
 */
export function createWriteThrottle<T>(write: (value: T) => void, intervalMs = TEXT_WRITE_INTERVAL_MS): WriteThrottle<T> {
  let lastWrite = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waiting: { value: T } | null = null;

  const fire = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    lastWrite = Date.now();
    write(value);
  };

  return {
    push(value) {
      waiting = { value };
      if (timer !== null) return;
      const wait = lastWrite + intervalMs - Date.now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    flush: fire,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = null;
    },
    pending: () => waiting !== null,
  };
}
