import { useState } from 'react';

/**
 * A control whose truth is the workshop document: it shows the value asked for until the
 * document says so (or the request fails), instead of jumping back while the server answers.
 */
export function usePendingValue<T>(actual: T): { value: T; pending: boolean; request: (next: T, send: () => Promise<boolean>) => Promise<void> } {
  const [asked, setAsked] = useState<{ value: T } | null>(null);
  const pending = asked !== null && !Object.is(asked.value, actual);
  const request = async (next: T, send: () => Promise<boolean>) => {
    setAsked({ value: next });
    if (!(await send())) setAsked(null);
  };
  return { value: pending ? asked.value : actual, pending, request };
}
