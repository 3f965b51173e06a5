import { ensureDebianTool } from './ensureDebianTool.mjs';

/** Debian's Chromium for the end-to-end tests (no browser download works on our machines). */
export function ensureChromium() {
  return ensureDebianTool({ path: process.env.CHROMIUM_PATH || '/usr/bin/chromium', pkg: 'chromium', envName: 'CHROMIUM_PATH' });
}
