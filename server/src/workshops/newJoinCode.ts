import { randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@essaim/shared';
import type { Storage } from '../storage/Storage.js';

/** A join code no other workshop uses (31^6 ≈ 887 million codes, so collisions are rare). */
export async function newJoinCode(storage: Storage): Promise<string> {
  for (;;) {
    let code = '';
    for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
    if (!(await storage.findWorkshopByJoinCode(code))) return code;
  }
}
