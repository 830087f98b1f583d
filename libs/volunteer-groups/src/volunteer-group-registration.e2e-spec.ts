import { createTestApp, errorFields, globalId, graphql, SignedUpUser, TestApp, UNKNOWN_UUID, Variables } from '@krisenfest/testing';

const REGISTER = graphql(`
  mutation GroupRegistrationRegister($input: RegisterVolunteerGroupInput!) {
    registerVolunteerGroup(input: $input) {
      volunteerGroup {
        id
        name
        kind
        status
        description
        website
        viewerCanEdit
        viewerCanDecide
        homeMunicipality {
          name
        }
        municipalitiesServed {
          name
        }
      }
    }
  }
`);

const GROUP = graphql(`
  query GroupRegistrationGroup($id: ID!) {
    volunteerGroup(id: $id) {
      id
      name
      status
      website
      decisionReason
      decidedAt
      viewerCanEdit
      viewerCanDecide
    }
  }
`);

const LIST = graphql(`
  query GroupRegistrationList($status: VolunteerGroupStatus) {
    volunteerGroups(first: 100, status: $status) {
      nodes {
        name
        status
        viewerCanDecide
      }
    }
  }
`);

const CONFIRM = graphql(`
  mutation GroupRegistrationConfirm($id: ID!) {
    confirmVolunteerGroup(input: { id: $id }) {
      volunteerGroup {
        status
        decidedAt
        viewerCanDecide
      }
    }
  }
`);

const REJECT = graphql(`
  mutation GroupRegistrationReject($id: ID!, $reason: String!) {
    rejectVolunteerGroup(input: { id: $id, reason: $reason }) {
      volunteerGroup {
        status
        decisionReason
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation GroupRegistrationUpdate($input: UpdateVolunteerGroupInput!) {
    updateVolunteerGroup(input: $input) {
      volunteerGroup {
        name
        description
        website
        homeMunicipality {
          name
        }
        municipalitiesServed {
          name
        }
      }
    }
  }
`);

const MINE = graphql(`
  query GroupRegistrationMine {
    viewer {
      memberships {
        role
        status
        decisionReason
        volunteerGroup {
          name
        }
      }
      notifications(first: 5) {
        nodes {
          kind
          membership {
            role
            status
          }
        }
      }
    }
  }
`);

const REQUESTS = graphql(`
  query GroupRegistrationRequests {
    membershipRequests {
      role
      volunteerGroup {
        name
      }
    }
  }
`);

const JOIN = graphql(`
  mutation GroupRegistrationJoin($g: ID!) {
    requestMembership(input: { volunteerGroupId: $g, role: MEMBER, position: "Helferin" }) {
      membership {
        status
      }
    }
  }
`);

type Place = { id: string; gid: string };

