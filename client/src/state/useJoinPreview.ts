import { JOIN_CODE_LENGTH, type JoinPreview } from '@essaim/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/ApiError';
import { workshopApi } from '../api/workshopApi';

export interface JoinPreviewState {
  /** the code this state is about */
  code: string;
  preview: JoinPreview | null;
  /** the server knows no workshop with this code */
  unknown: boolean;
}

const EMPTY: JoinPreviewState = { code: '', preview: null, unknown: false };

/**
 * What the server says about a complete join code (title, whether participants choose their
 * room, the rooms), asked once per code: the endpoint is rate-limited like joining. `load`
 * gives the same answer to the submit handler, waiting for it if needed; null when unavailable.
 */
export function useJoinPreview(code: string): { state: JoinPreviewState; load: (code: string) => Promise<JoinPreview | null> } {
  const cache = useRef(new Map<string, Promise<JoinPreviewState>>());
  const [state, setState] = useState<JoinPreviewState>(EMPTY);

  const fetchState = useCallback((value: string): Promise<JoinPreviewState> => {
    let pending = cache.current.get(value);
    if (!pending) {
      pending = workshopApi.preview(value).then(
        (preview) => ({ code: value, preview, unknown: false }),
        (err: unknown) => {
          const unknown = err instanceof ApiError && err.code === 'unknown_code';
          // a refusal for now (too many attempts, offline) is asked again next time
          if (!unknown) cache.current.delete(value);
          return { code: value, preview: null, unknown };
        },
      );
      cache.current.set(value, pending);
    }
    return pending;
  }, []);

  useEffect(() => {
    if (code.length !== JOIN_CODE_LENGTH) return;
    let current = true;
    void fetchState(code).then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [code, fetchState]);

  const load = useCallback(async (value: string) => (await fetchState(value)).preview, [fetchState]);
  return { state: state.code === code ? state : EMPTY, load };
}
