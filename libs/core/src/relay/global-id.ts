import { BadUserInputError } from '../errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque Relay id: base64url("Type:uuid"). Clients must not build or parse them. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  type: string;
  id: string;
}

/** Decodes any global id; returns null for anything that is not one of ours. */
export function decodeGlobalId(globalId: string): DecodedGlobalId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200 || !/^[A-Za-z0-9_-]+={0,2}$/.test(globalId)) {
    return null;
  }
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (!/^[A-Za-z]+$/.test(type) || !UUID.test(id)) return null;
  return { type, id };
}

/**
 * Decodes a global id that must name a `type` (e.g. a Thread); the input field is named in the error.
 */
export function parseGlobalId(globalId: string, type: string | readonly string[], field = 'id'): string {
  const types = typeof type === 'string' ? [type] : type;
  const decoded = decodeGlobalId(globalId);
  if (!decoded) throw BadUserInputError.field(field, 'is not a valid id');
  if (!types.includes(decoded.type)) {
    throw BadUserInputError.field(field, `must be the id of a ${types.join(' or ')}, not of a ${decoded.type}`);
  }
  return decoded.id;
}
