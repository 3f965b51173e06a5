import { useEffect, useState } from 'react';
import { workshopApi } from '../api/workshopApi';
import { shareOrigin } from './shareOrigin';

let asked: Promise<string> | null = null;

/** Asked of the server once per page load; offline or on an older server, the page's own address. */
function loadShareOrigin(): Promise<string> {
  asked ??= workshopApi.config().then(
    (config) => shareOrigin(config.publicUrl, location.origin),
    () => {
      asked = null; // asked again next time: the server may be back
      return location.origin;
    },
  );
  return asked;
}

/** The origin of invitation links and QR codes (see `shareOrigin`); null until known. */
export function useShareOrigin(): string | null {
  const [origin, setOrigin] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void loadShareOrigin().then((value) => current && setOrigin(value));
    return () => {
      current = false;
    };
  }, []);
  return origin;
}
