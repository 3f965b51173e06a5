import { randomBytes } from 'node:crypto';

/** A co-facilitator or observer invite secret. */
export const newInvite = (): string => randomBytes(12).toString('base64url');
