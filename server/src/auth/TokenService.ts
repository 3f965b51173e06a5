import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Role } from '@essaim/shared';
import type { ParticipantRecord, Storage } from '../storage/Storage.js';

/** Who a verified token belongs to. */
export interface Identity {
  workshopId: string;
  participantId: string;
  role: Role;
  participant: ParticipantRecord;
}

/** What a token says, once its signature is checked: the role is the one it was signed with. */
export interface TokenClaims {
  workshopId: string;
  participantId: string;
  role: Role;
}

const ISSUER = 'essaim';

/**
 * Signs and checks access tokens. The HMAC key is generated on first start and kept in the
 * storage, so tokens survive restarts; a token is only as good as its participant record,
 * which is looked up on every check (removing a participant revokes their token).
 */
export class TokenService {
  private constructor(
    private readonly key: Uint8Array,
    private readonly storage: Storage,
  ) {}

  static async create(storage: Storage): Promise<TokenService> {
    const key = await storage.getOrCreateSecret('token-signing-key', () => randomBytes(32));
    return new TokenService(key, storage);
  }

  async sign(p: Pick<ParticipantRecord, 'workshopId' | 'id' | 'role'>): Promise<string> {
    return new SignJWT({ wid: p.workshopId, role: p.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(p.id)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .sign(this.key);
  }

  /**
   * Who a well-signed token names, without asking the storage: enough to turn away a person who
   * holds too many sockets before any lookup. Null for a malformed or forged token.
   */
  async readClaims(token: string | undefined): Promise<TokenClaims | null> {
    if (!token || token.length > 2048) return null;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (typeof payload.wid !== 'string' || typeof payload.sub !== 'string') return null;
      const role = payload.role === 'facilitator' || payload.role === 'observer' ? payload.role : 'participant';
      return { workshopId: payload.wid, participantId: payload.sub, role };
    } catch {
      return null;
    }
  }

  /** Returns the identity, or null for a malformed, forged or revoked token. */
  async verify(token: string | undefined): Promise<Identity | null> {
    const claims = await this.readClaims(token);
    return claims && this.identify(claims);
  }

  /** The identity behind checked claims, or null once the participant is gone or revoked. */
  async identify(claims: TokenClaims): Promise<Identity | null> {
    const participant = await this.storage.getParticipant(claims.workshopId, claims.participantId);
    if (!participant || participant.revoked) return null;
    return { workshopId: participant.workshopId, participantId: participant.id, role: participant.role, participant };
  }
}
