import { DataSource } from 'typeorm';
import { toGlobalId } from '@krisenfest/core';

/** Small SQL fixtures for reference data that has no mutation (municipalities, groups, crises, seminars). */
export class Fixtures {
  constructor(private readonly ds: DataSource) {}

  async municipality(name: string, opts: { kind?: string; state?: string; parentId?: string } = {}): Promise<{ id: string; gid: string }> {
    const [row] = await this.ds.query('INSERT INTO municipality (name, kind, state, parent_id) VALUES ($1, $2, $3, $4) RETURNING id', [
      name,
      opts.kind ?? 'GEMEINDE',
      opts.state ?? 'RP',
      opts.parentId ?? null,
    ]);
    return { id: row.id, gid: toGlobalId('Municipality', row.id) };
  }

  async volunteerGroup(name: string): Promise<{ id: string; gid: string }> {
    const [row] = await this.ds.query(`INSERT INTO volunteer_group (name, kind) VALUES ($1, 'VEREIN') RETURNING id`, [name]);
    return { id: row.id, gid: toGlobalId('VolunteerGroup', row.id) };
  }

  async crisis(name: string, hazard = 'FLOOD'): Promise<{ id: string; gid: string }> {
    const [row] = await this.ds.query(
      `INSERT INTO crisis (name, hazards, starts_on, status) VALUES ($1, ARRAY[$2]::hazard[], '2021-07-14', 'CONFIRMED') RETURNING id`,
      [name, hazard],
    );
    return { id: row.id, gid: toGlobalId('Crisis', row.id) };
  }

  /** Makes a user verified staff of a municipality (or member/lead of a group), as an approved request would. */
  async verify(userGlobalId: string, target: { municipalityId?: string; volunteerGroupId?: string }, role?: string): Promise<void> {
    await this.ds.query(
      `INSERT INTO membership (user_id, municipality_id, volunteer_group_id, role, status, decided_at) VALUES ($1, $2, $3, $4, 'VERIFIED', now())`,
      [
        uuidOf(userGlobalId),
        target.municipalityId ?? null,
        target.volunteerGroupId ?? null,
        role ?? (target.municipalityId ? 'STAFF' : 'MEMBER'),
      ],
    );
  }

  /** As verify, unless the user is verified there already. */
  async ensureVerified(userGlobalId: string, target: { municipalityId?: string; volunteerGroupId?: string }, role?: string): Promise<void> {
    const [known] = await this.ds.query(
      `SELECT 1 FROM membership WHERE user_id = $1 AND status = 'VERIFIED'
         AND municipality_id IS NOT DISTINCT FROM $2 AND volunteer_group_id IS NOT DISTINCT FROM $3`,
      [uuidOf(userGlobalId), target.municipalityId ?? null, target.volunteerGroupId ?? null],
    );
    if (!known) await this.verify(userGlobalId, target, role);
  }

  /** Gives a user a platform role (MODERATOR, ADMIN). */
  async grantPlatformRole(userGlobalId: string, role: string): Promise<void> {
    await this.ds.query('UPDATE user_account SET platform_roles = array_append(platform_roles, $2) WHERE id = $1', [
      uuidOf(userGlobalId),
      role,
    ]);
  }

  /** A session of a new series; `organisedBy` names municipalities whose verified staff organise it. */
  async seminarSession(title: string, organisedBy: { municipalityIds?: string[] } = {}): Promise<{ id: string; gid: string }> {
    const [series] = await this.ds.query(
      `INSERT INTO seminar_series (title, organising_municipality_ids) VALUES ('#kommunalEngagiert', $1::uuid[]) RETURNING id`,
      [organisedBy.municipalityIds ?? []],
    );
    const [row] = await this.ds.query(
      `INSERT INTO seminar_session (series_id, title, starts_at, ends_at) VALUES ($1, $2, '2023-01-25T12:30:00Z', '2023-01-25T13:45:00Z') RETURNING id`,
      [series.id, title],
    );
    return { id: row.id, gid: toGlobalId('SeminarSession', row.id) };
  }
}

/** The uuid inside one of our global ids (for SQL in tests). */
export function uuidOf(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
}

/** A well-formed uuid that no row has. */
export const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

/** A global id built the way the API builds them (for forged and unknown ids in tests). */
export const globalId = (type: string, uuid: string): string => Buffer.from(`${type}:${uuid}`, 'utf8').toString('base64url');

/** A cursor as a client could forge it: base64url JSON, like the real ones. */
export const forgedCursor = (values: unknown): string => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
