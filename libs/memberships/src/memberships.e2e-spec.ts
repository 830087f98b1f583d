import { createTestApp, errorFields, expectErrorCode, Fixtures, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

const REQUEST = `mutation($input: RequestMembershipInput!) { requestMembership(input: $input) { membership { id role status position } } }`;
const DECIDE = `mutation($input: DecideMembershipInput!) { decideMembership(input: $input) { membership { id status decisionReason decidedAt } } }`;
const REVOKE = `mutation($input: RevokeMembershipInput!) { revokeMembership(input: $input) { membership { id status decisionReason } } }`;
const MINE = `{ viewer { memberships { id role status decisionReason municipality { name } volunteerGroup { name } } } }`;

describe('memberships and their verification', () => {
  let t: TestApp;
  let fx: Fixtures;
  let kreis: { id: string; gid: string };
  let town: { id: string; gid: string };
  let other: { id: string; gid: string };
  let group: { id: string; gid: string };
  let kreisAdmin: SignedUpUser;
  let townAdmin: SignedUpUser;
  let otherAdmin: SignedUpUser;
  let lead: SignedUpUser;
  let platformAdmin: SignedUpUser;

  const request = async (user: SignedUpUser, input: Record<string, unknown>) =>
    (await t.gql<any>(REQUEST, { input: { position: 'Ordnungsamt, Bevölkerungsschutz', ...input } }, { token: user.token })).body;
  const events = async (membershipId: string) =>
    await t.dataSource.query('SELECT action, reason, actor_id FROM membership_event WHERE membership_id = $1 ORDER BY created_at, action', [
      uuidOf(membershipId),
    ]);

  beforeAll(async () => {
    t = await createTestApp();
    fx = new Fixtures(t.dataSource);
    kreis = await fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS' });
    town = await fx.municipality('Altenahr', { kind: 'VERBANDSGEMEINDE', parentId: kreis.id });
    other = await fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    group = await fx.volunteerGroup('Helfernetz Ahrtal');
    [kreisAdmin, townAdmin, otherAdmin, lead, platformAdmin] = await Promise.all(
      ['Kreis', 'Gemeinde', 'Fremd', 'Leitung', 'Plattform'].map((n) => t.signUp(`Admin ${n}`)),
    );
    await fx.verify(kreisAdmin.userId, { municipalityId: kreis.id }, 'MUNICIPAL_ADMIN');
    await fx.verify(townAdmin.userId, { municipalityId: town.id }, 'MUNICIPAL_ADMIN');
    await fx.verify(otherAdmin.userId, { municipalityId: other.id }, 'MUNICIPAL_ADMIN');
    await fx.verify(lead.userId, { volunteerGroupId: group.id }, 'LEAD');
    await fx.grantPlatformRole(platformAdmin.userId, 'ADMIN');
  });
  afterAll(() => t.close());

  it('records a request as pending and shows it to its holder', async () => {
    const dora = await t.signUp('Dora');
    const body = await request(dora, { municipalityId: town.gid, role: 'STAFF' });
    expect(body.data.requestMembership.membership).toMatchObject({
      role: 'STAFF',
      status: 'PENDING',
      position: 'Ordnungsamt, Bevölkerungsschutz',
    });
    const mine = await t.gql<any>(MINE, {}, { token: dora.token });
    expect(mine.body.data.viewer.memberships).toEqual([expect.objectContaining({ status: 'PENDING', municipality: { name: 'Altenahr' } })]);
    expectErrorCode(await request(dora, { municipalityId: town.gid, role: 'STAFF' }), 'CONFLICT');
    expect((await events(body.data.requestMembership.membership.id)).map((e: any) => e.action)).toEqual(['REQUESTED']);
  });

  it('refuses malformed requests naming the field', async () => {
    const eve = await t.signUp('Eve');
    expect(errorFields(expectErrorCode(await request(eve, { role: 'STAFF' }), 'BAD_USER_INPUT'))).toEqual(['municipalityId']);
    expect(
      errorFields(
        expectErrorCode(await request(eve, { municipalityId: town.gid, volunteerGroupId: group.gid, role: 'STAFF' }), 'BAD_USER_INPUT'),
      ),
    ).toEqual(['municipalityId']);
    expect(errorFields(expectErrorCode(await request(eve, { municipalityId: town.gid, role: 'LEAD' }), 'BAD_USER_INPUT'))).toEqual([
      'role',
    ]);
    expect(errorFields(expectErrorCode(await request(eve, { volunteerGroupId: group.gid, role: 'STAFF' }), 'BAD_USER_INPUT'))).toEqual([
      'role',
    ]);
    expect(
      errorFields(expectErrorCode(await request(eve, { municipalityId: town.gid, role: 'STAFF', position: '' }), 'BAD_USER_INPUT')),
    ).toEqual(['position']);
    expectErrorCode(
      await request(eve, {
        municipalityId: Buffer.from('Municipality:00000000-0000-4000-8000-000000000000').toString('base64url'),
        role: 'STAFF',
      }),
      'NOT_FOUND',
    );
    expectErrorCode(
      (await t.gql(REQUEST, { input: { municipalityId: town.gid, role: 'STAFF', position: 'Amt' } })).body,
      'UNAUTHENTICATED',
    );
  });

  it('is decided by the admins of the municipality or of its Landkreis, never by the requester or other admins', async () => {
    const fritz = await t.signUp('Fritz');
    const id = (await request(fritz, { municipalityId: town.gid, role: 'STAFF' })).data.requestMembership.membership.id;
    expectErrorCode((await t.gql(DECIDE, { input: { membershipId: id, approve: true } }, { token: fritz.token })).body, 'FORBIDDEN');
    expectErrorCode((await t.gql(DECIDE, { input: { membershipId: id, approve: true } }, { token: otherAdmin.token })).body, 'NOT_FOUND');
    expectErrorCode((await t.gql(DECIDE, { input: { membershipId: id, approve: true } }, { token: lead.token })).body, 'NOT_FOUND');

    const pending = await t.gql<any>(`{ membershipRequests { id user { displayName } } }`, {}, { token: kreisAdmin.token });
    expect(pending.body.data.membershipRequests.map((m: any) => m.id)).toContain(id);
    const notOthers = await t.gql<any>(`{ membershipRequests { id } }`, {}, { token: otherAdmin.token });
    expect(notOthers.body.data.membershipRequests.map((m: any) => m.id)).not.toContain(id);

    const approved = await t.gql<any>(DECIDE, { input: { membershipId: id, approve: true } }, { token: kreisAdmin.token });
    expect(approved.body.data.decideMembership.membership.status).toBe('VERIFIED');
    expectErrorCode(
      (await t.gql(DECIDE, { input: { membershipId: id, approve: false, reason: 'zu spät' } }, { token: townAdmin.token })).body,
      'CONFLICT',
    );
    const log = await events(id);
    expect(log.map((e: any) => e.action)).toEqual(['REQUESTED', 'APPROVED']);
    expect(log[1].actor_id).toBe(uuidOf(kreisAdmin.userId));

    // Verified now: Fritz may publish on behalf of the town.
    const created = await t.gql<any>(
      `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { experience { id } } }`,
      {
        input: {
          title: 'Warnung per Sirene',
          summary: 'Sirenen wieder aufgebaut.',
          situation: 's',
          actions: 'a',
          outcome: 'o',
          hazards: ['FLOOD'],
          phase: 'PREPAREDNESS',
          municipalityId: town.gid,
        },
      },
      { token: fritz.token },
    );
    const published = await t.gql<any>(
      `mutation($id: ID!) { publishExperience(input: { id: $id }) { experience { status } } }`,
      { id: created.body.data.createExperience.experience.id },
      { token: fritz.token },
    );
    expect(published.body.data.publishExperience.experience.status).toBe('PUBLISHED');
  });

  it('refuses malformed and unknown membership ids', async () => {
    const unknown = Buffer.from('Membership:00000000-0000-4000-8000-000000000000').toString('base64url');
    expectErrorCode(
      (await t.gql(DECIDE, { input: { membershipId: unknown, approve: true } }, { token: platformAdmin.token })).body,
      'NOT_FOUND',
    );
    expectErrorCode(
      (await t.gql(REVOKE, { input: { membershipId: unknown, reason: 'x' } }, { token: platformAdmin.token })).body,
      'NOT_FOUND',
    );
    for (const membershipId of ['kaputt', town.gid]) {
      const res = await t.gql(DECIDE, { input: { membershipId, approve: true } }, { token: platformAdmin.token });
      expect(errorFields(expectErrorCode(res.body, 'BAD_USER_INPUT'))).toEqual(['membershipId']);
    }
  });

  it('needs a reason to reject, and shows the reason to the requester', async () => {
    const gina = await t.signUp('Gina');
    const id = (await request(gina, { volunteerGroupId: group.gid, role: 'MEMBER' })).data.requestMembership.membership.id;
    expect(
      errorFields(
        expectErrorCode(
          (await t.gql(DECIDE, { input: { membershipId: id, approve: false } }, { token: lead.token })).body,
          'BAD_USER_INPUT',
        ),
      ),
    ).toEqual(['reason']);
    const rejected = await t.gql<any>(
      DECIDE,
      { input: { membershipId: id, approve: false, reason: 'Bitte mit Vereinsadresse anmelden.' } },
      { token: lead.token },
    );
    expect(rejected.body.data.decideMembership.membership).toMatchObject({
      status: 'REJECTED',
      decisionReason: 'Bitte mit Vereinsadresse anmelden.',
    });
    const mine = await t.gql<any>(MINE, {}, { token: gina.token });
    expect(mine.body.data.viewer.memberships[0]).toMatchObject({
      status: 'REJECTED',
      decisionReason: 'Bitte mit Vereinsadresse anmelden.',
    });
    // Asking again after a rejection is allowed.
    expect((await request(gina, { volunteerGroupId: group.gid, role: 'MEMBER' })).data.requestMembership.membership.status).toBe('PENDING');
  });

  it('lets platform admins decide anything, and members leave or be revoked with a reason', async () => {
    const hans = await t.signUp('Hans');
    const id = (await request(hans, { municipalityId: other.gid, role: 'STAFF' })).data.requestMembership.membership.id;
    expect(
      (await t.gql<any>(DECIDE, { input: { membershipId: id, approve: true } }, { token: platformAdmin.token })).body.data.decideMembership
        .membership.status,
    ).toBe('VERIFIED');

    // Others see verified memberships only.
    const seen = await t.gql<any>(
      `query($id: ID!) { node(id: $id) { ... on User { memberships { status municipality { name } } } } }`,
      { id: hans.userId },
      { token: lead.token },
    );
    expect(seen.body.data.node.memberships).toEqual([{ status: 'VERIFIED', municipality: { name: 'Plochingen' } }]);

    expectErrorCode((await t.gql(REVOKE, { input: { membershipId: id } }, { token: lead.token })).body, 'FORBIDDEN');
    expect(
      errorFields(
        expectErrorCode((await t.gql(REVOKE, { input: { membershipId: id } }, { token: otherAdmin.token })).body, 'BAD_USER_INPUT'),
      ),
    ).toEqual(['reason']);
    const revoked = await t.gql<any>(
      REVOKE,
      { input: { membershipId: id, reason: 'Wechsel in eine andere Verwaltung.' } },
      { token: otherAdmin.token },
    );
    expect(revoked.body.data.revokeMembership.membership.status).toBe('REVOKED');
    expectErrorCode((await t.gql(REVOKE, { input: { membershipId: id } }, { token: hans.token })).body, 'CONFLICT');

    const ida = await t.signUp('Ida');
    const own = (await request(ida, { volunteerGroupId: group.gid, role: 'MEMBER' })).data.requestMembership.membership.id;
    expect(
      (await t.gql<any>(REVOKE, { input: { membershipId: own } }, { token: ida.token })).body.data.revokeMembership.membership.status,
    ).toBe('REVOKED');
    expect((await events(id)).map((e: any) => e.action)).toEqual(['REQUESTED', 'APPROVED', 'REVOKED']);
    expect((await events(own)).map((e: any) => e.action)).toEqual(['REQUESTED', 'LEFT']);
  });
});
