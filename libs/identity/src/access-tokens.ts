import { createSecretKey, KeyObject } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { sign, verify } from 'jsonwebtoken';
import { AppConfig, APP_CONFIG } from '@krisenfest/core';

/** A development secret kept beside the embedded database, so tokens survive a restart. */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.jwtSecret) return config.jwtSecret;
  const file = path.join(config.dataDir, '.jwt-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(48).toString('base64url');
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

export interface AccessTokenClaims {
  sub?: unknown;
  sid?: unknown;
}

export type VerifiedToken = { claims: AccessTokenClaims } | { error: 'expired' | 'invalid' };

const ISSUER = 'krisenfest';

/**
 * Signs and checks access tokens (JWT, HS256). The secret is a KeyObject made once: given a string,
 * jsonwebtoken would try it as a public key, and fail, on every request before using it as a secret.
 */
@Injectable()
export class AccessTokens {
  private readonly key: KeyObject;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createSecretKey(Buffer.from(resolveJwtSecret(config), 'utf8'));
  }

  sign(claims: { sub: string; sid: string }, expiresInSeconds: number): string {
    return sign(claims, this.key, { algorithm: 'HS256', issuer: ISSUER, expiresIn: expiresInSeconds });
  }

  verify(token: string): VerifiedToken {
    try {
      return { claims: verify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER }) as AccessTokenClaims };
    } catch (error) {
      return { error: (error as { name?: string }).name === 'TokenExpiredError' ? 'expired' : 'invalid' };
    }
  }
}
