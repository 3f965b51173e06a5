/** Anything shaped like one of our tokens (a JWT: base64url header starting `eyJ`, payload, signature). */
const TOKEN = /eyJ[\w-]*\.[\w-]+\.[\w-]+/g;

/**
 * The log's last line of defence: whatever a library logs (a raw URL, an error quoting one), a
 * token in it is replaced before the line is written. URLs are redacted first (`redactUrl`).
 */
export function scrubbedStream(target: NodeJS.WritableStream): { write(line: string): void } {
  return { write: (line) => void target.write(line.replace(TOKEN, '[token]')) };
}
