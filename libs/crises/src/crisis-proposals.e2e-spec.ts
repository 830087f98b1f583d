import { createTestApp, errorFields, graphql, SignedUpUser, TestApp } from '@krisenfest/testing';

const PROPOSE = graphql(`
  mutation ProposalsPropose($input: ProposeCrisisInput!) {
    proposeCrisis(input: $input) {
      crisis {
        id
        name
        hazards
        hazard
        status
        startsOn
        endsOn
        viewerFollowLevel
        proposedBy {
          displayName
        }
        affectedMunicipalities {
          name
        }
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation ProposalsUpdate($input: UpdateCrisisInput!) {
    updateCrisis(input: $input) {
      crisis {
        name
        hazards
        description
      }
    }
  }
`);

const CONFIRM = graphql(`
  mutation ProposalsConfirm($id: ID!) {
    confirmCrisis(input: { id: $id }) {
      crisis {
        status
      }
    }
  }
`);

const REJECT = graphql(`
  mutation ProposalsReject($id: ID!, $reason: String!) {
    rejectCrisis(input: { id: $id, reason: $reason }) {
      crisis {
        status
        decisionReason
      }
    }
  }
`);

const MERGE = graphql(`
  mutation ProposalsMerge($id: ID!, $intoId: ID!) {
    mergeCrisis(input: { id: $id, intoId: $intoId }) {
      crisis {
        status
        mergedInto {
          name
        }
      }
    }
  }
`);

const END = graphql(`
  mutation ProposalsEnd($id: ID!, $endsOn: Date) {
    endCrisis(input: { id: $id, endsOn: $endsOn }) {
      crisis {
        endsOn
      }
    }
  }
`);

const ONE = graphql(`
  query ProposalsOne($id: ID!) {
    crisis(id: $id) {
      name
      status
      decisionReason
      viewerFollowLevel
      affectedMunicipalities {
        name
      }
      mergedInto {
        name
      }
    }
  }
`);

const LIST = graphql(`
  query ProposalsList($status: CrisisStatus, $hazard: Hazard) {
    crises(first: 100, status: $status, hazard: $hazard) {
      nodes {
        name
        status
      }
    }
  }
`);

const LINK = graphql(`
  mutation ProposalsLink($input: UpdateExperienceInput!) {
    updateExperience(input: $input) {
      experience {
        crisis {
          name
        }
      }
    }
  }
`);

const LESSON = graphql(`
  query ProposalsLesson($id: ID!) {
    experience(id: $id) {
      crisis {
        name
      }
    }
  }
`);

const FOLLOW = graphql(`
  mutation ProposalsFollow($targetId: ID!) {
    follow(input: { targetId: $targetId, level: WATCHING }) {
      level
    }
  }
`);

