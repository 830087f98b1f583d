import { createTestApp, errorFields, globalId, graphql, SignedUpUser, TestApp, UNKNOWN_UUID, uuidOf } from '@krisenfest/testing';

const REQUEST = graphql(`
  mutation MembershipsRequest($input: RequestMembershipInput!) {
    requestMembership(input: $input) {
      membership {
        id
        role
        status
        position
      }
    }
  }
`);

const DECIDE = graphql(`
  mutation MembershipsDecide($input: DecideMembershipInput!) {
    decideMembership(input: $input) {
      membership {
        id
        status
        decisionReason
        decidedAt
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation MembershipsRevoke($input: RevokeMembershipInput!) {
    revokeMembership(input: $input) {
      membership {
        id
        status
        decisionReason
      }
    }
  }
`);

const MINE = graphql(`
  query MembershipsMine {
    viewer {
      memberships {
        id
        role
        status
        decisionReason
        municipality {
          name
        }
        volunteerGroup {
          name
        }
      }
    }
  }
`);

const REQUESTS = graphql(`
  query MembershipsRequests {
    membershipRequests {
      id
      user {
        displayName
      }
    }
  }
`);

const PUBLISH = graphql(`
  mutation MembershipsPublish($id: ID!) {
    publishExperience(input: { id: $id }) {
      experience {
        status
      }
    }
  }
`);

const MEMBERSHIPS_OF = graphql(`
  query MembershipsOfUser($id: ID!) {
    node(id: $id) {
      __typename
      ... on User {
        memberships {
          status
          municipality {
            name
          }
        }
      }
    }
  }
`);

/** The position every request below gives, unless it says otherwise. */
const position = 'Ordnungsamt, Bevölkerungsschutz';