describe('registering volunteer groups', () => {
  let t: TestApp;
  let kreis: Place;
  let altenahr: Place;
  let plochingen: Place;
  /** Municipal admins: of Altenahr, of its Landkreis, of a town elsewhere. */
  let townAdmin: SignedUpUser;
  let kreisAdmin: SignedUpUser;
  let otherAdmin: SignedUpUser;
  let platformAdmin: SignedUpUser;
  let stranger: SignedUpUser;
  let counter = 0;

  beforeAll(async () => {
    t = await createTestApp();
    kreis = await t.fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS' });
    altenahr = await t.fx.municipality('Altenahr', { parentId: kreis.id });
    plochingen = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    [townAdmin, kreisAdmin, otherAdmin, platformAdmin, stranger] = await Promise.all(
      ['Bürgermeisteramt Altenahr', 'Kreisverwaltung Ahrweiler', 'Stadt Plochingen', 'Plattform', 'Fremde Person'].map((n) => t.signUp(n)),
    );
    await t.fx.verify(townAdmin.userId, { municipalityId: altenahr.id }, 'MUNICIPAL_ADMIN');
    await t.fx.verify(kreisAdmin.userId, { municipalityId: kreis.id }, 'MUNICIPAL_ADMIN');
    await t.fx.verify(otherAdmin.userId, { municipalityId: plochingen.id }, 'MUNICIPAL_ADMIN');
    await t.fx.grantPlatformRole(platformAdmin.userId, 'ADMIN');
  });
  afterAll(() => t?.close());

  type RegisterInput = Variables<typeof REGISTER>['input'];
  /** A new registrant and the group they register in Altenahr (a fresh name each time). */
  async function registered(over: Partial<RegisterInput> = {}): Promise<{ registrant: SignedUpUser; id: string; name: string }> {
    const registrant = await t.signUp(`Anmeldende ${++counter}`);
    const name = `Fluthilfe Altenahr ${counter}`;
    const { registerVolunteerGroup } = await t.as(registrant).data(REGISTER, {
      input: { name, kind: 'INITIATIVE', municipalityIdsServed: [altenahr.gid], ...over },
    });
    return { registrant, id: registerVolunteerGroup.volunteerGroup.id, name };
  }
  const listed = async (who: SignedUpUser | null, status?: 'PENDING' | 'CONFIRMED' | 'REJECTED') =>
    (await t.as(who).data(LIST, status ? { status } : {})).volunteerGroups.nodes.map((n) => n.name);

  it('keeps a new group pending, seen only by its registrant and those who decide on it', async () => {
    const registrant = await t.signUp('Anna Schmitz');
    const { registerVolunteerGroup } = await t.as(registrant).data(REGISTER, {
      input: {
        name: ' Nachbarschaftshilfe Altenahr ',
        kind: 'INITIATIVE',
        description: 'Wir räumen **Keller** aus.',
        website: 'http://nachbarn-altenahr.example.org',
        homeMunicipalityId: altenahr.gid,
        municipalityIdsServed: [altenahr.gid, kreis.gid, altenahr.gid],
      },
    });
    const group = registerVolunteerGroup.volunteerGroup;
    expect(group).toMatchObject({
      name: 'Nachbarschaftshilfe Altenahr',
      status: 'PENDING',
      description: 'Wir räumen **Keller** aus.',
      website: 'http://nachbarn-altenahr.example.org',
      viewerCanEdit: true,
      viewerCanDecide: false,
      homeMunicipality: { name: 'Altenahr' },
      municipalitiesServed: [{ name: 'Altenahr' }, { name: 'Landkreis Ahrweiler' }],
    });

    for (const who of [null, stranger, otherAdmin]) {
      await t.as(who).error(GROUP, 'NOT_FOUND', { id: group.id });
      expect(await listed(who, 'PENDING')).not.toContain('Nachbarschaftshilfe Altenahr');
    }
    for (const decider of [townAdmin, kreisAdmin, platformAdmin]) {
      expect((await t.as(decider).data(GROUP, { id: group.id })).volunteerGroup).toMatchObject({
        status: 'PENDING',
        viewerCanDecide: true,
        viewerCanEdit: decider === platformAdmin,
      });
      // The review list, not the public one.
      expect(await listed(decider, 'PENDING')).toContain('Nachbarschaftshilfe Altenahr');
      expect(await listed(decider)).not.toContain('Nachbarschaftshilfe Altenahr');
    }
    expect(await listed(registrant, 'PENDING')).toEqual(['Nachbarschaftshilfe Altenahr']);

    // The registrant has asked to lead it; the request is decided with the group, not on its own.
    expect((await t.as(registrant).data(MINE)).viewer!.memberships).toEqual([
      { role: 'LEAD', status: 'PENDING', decisionReason: null, volunteerGroup: { name: 'Nachbarschaftshilfe Altenahr' } },
    ]);
    const requests = (await t.as(platformAdmin).data(REQUESTS)).membershipRequests;
    expect(requests.map((r) => r.volunteerGroup?.name)).not.toContain('Nachbarschaftshilfe Altenahr');
  });

  it('makes a confirmed group public, with its registrant as its verified lead', async () => {
    const { registrant, id, name } = await registered({ website: 'https://alt.example.org' });
    const { confirmVolunteerGroup } = await t.as(kreisAdmin).data(CONFIRM, { id });
    expect(confirmVolunteerGroup.volunteerGroup).toMatchObject({
      status: 'CONFIRMED',
      decidedAt: expect.any(String),
      viewerCanDecide: false,
    });
    expect(await listed(null)).toContain(name);
    expect((await t.as(null).data(GROUP, { id })).volunteerGroup).toMatchObject({ status: 'CONFIRMED', viewerCanEdit: false });

    const mine = (await t.as(registrant).data(MINE)).viewer!;
    expect(mine.memberships).toEqual([{ role: 'LEAD', status: 'VERIFIED', decisionReason: null, volunteerGroup: { name } }]);
    expect(mine.notifications!.nodes[0]).toEqual({ kind: 'MEMBERSHIP_APPROVED', membership: { role: 'LEAD', status: 'VERIFIED' } });

    // As its lead they keep it up to date; an empty text clears the website.
    expect((await t.as(registrant).data(GROUP, { id })).volunteerGroup!.viewerCanEdit).toBe(true);
    const { updateVolunteerGroup } = await t.as(registrant).data(UPDATE, {
      input: { id, name: `${name} e.V.`, website: '', description: 'Seit 2021.', municipalityIdsServed: [plochingen.gid, altenahr.gid] },
    });
    expect(updateVolunteerGroup.volunteerGroup).toEqual({
      name: `${name} e.V.`,
      description: 'Seit 2021.',
      website: null,
      homeMunicipality: null,
      municipalitiesServed: [{ name: 'Altenahr' }, { name: 'Plochingen' }],
    });
    // Others may not, nor decide a second time.
    await t.as(stranger).error(UPDATE, 'FORBIDDEN', { input: { id, name: 'Gekapert' } });
    await t.as(kreisAdmin).error(CONFIRM, 'CONFLICT', { id });
    await t.as(platformAdmin).error(REJECT, 'CONFLICT', { id, reason: 'Doch nicht.' });
  });

  it('tells the registrant why a group was rejected, and no one else', async () => {
    const { registrant, id, name } = await registered();
    const refused = await t.as(townAdmin).error(REJECT, 'BAD_USER_INPUT', { id, reason: ' ' });
    expect(errorFields(refused)).toEqual(['reason']);
    expect((await t.as(townAdmin).data(REJECT, { id, reason: 'Bitte als Teil des DRK anmelden.' })).rejectVolunteerGroup).toEqual({
      volunteerGroup: { status: 'REJECTED', decisionReason: 'Bitte als Teil des DRK anmelden.' },
    });

    expect((await t.as(registrant).data(GROUP, { id })).volunteerGroup).toMatchObject({
      status: 'REJECTED',
      decisionReason: 'Bitte als Teil des DRK anmelden.',
      viewerCanEdit: false,
    });
    expect((await t.as(platformAdmin).data(GROUP, { id })).volunteerGroup!.decisionReason).toBe('Bitte als Teil des DRK anmelden.');
    await t.as(stranger).error(GROUP, 'NOT_FOUND', { id });
    expect(await listed(null, 'REJECTED')).not.toContain(name);
    expect(await listed(registrant, 'REJECTED')).toEqual([name]);

    const mine = (await t.as(registrant).data(MINE)).viewer!;
    expect(mine.memberships).toEqual([
      { role: 'LEAD', status: 'REJECTED', decisionReason: 'Bitte als Teil des DRK anmelden.', volunteerGroup: { name } },
    ]);
    expect(mine.notifications!.nodes[0]).toEqual({ kind: 'MEMBERSHIP_REJECTED', membership: { role: 'LEAD', status: 'REJECTED' } });
    // Decided is decided, and the registrant no longer edits it.
    await t.as(kreisAdmin).error(CONFIRM, 'CONFLICT', { id });
    await t.as(registrant).error(UPDATE, 'FORBIDDEN', { input: { id, name: 'Zweiter Versuch' } });
  });

  it('lets only platform admins and the admins of the places it serves decide, never its registrant', async () => {
    const { registrant, id } = await registered();
    // Pending groups of other places are invisible to them, as pending membership requests are.
    await t.as(otherAdmin).error(CONFIRM, 'NOT_FOUND', { id });
    await t.as(stranger).error(REJECT, 'NOT_FOUND', { id, reason: 'Kenne ich nicht.' });
    await t.as(registrant).error(CONFIRM, 'FORBIDDEN', { id });
    expect((await t.as(registrant).data(GROUP, { id })).volunteerGroup!.status).toBe('PENDING');

    // A platform admin registering a group of their own waits for someone else too.
    const { registerVolunteerGroup } = await t.as(platformAdmin).data(REGISTER, {
      input: { name: 'Plattform-Helferkreis', kind: 'INITIATIVE', municipalityIdsServed: [plochingen.gid] },
    });
    await t.as(platformAdmin).error(CONFIRM, 'FORBIDDEN', { id: registerVolunteerGroup.volunteerGroup.id });
    expect((await t.as(otherAdmin).data(CONFIRM, { id: registerVolunteerGroup.volunteerGroup.id })).confirmVolunteerGroup).toMatchObject({
      volunteerGroup: { status: 'CONFIRMED' },
    });
  });

  it('lets the registrant correct a pending group', async () => {
    const { registrant, id } = await registered();
    const { updateVolunteerGroup } = await t.as(registrant).data(UPDATE, {
      input: { id, name: 'Fluthilfe Ahrtal', homeMunicipalityId: kreis.gid, municipalityIdsServed: [kreis.gid] },
    });
    expect(updateVolunteerGroup.volunteerGroup).toMatchObject({
      name: 'Fluthilfe Ahrtal',
      homeMunicipality: { name: 'Landkreis Ahrweiler' },
      municipalitiesServed: [{ name: 'Landkreis Ahrweiler' }],
    });
    const unknown = globalId('Municipality', UNKNOWN_UUID);
    const refused = await t.as(registrant).error(UPDATE, 'BAD_USER_INPUT', { input: { id, homeMunicipalityId: unknown } });
    expect(errorFields(refused)).toEqual(['homeMunicipalityId']);
  });

  it('needs a confirmed address and names the field of any invalid input', async () => {
    const unconfirmed = await t.signUp('Noch Unbestätigt', { emailVerified: false });
    const input = { name: 'Tafel', kind: 'VEREIN' as const, municipalityIdsServed: [altenahr.gid] };
    const error = await t.as(unconfirmed).error(REGISTER, 'FORBIDDEN', { input });
    expect(error.message).toMatch(/confirm your e-mail address/);

    const unknown = globalId('Municipality', UNKNOWN_UUID);
    const cases: [Partial<RegisterInput>, string][] = [
      [{ website: 'ftp://tafel.example.org' }, 'website'],
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ municipalityIdsServed: [] }, 'municipalityIdsServed'],
      [{ municipalityIdsServed: [altenahr.gid, unknown] }, 'municipalityIdsServed'],
      [{ municipalityIdsServed: Array.from({ length: 51 }, () => altenahr.gid) }, 'municipalityIdsServed'],
      [{ homeMunicipalityId: unknown }, 'homeMunicipalityId'],
    ];
    for (const [over, field] of cases) {
      const refused = await t.as(stranger).error(REGISTER, 'BAD_USER_INPUT', { input: { ...input, ...over } });
      expect([field, errorFields(refused)]).toEqual([field, [field]]);
    }
    expect(await listed(stranger, 'PENDING')).toEqual([]);
  });

  it('takes members only once the group is confirmed', async () => {
    const { registrant, id } = await registered();
    await t.as(stranger).error(JOIN, 'NOT_FOUND', { g: id });
    const early = await t.as(registrant).error(JOIN, 'CONFLICT', { g: id });
    expect(early.message).toMatch(/not been confirmed/);
    await t.as(platformAdmin).data(CONFIRM, { id });
    expect((await t.as(stranger).data(JOIN, { g: id })).requestMembership.membership.status).toBe('PENDING');
  });
});
