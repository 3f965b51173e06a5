import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The three servers measured side by side. */
export type ServerKind = 'essaim' | 'reference' | 'hocuspocus';

export const SERVER_LABELS: Record<ServerKind, string> = {
  essaim: 'Essaim',
  reference: 'y-websocket ref.',
  hocuspocus: 'Hocuspocus',
};

/**
 * How one server frames the y-websocket messages: Essaim and the reference server speak the
 * plain protocol on one socket per document; Hocuspocus prefixes every message with the
 * document's name and waits for an authentication message before anything else.
 */
export interface Dialect {
  url(base: string, docName: string, token: string): string;
  /** what a client sends first, before its first sync or awareness message */
  hello(docName: string, token: string): Uint8Array[];
  wrap(docName: string, message: Uint8Array): Uint8Array;
  /** the plain y-websocket message inside a frame */
  unwrap(frame: Uint8Array): Uint8Array;
}

const plain = (url: (base: string, docName: string, token: string) => string): Dialect => ({
  url,
  hello: () => [],
  wrap: (_docName, message) => message,
  unwrap: (frame) => frame,
});

const HOCUSPOCUS_AUTH = 2;
const HOCUSPOCUS_AUTH_TOKEN = 0;

const hocuspocus: Dialect = {
  url: (base) => base,
  hello(docName, token) {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, docName);
    encoding.writeVarUint(e, HOCUSPOCUS_AUTH);
    encoding.writeVarUint(e, HOCUSPOCUS_AUTH_TOKEN);
    encoding.writeVarString(e, token);
    return [encoding.toUint8Array(e)];
  },
  wrap(docName, message) {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, docName);
    encoding.writeUint8Array(e, message);
    return encoding.toUint8Array(e);
  },
  unwrap(frame) {
    const d = decoding.createDecoder(frame);
    decoding.readVarString(d);
    return frame.subarray(d.pos);
  },
};

export const DIALECTS: Record<ServerKind, Dialect> = {
  essaim: plain((base, docName, token) => `${base}/sync/${docName}?token=${encodeURIComponent(token)}`),
  reference: plain((base, docName) => `${base}/${docName}`),
  hocuspocus,
};
