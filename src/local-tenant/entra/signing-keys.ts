import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  type KeyObject,
} from 'node:crypto';
import { promisify } from 'node:util';
import type { StateStore } from '../state/store';
import type { SigningKeyRecord } from '../state/types';
import { createSelfSignedCertificate } from '../core/x509';

const generateRsa = promisify(generateKeyPair);

/** Entra's token-signing certificates are long-lived and self-issued, like this one. */
export async function createSigningKey(now: Date): Promise<SigningKeyRecord> {
  const { privateKey, publicKey } = await generateRsa('rsa', { modulusLength: 2048 });
  const der = createSelfSignedCertificate({
    privateKey,
    publicKey,
    commonName: 'accounts.local-tenant.invalid',
    notBefore: new Date(now.getTime() - 24 * 3600 * 1000),
    notAfter: new Date(now.getTime() + 5 * 365 * 24 * 3600 * 1000),
  });
  const x5t = createHash('sha1').update(der).digest('base64url');
  return {
    kid: x5t,
    x5t,
    privateJwk: privateKey.export({ format: 'jwk' }),
    publicJwk: publicKey.export({ format: 'jwk' }),
    certificateDer: der.toString('base64'),
    createdAt: now.toISOString(),
    status: 'active',
  };
}

export interface Jwk {
  kty: string;
  use: string;
  kid: string;
  x5t: string;
  n: unknown;
  e: unknown;
  x5c: string[];
  issuer: string;
}

/** The tenant's signing keys: one active key signs; retired keys still verify until removed. */
export class SigningKeys {
  private readonly keyObjects = new Map<string, { privateKey: KeyObject; publicKey: KeyObject }>();

  constructor(
    private readonly store: StateStore,
    private readonly now: () => Date,
  ) {}

  active(): { kid: string; x5t: string; privateKey: KeyObject } {
    const record = this.store.state.signingKeys.find((key) => key.status === 'active');
    if (!record) throw new Error('The tenant has no active signing key');
    return { kid: record.kid, x5t: record.x5t, privateKey: this.objectsFor(record).privateKey };
  }

  publicKey(kid: string): KeyObject | undefined {
    const record = this.store.state.signingKeys.find((key) => key.kid === kid);
    return record ? this.objectsFor(record).publicKey : undefined;
  }

  jwks(issuer: string): { keys: Jwk[] } {
    return {
      keys: this.store.state.signingKeys.map((record) => ({
        kty: 'RSA',
        use: 'sig',
        kid: record.kid,
        x5t: record.x5t,
        n: record.publicJwk.n,
        e: record.publicJwk.e,
        x5c: [record.certificateDer],
        issuer,
      })),
    };
  }

  /** Makes a new key the signing key; the previous one stays published so its tokens verify. */
  async rotate(): Promise<SigningKeyRecord> {
    const next = await createSigningKey(this.now());
    this.store.update((state) => {
      for (const key of state.signingKeys) key.status = 'retired';
      state.signingKeys.unshift(next);
    });
    return next;
  }

  removeRetired(): number {
    return this.store.update((state) => {
      const before = state.signingKeys.length;
      state.signingKeys = state.signingKeys.filter((key) => key.status === 'active');
      return before - state.signingKeys.length;
    });
  }

  private objectsFor(record: SigningKeyRecord): { privateKey: KeyObject; publicKey: KeyObject } {
    let objects = this.keyObjects.get(record.kid);
    if (!objects) {
      objects = {
        privateKey: createPrivateKey({ key: record.privateJwk, format: 'jwk' }),
        publicKey: createPublicKey({ key: record.publicJwk, format: 'jwk' }),
      };
      this.keyObjects.set(record.kid, objects);
    }
    return objects;
  }
}