describe('crises proposed by staff and decided by the moderation', () => {
  let t: TestApp;
  let kreis: { id: string; gid: string };
  let gemeinde: { id: string; gid: string };
  let elsewhere: { id: string; gid: string };
  let staff: SignedUpUser;
  let kreisStaff: SignedUpUser;
  let otherStaff: SignedUpUser;
  let volunteer: SignedUpUser;
  let moderator: SignedUpUser;

  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const proposal = (over: Record<string, unknown> = {}) => ({
    name: 'Starkregen Juni 2024',
    hazards: ['HEAVY_RAIN', 'FLOOD'],
    startsOn: '2024-06-01',
    affectedMunicipalityIds: [gemeinde.gid],
    ...over,
  });
  const propose = async (by: SignedUpUser, over: Record<string, unknown> = {}) =>
    (await t.as(by).data(PROPOSE, { input: proposal(over) as never })).proposeCrisis.crisis;

  beforeAll(async () => {
    t = await createTestApp();
    kreis = await t.fx.municipality('Landkreis Günzburg', { kind: 'LANDKREIS', state: 'BY' });
    gemeinde = await t.fx.municipality('Offingen', { parentId: kreis.id });
    elsewhere = await t.fx.municipality('Lauf an der Pegnitz', { kind: 'STADT', state: 'BY' });
    staff = await t.signUp('Miriam Hägele');
    await t.fx.verify(staff.userId, { municipalityId: gemeinde.id });
    kreisStaff = await t.signUp('Konrad Beck');
    await t.fx.verify(kreisStaff.userId, { municipalityId: kreis.id });
    otherStaff = await t.signUp('Jürgen Weißbach');
    await t.fx.verify(otherStaff.userId, { municipalityId: elsewhere.id });
    volunteer = await t.signUp('Paul Schwertfeger');
    moderator = await t.signUp('Mona Reuter');
    await t.fx.grantPlatformRole(moderator.userId, 'MODERATOR');
  });
  afterAll(() => t.close());

  it('staff propose a crisis of several hazards; it waits for the moderation, then is listed for everyone', async () => {
    const proposed = await propose(staff);
    expect(proposed).toMatchObject({
      name: 'Starkregen Juni 2024',
      hazards: ['HEAVY_RAIN', 'FLOOD'],
      hazard: 'HEAVY_RAIN',
      status: 'PROPOSED',
      startsOn: '2024-06-01',
      endsOn: null,
      proposedBy: { displayName: 'Miriam Hägele' },
      affectedMunicipalities: [{ name: 'Offingen' }],
      // The proposer hears of lessons about it.
      viewerFollowLevel: 'WATCHING',
    });
    const listed = async (status?: string) =>
      (await t.as(volunteer).data(LIST, { status: status as never })).crises.nodes.map((c) => c.name);
    expect(await listed()).not.toContain('Starkregen Juni 2024');
    expect(await listed('PROPOSED')).toContain('Starkregen Juni 2024');

    // Its proposer corrects it while it waits.
    const { updateCrisis } = await t.as(staff).data(UPDATE, {
      input: { id: proposed.id, name: 'Starkregen und Hochwasser Juni 2024', description: 'Dammbruch an der Mindel.' },
    });
    expect(updateCrisis.crisis).toEqual({
      name: 'Starkregen und Hochwasser Juni 2024',
      hazards: ['HEAVY_RAIN', 'FLOOD'],
      description: 'Dammbruch an der Mindel.',
    });

    expect((await t.as(moderator).data(CONFIRM, { id: proposed.id })).confirmCrisis.crisis.status).toBe('CONFIRMED');
    expect(await listed()).toContain('Starkregen und Hochwasser Juni 2024');
    // Found by either of its hazards.
    const byHazard = async (hazard: string) => (await t.as(null).data(LIST, { hazard: hazard as never })).crises.nodes.map((c) => c.name);
    expect(await byHazard('FLOOD')).toContain('Starkregen und Hochwasser Juni 2024');
    expect(await byHazard('HEAVY_RAIN')).toContain('Starkregen und Hochwasser Juni 2024');
    expect(await byHazard('HEAT')).not.toContain('Starkregen und Hochwasser Juni 2024');

    // Confirmed, it is the moderation's to change; deciding it twice is a conflict.
    expect((await t.as(staff).error(UPDATE, 'FORBIDDEN', { input: { id: proposed.id, name: 'Anders' } })).message).toMatch(/moderation/);
    await t.as(moderator).error(CONFIRM, 'CONFLICT', { id: proposed.id });
  });

  it('only verified municipal staff and the moderation propose, and a proposal names its failures by field', async () => {
    expect((await t.as(volunteer).error(PROPOSE, 'FORBIDDEN', { input: proposal() as never })).message).toMatch(/verified staff/);
    const fieldsOf = async (over: Record<string, unknown>) =>
      errorFields(await t.as(staff).error(PROPOSE, 'BAD_USER_INPUT', { input: proposal(over) as never }));
    expect(await fieldsOf({ startsOn: '2024-06-10', endsOn: '2024-06-01' })).toEqual(['endsOn']);
    expect(await fieldsOf({ startsOn: `${new Date().getFullYear() + 1}-01-01` })).toEqual(['startsOn']);
    expect(await fieldsOf({ hazards: [] })).toEqual(['hazards']);
    expect(await fieldsOf({ affectedMunicipalityIds: [] })).toEqual(['affectedMunicipalityIds']);
    expect(
      await fieldsOf({ affectedMunicipalityIds: [Buffer.from('Municipality:00000000-0000-4000-8000-000000000000').toString('base64url')] }),
    ).toEqual(['affectedMunicipalityIds']);
    expect(await fieldsOf({ name: ' ' })).toEqual(['name']);
    // A moderator's own proposal needs nobody else.
    expect((await propose(moderator, { name: 'Hitzewelle Juli 2024', hazards: ['HEAT'] })).status).toBe('CONFIRMED');
  });

  it('a rejected proposal is seen, with its reason, only by its proposer and the moderation; lessons lose the link', async () => {
    const proposed = await propose(staff, { name: 'Sturm im Garten' });
    const lesson = await t.make.experience(staff, { draft: true, municipalityId: gemeinde.gid, crisisId: proposed.id });
    expect((await t.as(staff).data(LESSON, { id: lesson.id })).experience!.crisis).toEqual({ name: 'Sturm im Garten' });

    expect(errorFields(await t.as(moderator).error(REJECT, 'BAD_USER_INPUT', { id: proposed.id, reason: '' }))).toEqual(['reason']);
    const { rejectCrisis } = await t
      .as(moderator)
      .data(REJECT, { id: proposed.id, reason: 'Kein Krisenereignis, ein einzelner Sturmschaden.' });
    expect(rejectCrisis.crisis).toEqual({ status: 'REJECTED', decisionReason: 'Kein Krisenereignis, ein einzelner Sturmschaden.' });

    expect((await t.as(staff).data(ONE, { id: proposed.id })).crisis).toMatchObject({
      status: 'REJECTED',
      decisionReason: 'Kein Krisenereignis, ein einzelner Sturmschaden.',
    });
    await t.as(volunteer).error(ONE, 'NOT_FOUND', { id: proposed.id });
    await t.as(null).error(ONE, 'NOT_FOUND', { id: proposed.id });
    expect((await t.as(staff).data(LESSON, { id: lesson.id })).experience!.crisis).toBeNull();
    // Nor can a lesson name it again.
    const relink = await t.as(staff).error(LINK, 'BAD_USER_INPUT', { input: { id: lesson.id, crisisId: proposed.id } });
    expect(relink.extensions!.fields).toEqual([{ field: 'crisisId', message: 'This crisis was rejected by the moderation.' }]);
    await t.as(moderator).error(REJECT, 'CONFLICT', { id: proposed.id, reason: 'Nochmal' });
    // A rejected crisis is changed no more, not even by its proposer or the moderation.
    expect((await t.as(staff).error(UPDATE, 'CONFLICT', { input: { id: proposed.id, name: 'Doch ein Sturm' } })).message).toMatch(
      /rejected/,
    );
    await t.as(moderator).error(UPDATE, 'CONFLICT', { input: { id: proposed.id, name: 'Doch ein Sturm' } });
  });

  it('merging a duplicate moves its places, lessons and followers to the crisis it duplicates', async () => {
    const original = await propose(moderator, { name: 'Pfingsthochwasser 2024', affectedMunicipalityIds: [gemeinde.gid] });
    const duplicate = await propose(otherStaff, { name: 'Hochwasser Pfingsten', affectedMunicipalityIds: [elsewhere.gid] });
    const lesson = await t.make.experience(otherStaff, { municipalityId: elsewhere.gid, crisisId: duplicate.id });
    await t.as(volunteer).data(FOLLOW, { targetId: duplicate.id });

    expect(errorFields(await t.as(moderator).error(MERGE, 'BAD_USER_INPUT', { id: duplicate.id, intoId: duplicate.id }))).toEqual([
      'intoId',
    ]);
    // Only into a confirmed crisis: not into another proposal.
    const waiting = await propose(staff, { name: 'Pfingsten, noch nicht bestätigt' });
    const intoProposal = await t.as(moderator).error(MERGE, 'BAD_USER_INPUT', { id: duplicate.id, intoId: waiting.id });
    expect(intoProposal.extensions!.fields).toEqual([{ field: 'intoId', message: 'Merge into a confirmed crisis.' }]);
    const { mergeCrisis } = await t.as(moderator).data(MERGE, { id: duplicate.id, intoId: original.id });
    expect(mergeCrisis.crisis).toEqual({ status: 'MERGED', mergedInto: { name: 'Pfingsthochwasser 2024' } });

    const merged = (await t.as(volunteer).data(ONE, { id: original.id })).crisis;
    expect(merged.affectedMunicipalities.map((m) => m.name)).toEqual(['Lauf an der Pegnitz', 'Offingen']);
    expect(merged.viewerFollowLevel).toBe('WATCHING');
    expect((await t.as(volunteer).data(ONE, { id: duplicate.id })).crisis).toMatchObject({
      status: 'MERGED',
      viewerFollowLevel: null,
      mergedInto: { name: 'Pfingsthochwasser 2024' },
    });
    expect((await t.as(null).data(LESSON, { id: lesson.id })).experience!.crisis).toEqual({ name: 'Pfingsthochwasser 2024' });
    const relink = await t.as(otherStaff).error(LINK, 'BAD_USER_INPUT', { input: { id: lesson.id, crisisId: duplicate.id } });
    expect(errorFields(relink)).toEqual(['crisisId']);
    await t.as(moderator).error(MERGE, 'CONFLICT', { id: duplicate.id, intoId: original.id });
  });

  it('staff of a municipality it hit (or of its Landkreis) end a crisis; the end is not before its start', async () => {
    // A proposal is not ended: it is confirmed first.
    const proposal = await propose(staff, { name: 'Trinkwasser, gemeldet' });
    expect((await t.as(moderator).error(END, 'CONFLICT', { id: proposal.id })).message).toMatch(/confirmed/);
    const ongoing = await propose(moderator, { name: 'Trinkwasserverunreinigung Offingen', hazards: ['SUPPLY_SHORTAGE'] });
    await t.as(otherStaff).error(END, 'FORBIDDEN', { id: ongoing.id });
    await t.as(volunteer).error(END, 'FORBIDDEN', { id: ongoing.id });
    expect(errorFields(await t.as(kreisStaff).error(END, 'BAD_USER_INPUT', { id: ongoing.id, endsOn: '2024-05-01' }))).toEqual(['endsOn']);
    expect((await t.as(kreisStaff).data(END, { id: ongoing.id })).endCrisis.crisis.endsOn).toBe(today());
    expect((await t.as(staff).error(END, 'CONFLICT', { id: ongoing.id })).message).toContain(today());
  });
});