describe('memberships and their verification', () => {
  let t: TestApp;
  let kreis: { id: string; gid: string };
  let town: { id: string; gid: string };
  let other: { id: string; gid: string };
  let group: { id: string; gid: string };
  let kreisAdmin: SignedUpUser;
  let townAdmin: SignedUpUser;
  let otherAdmin: SignedUpUser;
  let lead: SignedUpUser;
  let platformAdmin: SignedUpUser;

  const events = async (membershipId: string) =>
    await t.dataSource.query('SELECT action, reason, actor_id FROM membership_event WHERE membership_id = $1 ORDER BY created_at, action', [
      uuidOf(membershipId),
    ]);
  const actions = async (membershipId: string) => (await events(membershipId)).map((e: { action: string }) => e.action);

  beforeAll(async () => {
    t = await createTestApp();
    kreis = await t.fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS' });
    town = await t.fx.municipality('Altenahr', { kind: 'VERBANDSGEMEINDE', parentId: kreis.id });
    other = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    group = await t.fx.volunteerGroup('Helfernetz Ahrtal');
    [kreisAdmin, townAdmin, otherAdmin, lead, platformAdmin] = await Promise.all(
      ['Kreis', 'Gemeinde', 'Fremd', 'Leitung', 'Plattform'].map((n) => t.signUp(`Admin ${n}`)),
    );
    await t.fx.verify(kreisAdmin.userId, { municipalityId: kreis.id }, 'MUNICIPAL_ADMIN');
    await t.fx.verify(townAdmin.userId, { municipalityId: town.id }, 'MUNICIPAL_ADMIN');
    await t.fx.verify(otherAdmin.userId, { municipalityId: other.id }, 'MUNICIPAL_ADMIN');
    await t.fx.verify(lead.userId, { volunteerGroupId: group.id }, 'LEAD');
    await t.fx.grantPlatformRole(platformAdmin.userId, 'ADMIN');
  });
  afterAll(() => t.close());

  it('records a request as pending and shows it to its holder', async () => {
    const dora = await t.signUp('Dora');
    const { membership } = (await t.as(dora).data(REQUEST, { input: { municipalityId: town.gid, role: 'STAFF', position } }))
      .requestMembership;
    expect(membership).toMatchObject({
      role: 'STAFF',
      status: 'PENDING',
      position: 'Ordnungsamt, Bevölkerungsschutz',
    });
    const mine = await t.as(dora).data(MINE);
    expect(mine.viewer!.memberships).toEqual([expect.objectContaining({ status: 'PENDING', municipality: { name: 'Altenahr' } })]);
    await t.as(dora).error(REQUEST, 'CONFLICT', { input: { municipalityId: town.gid, role: 'STAFF', position } });
    expect(await actions(membership.id)).toEqual(['REQUESTED']);
  });

  it('refuses malformed requests naming the field', async () => {
    const eve = t.as(await t.signUp('Eve'));
    expect(errorFields(await eve.error(REQUEST, 'BAD_USER_INPUT', { input: { role: 'STAFF', position } }))).toEqual(['municipalityId']);
    expect(
      errorFields(
        await eve.error(REQUEST, 'BAD_USER_INPUT', {
          input: { municipalityId: town.gid, volunteerGroupId: group.gid, role: 'STAFF', position },
        }),
      ),
    ).toEqual(['municipalityId']);
    expect(
      errorFields(await eve.error(REQUEST, 'BAD_USER_INPUT', { input: { municipalityId: town.gid, role: 'LEAD', position } })),
    ).toEqual(['role']);
    expect(
      errorFields(await eve.error(REQUEST, 'BAD_USER_INPUT', { input: { volunteerGroupId: group.gid, role: 'STAFF', position } })),
    ).toEqual(['role']);
    expect(
      errorFields(await eve.error(REQUEST, 'BAD_USER_INPUT', { input: { municipalityId: town.gid, role: 'STAFF', position: '' } })),
    ).toEqual(['position']);
    await eve.error(REQUEST, 'NOT_FOUND', { input: { municipalityId: globalId('Municipality', UNKNOWN_UUID), role: 'STAFF', position } });
    await t.as(null).error(REQUEST, 'UNAUTHENTICATED', { input: { municipalityId: town.gid, role: 'STAFF', position: 'Amt' } });
  });

  it('is decided by the admins of the municipality or of its Landkreis, never by the requester or other admins', async () => {
    const fritz = await t.signUp('Fritz');
    const { id } = (await t.as(fritz).data(REQUEST, { input: { municipalityId: town.gid, role: 'STAFF', position } })).requestMembership
      .membership;
    await t.as(fritz).error(DECIDE, 'FORBIDDEN', { input: { membershipId: id, approve: true } });
    await t.as(otherAdmin).error(DECIDE, 'NOT_FOUND', { input: { membershipId: id, approve: true } });
    await t.as(lead).error(DECIDE, 'NOT_FOUND', { input: { membershipId: id, approve: true } });

    const pending = await t.as(kreisAdmin).data(REQUESTS);
    expect(pending.membershipRequests).toContainEqual({ id, user: { displayName: 'Fritz' } });
    const notOthers = await t.as(otherAdmin).data(REQUESTS);
    expect(notOthers.membershipRequests.map((m) => m.id)).not.toContain(id);

    const approved = await t.as(kreisAdmin).data(DECIDE, { input: { membershipId: id, approve: true } });
    expect(approved.decideMembership.membership.status).toBe('VERIFIED');
    await t.as(townAdmin).error(DECIDE, 'CONFLICT', { input: { membershipId: id, approve: false, reason: 'zu spät' } });
    const log = await events(id);
    expect(log.map((e: { action: string }) => e.action)).toEqual(['REQUESTED', 'APPROVED']);
    expect(log[1].actor_id).toBe(uuidOf(kreisAdmin.userId));

    // Verified now: Fritz may publish on behalf of the town.
    const created = await t.make.experience(fritz, {
      draft: true,
      title: 'Warnung per Sirene',
      summary: 'Sirenen wieder aufgebaut.',
      situation: 's',
      actions: 'a',
      outcome: 'o',
      hazards: ['FLOOD'],
      phase: 'PREPAREDNESS',
      municipalityId: town.gid,
    });
    const published = await t.as(fritz).data(PUBLISH, { id: created.id });
    expect(published.publishExperience.experience.status).toBe('PUBLISHED');
  });

  it('refuses malformed and unknown membership ids', async () => {
    const unknown = globalId('Membership', UNKNOWN_UUID);
    const admin = t.as(platformAdmin);
    await admin.error(DECIDE, 'NOT_FOUND', { input: { membershipId: unknown, approve: true } });
    await admin.error(REVOKE, 'NOT_FOUND', { input: { membershipId: unknown, reason: 'x' } });
    for (const membershipId of ['kaputt', town.gid]) {
      expect(errorFields(await admin.error(DECIDE, 'BAD_USER_INPUT', { input: { membershipId, approve: true } }))).toEqual([
        'membershipId',
      ]);
    }
  });

  it('needs a reason to reject, and shows the reason to the requester', async () => {
    const gina = await t.signUp('Gina');
    const { id } = (await t.as(gina).data(REQUEST, { input: { volunteerGroupId: group.gid, role: 'MEMBER', position } })).requestMembership
      .membership;
    expect(errorFields(await t.as(lead).error(DECIDE, 'BAD_USER_INPUT', { input: { membershipId: id, approve: false } }))).toEqual([
      'reason',
    ]);
    const rejected = await t.as(lead).data(DECIDE, {
      input: { membershipId: id, approve: false, reason: 'Bitte mit Vereinsadresse anmelden.' },
    });
    expect(rejected.decideMembership.membership).toMatchObject({
      status: 'REJECTED',
      decisionReason: 'Bitte mit Vereinsadresse anmelden.',
    });
    const mine = await t.as(gina).data(MINE);
    expect(mine.viewer!.memberships).toEqual([
      expect.objectContaining({
        status: 'REJECTED',
        decisionReason: 'Bitte mit Vereinsadresse anmelden.',
      }),
    ]);
    // Asking again after a rejection is allowed.
    const again = await t.as(gina).data(REQUEST, { input: { volunteerGroupId: group.gid, role: 'MEMBER', position } });
    expect(again.requestMembership.membership.status).toBe('PENDING');
  });

  it('lets platform admins decide anything, and members leave or be revoked with a reason', async () => {
    const hans = await t.signUp('Hans');
    const { id } = (await t.as(hans).data(REQUEST, { input: { municipalityId: other.gid, role: 'STAFF', position } })).requestMembership
      .membership;
    const decided = await t.as(platformAdmin).data(DECIDE, { input: { membershipId: id, approve: true } });
    expect(decided.decideMembership.membership.status).toBe('VERIFIED');

    // Others see verified memberships only.
    const seen = await t.as(lead).data(MEMBERSHIPS_OF, { id: hans.userId });
    expect(seen.node).toEqual({ __typename: 'User', memberships: [{ status: 'VERIFIED', municipality: { name: 'Plochingen' } }] });

    await t.as(lead).error(REVOKE, 'FORBIDDEN', { input: { membershipId: id } });
    expect(errorFields(await t.as(otherAdmin).error(REVOKE, 'BAD_USER_INPUT', { input: { membershipId: id } }))).toEqual(['reason']);
    const revoked = await t.as(otherAdmin).data(REVOKE, { input: { membershipId: id, reason: 'Wechsel in eine andere Verwaltung.' } });
    expect(revoked.revokeMembership.membership.status).toBe('REVOKED');
    await t.as(hans).error(REVOKE, 'CONFLICT', { input: { membershipId: id } });

    const ida = await t.signUp('Ida');
    const own = (await t.as(ida).data(REQUEST, { input: { volunteerGroupId: group.gid, role: 'MEMBER', position } })).requestMembership
      .membership.id;
    expect((await t.as(ida).data(REVOKE, { input: { membershipId: own } })).revokeMembership.membership.status).toBe('REVOKED');
    expect(await actions(id)).toEqual(['REQUESTED', 'APPROVED', 'REVOKED']);
    expect(await actions(own)).toEqual(['REQUESTED', 'LEFT']);
  });
});
