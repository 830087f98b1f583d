import {
  createTestApp,
  errorFields,
  expectErrorCode,
  forgedCursor,
  globalId,
  graphql,
  sqlStatements,
  TestApp,
  UNKNOWN_UUID,
  Variables,
} from '@krisenfest/testing';

const LIST = graphql(`
  query VolunteerGroupsList($first: Int, $after: String, $kind: VolunteerGroupKind, $municipalityId: ID, $nameContains: String) {
    volunteerGroups(first: $first, after: $after, kind: $kind, municipalityId: $municipalityId, nameContains: $nameContains) {
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
        name
        kind
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const ONE = graphql(`
  query VolunteerGroupsOne($id: ID!) {
    volunteerGroup(id: $id) {
      id
      name
      kind
      description
      website
      homeMunicipality {
        id
        name
        kind
        parent {
          name
        }
      }
      municipalitiesServed {
        id
        name
        parent {
          name
        }
      }
    }
  }
`);

const NODE = graphql(`
  query VolunteerGroupsNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on VolunteerGroup {
        name
        municipalitiesServed {
          name
        }
      }
    }
  }
`);

const PAGE_WITH_PLACES = graphql(`
  query VolunteerGroupsPageWithPlaces($first: Int, $nameContains: String) {
    volunteerGroups(first: $first, nameContains: $nameContains) {
      nodes {
        id
        name
        kind
        homeMunicipality {
          name
          parent {
            name
          }
        }
        municipalitiesServed {
          id
          name
          parent {
            name
          }
        }
      }
    }
  }
`);

const PAGE_WITH_SERVED_PLACES = graphql(`
  query VolunteerGroupsPageWithServedPlaces($first: Int, $nameContains: String) {
    volunteerGroups(first: $first, nameContains: $nameContains) {
      nodes {
        municipalitiesServed {
          name
        }
      }
    }
  }
`);

type Place = { id: string; gid: string };

describe('volunteer groups', () => {
  let t: TestApp;
  let kreis: Place;
  let altenahr: Place;
  let badNeuenahr: Place;
  let schuld: Place;
  let plochingen: Place;
  let ueberlingen: Place;
  /** Global ids by group name. */
  const groups: Record<string, string> = {};

  const list = async (variables: Variables<typeof LIST>) => (await t.as(null).data(LIST, variables)).volunteerGroups;

  const names = async (variables: Variables<typeof LIST>): Promise<string[]> =>
    (await list({ first: 100, ...variables })).nodes.map((n) => n.name);

  async function group(
    name: string,
    kind: string,
    home: Place | null,
    served: Place[],
    extra: { description?: string; website?: string } = {},
  ): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO volunteer_group (name, kind, home_municipality_id, description, website) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [name, kind, home?.id ?? null, extra.description ?? null, extra.website ?? null],
    );
    for (const m of served) {
      await t.dataSource.query('INSERT INTO volunteer_group_municipality (volunteer_group_id, municipality_id) VALUES ($1, $2)', [
        row.id,
        m.id,
      ]);
    }
    groups[name] = globalId('VolunteerGroup', row.id);
    return row.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    kreis = await t.fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS', state: 'RP' });
    altenahr = await t.fx.municipality('Altenahr', { parentId: kreis.id });
    badNeuenahr = await t.fx.municipality('Bad Neuenahr-Ahrweiler', { kind: 'STADT', parentId: kreis.id });
    schuld = await t.fx.municipality('Schuld', { parentId: kreis.id });
    plochingen = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    ueberlingen = await t.fx.municipality('Überlingen', { kind: 'GROSSE_KREISSTADT', state: 'BW' });

    await group('Helfer-Stab Ahrtal', 'SPONTANHELFENDE', badNeuenahr, [schuld, altenahr, badNeuenahr], {
      description: 'Koordiniert Spontanhelfende nach der Flut.',
      website: 'https://helfer-stab.example.org',
    });
    await group('Tafel Plochingen e.V.', 'VEREIN', plochingen, [plochingen]);
    await group('Freiwilligenagentur Kreis Ahrweiler', 'FREIWILLIGENAGENTUR', kreis, []);
    await group('DRK Ortsverein Altenahr', 'HILFSORGANISATION', null, [altenahr]);
    await group('Nachbarschaftshilfe Überlingen', 'INITIATIVE', ueberlingen, [ueberlingen]);
    await group('Initiative ohne Ort', 'INITIATIVE', null, []);
    // Two groups of the same name: the id breaks the tie, so paging neither skips nor repeats one.
    await t.dataSource.query(
      `INSERT INTO volunteer_group (name, kind) VALUES ('Feuerwehr-Förderverein', 'VEREIN'), ('Feuerwehr-Förderverein', 'VEREIN')`,
    );
  });
  afterAll(() => t?.close());

  describe('the list', () => {
    it('lists all groups by name and pages through them without gaps or repeats', async () => {
      const expected: string[] = (await t.dataSource.query('SELECT id FROM volunteer_group ORDER BY name, id')).map((r: { id: string }) =>
        globalId('VolunteerGroup', r.id),
      );
      expect(expected).toHaveLength(8);
      const all = await list({ first: 100 });
      expect(all.nodes.map((n) => n.id)).toEqual(expected);
      expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      const order = all.nodes.map((n) => n.name);
      expect(order.indexOf('DRK Ortsverein Altenahr')).toBeLessThan(order.indexOf('Tafel Plochingen e.V.'));
      expect(order.indexOf('Feuerwehr-Förderverein') + 1).toBe(order.lastIndexOf('Feuerwehr-Förderverein'));

      for (const first of [1, 2, 3, 7, 8]) {
        const seen: string[] = [];
        let after: string | null | undefined;
        for (;;) {
          const page = await list({ first, after });
          expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
          seen.push(...page.nodes.map((n) => n.id));
          if (!page.pageInfo.hasNextPage) break;
          expect(page.nodes).toHaveLength(first);
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(expected);
      }
    });

    it('filters by kind', async () => {
      expect(await names({ kind: 'INITIATIVE' })).toEqual(['Initiative ohne Ort', 'Nachbarschaftshilfe Überlingen']);
      expect(await names({ kind: 'VEREIN' })).toEqual(['Feuerwehr-Förderverein', 'Feuerwehr-Förderverein', 'Tafel Plochingen e.V.']);
      expect(await names({ kind: 'SPONTANHELFENDE' })).toEqual(['Helfer-Stab Ahrtal']);
      const kinds = (await list({ first: 100, kind: 'HILFSORGANISATION' })).nodes.map((n) => n.kind);
      expect(kinds).toEqual(['HILFSORGANISATION']);
    });

    it('filters by municipality: groups based there or serving it; a Landkreis includes its Gemeinden', async () => {
      expect(await names({ municipalityId: kreis.gid })).toEqual([
        'DRK Ortsverein Altenahr',
        'Freiwilligenagentur Kreis Ahrweiler',
        'Helfer-Stab Ahrtal',
      ]);
      // A Gemeinde does not include its Landkreis (the Kreis-wide agency is not listed for Altenahr).
      expect(await names({ municipalityId: altenahr.gid })).toEqual(['DRK Ortsverein Altenahr', 'Helfer-Stab Ahrtal']);
      expect(await names({ municipalityId: schuld.gid })).toEqual(['Helfer-Stab Ahrtal']);
      // Based there (homeMunicipality) counts as well as serving.
      expect(await names({ municipalityId: badNeuenahr.gid })).toEqual(['Helfer-Stab Ahrtal']);
      expect(await names({ municipalityId: plochingen.gid })).toEqual(['Tafel Plochingen e.V.']);
      expect(await names({ municipalityId: ueberlingen.gid })).toEqual(['Nachbarschaftshilfe Überlingen']);
      expect(await names({ municipalityId: kreis.gid, kind: 'SPONTANHELFENDE' })).toEqual(['Helfer-Stab Ahrtal']);
      expect(await names({ municipalityId: plochingen.gid, kind: 'INITIATIVE' })).toEqual([]);
      // An unknown municipality: an empty list, not an error.
      expect(await names({ municipalityId: globalId('Municipality', UNKNOWN_UUID) })).toEqual([]);
    });

    it('pages through a filtered list', async () => {
      const seen: string[] = [];
      let after: string | null | undefined;
      for (;;) {
        const page = await list({ first: 1, after, municipalityId: kreis.gid });
        seen.push(...page.nodes.map((n) => n.name));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(['DRK Ortsverein Altenahr', 'Freiwilligenagentur Kreis Ahrweiler', 'Helfer-Stab Ahrtal']);
    });

    it('finds groups by a part of the name, ignoring case, with % and _ taken literally', async () => {
      expect(await names({ nameContains: 'tafel' })).toEqual(['Tafel Plochingen e.V.']);
      expect(await names({ nameContains: 'AHR' })).toEqual([
        'DRK Ortsverein Altenahr',
        'Freiwilligenagentur Kreis Ahrweiler',
        'Helfer-Stab Ahrtal',
      ]);
      expect(await names({ nameContains: 'überlingen' })).toEqual(['Nachbarschaftshilfe Überlingen']);
      expect(await names({ nameContains: 'e.V.' })).toEqual(['Tafel Plochingen e.V.']);
      expect(await names({ nameContains: 'förderverein' })).toEqual(['Feuerwehr-Förderverein', 'Feuerwehr-Förderverein']);
      expect(await names({ nameContains: '%' })).toEqual([]);
      expect(await names({ nameContains: '_' })).toEqual([]);
      expect(await names({ nameContains: 'Tafel%e.V.' })).toEqual([]);
      expect(await names({ nameContains: 'Taf_l' })).toEqual([]);
      expect(await names({ nameContains: 'tafel', municipalityId: kreis.gid })).toEqual([]);
    });

    it('answers a name part with a NUL character without an internal error', async () => {
      const { body } = await t.as(null).request(LIST, { nameContains: 'Tafel\u0000' });
      expect(body.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
      if (body.errors) expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['nameContains']);
      else expect(body.data?.volunteerGroups.nodes).toEqual([]);
    });

    it.each([
      ['first: 0', { first: 0 }, 'first'],
      ['first: 101', { first: 101 }, 'first'],
      ['an empty nameContains', { nameContains: '' }, 'nameContains'],
      ['a malformed municipalityId', { municipalityId: 'Ahrweiler' }, 'municipalityId'],
      ['the id of a group as municipalityId', { municipalityId: globalId('VolunteerGroup', UNKNOWN_UUID) }, 'municipalityId'],
      ['a garbage after', { after: 'garbage' }, 'after'],
      ['an after with an id that is not a uuid', { after: forgedCursor(['Tafel', 'not-a-uuid']) }, 'after'],
      ['an after of another list (a crisis cursor)', { after: forgedCursor(['2021-07-14', 7]) }, 'after'],
      ['an after with a NUL character', { after: forgedCursor(['Taf\u0000el', UNKNOWN_UUID]) }, 'after'],
    ])('refuses %s as BAD_USER_INPUT naming the argument', async (_what, variables, field) => {
      const { body } = await t.as(null).request(LIST, variables);
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual([field]);
    });
  });

  describe('one group', () => {
    it('shows where it is based and the municipalities it serves, by name', async () => {
      const { volunteerGroup } = await t.as(null).data(ONE, { id: groups['Helfer-Stab Ahrtal'] });
      expect(volunteerGroup).toEqual({
        id: groups['Helfer-Stab Ahrtal'],
        name: 'Helfer-Stab Ahrtal',
        kind: 'SPONTANHELFENDE',
        description: 'Koordiniert Spontanhelfende nach der Flut.',
        website: 'https://helfer-stab.example.org',
        homeMunicipality: { id: badNeuenahr.gid, name: 'Bad Neuenahr-Ahrweiler', kind: 'STADT', parent: { name: 'Landkreis Ahrweiler' } },
        municipalitiesServed: [
          { id: altenahr.gid, name: 'Altenahr', parent: { name: 'Landkreis Ahrweiler' } },
          { id: badNeuenahr.gid, name: 'Bad Neuenahr-Ahrweiler', parent: { name: 'Landkreis Ahrweiler' } },
          { id: schuld.gid, name: 'Schuld', parent: { name: 'Landkreis Ahrweiler' } },
        ],
      });
    });

    it('has no home and serves nothing when none is recorded', async () => {
      const nowhere = await t.as(null).data(ONE, { id: groups['Initiative ohne Ort'] });
      expect(nowhere.volunteerGroup).toMatchObject({
        description: null,
        website: null,
        homeMunicipality: null,
        municipalitiesServed: [],
      });
      const kreisAgency = await t.as(null).data(ONE, { id: groups['Freiwilligenagentur Kreis Ahrweiler'] });
      expect(kreisAgency.volunteerGroup).toMatchObject({
        homeMunicipality: { id: kreis.gid, name: 'Landkreis Ahrweiler', kind: 'LANDKREIS', parent: null },
        municipalitiesServed: [],
      });
    });

    it('is the same through node(id:)', async () => {
      const { node } = await t.as(null).data(NODE, { id: groups['Tafel Plochingen e.V.'] });
      expect(node).toEqual({
        __typename: 'VolunteerGroup',
        id: groups['Tafel Plochingen e.V.'],
        name: 'Tafel Plochingen e.V.',
        municipalitiesServed: [{ name: 'Plochingen' }],
      });
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const { body } = await t.as(null).request(ONE, { id: globalId('VolunteerGroup', UNKNOWN_UUID) });
      expect(body.data).toBeNull();
      expectErrorCode(body, 'NOT_FOUND');
    });

    it.each([
      ['garbage', 'garbage'],
      ['empty', ''],
      ['a bare uuid', UNKNOWN_UUID],
      ['the id of a municipality', globalId('Municipality', UNKNOWN_UUID)],
      ['a 10 000-character string', 'x'.repeat(10_000)],
    ])('refuses a malformed id (%s) as BAD_USER_INPUT naming id', async (_what, id) => {
      const { body } = await t.as(null).request(ONE, { id });
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['id']);
    });
  });

  describe('cost', () => {
    it('serves a page of 30 groups with their places in as many statements as a page of 5', async () => {
      // 10 Gemeinden in two Landkreise; 30 groups each based in one and serving three of them.
      const kreise = [kreis, await t.fx.municipality('Landkreis Esslingen', { kind: 'LANDKREIS', state: 'BW' })];
      const places: Place[] = [];
      for (let i = 0; i < 10; i++)
        places.push(await t.fx.municipality(`Batchgemeinde ${String(i).padStart(2, '0')}`, { parentId: kreise[i % 2].id }));
      for (let i = 0; i < 30; i++) {
        await group(`Batchgruppe ${String(i).padStart(2, '0')}`, 'VEREIN', places[i % 10], [
          places[i % 10],
          places[(i + 3) % 10],
          places[(i + 7) % 10],
        ]);
      }
      const small = await t.as(null).request(PAGE_WITH_PLACES, { first: 5, nameContains: 'Batchgruppe' });
      const large = await t.as(null).request(PAGE_WITH_PLACES, { first: 30, nameContains: 'Batchgruppe' });
      expect(small.body.errors).toBeUndefined();
      expect(large.body.errors).toBeUndefined();
      expect(small.body.data!.volunteerGroups.nodes).toHaveLength(5);
      const nodes = large.body.data!.volunteerGroups.nodes;
      expect(nodes).toHaveLength(30);
      for (const node of nodes) {
        const served = node.municipalitiesServed;
        expect(served).toHaveLength(3);
        expect(served.map((m) => m.name)).toEqual(served.map((m) => m.name).sort());
        for (const place of served) expect(place.parent).not.toBeNull();
        expect(node.homeMunicipality?.name).toMatch(/^Batchgemeinde/);
      }
      expect(nodes[0]).toMatchObject({
        name: 'Batchgruppe 00',
        homeMunicipality: { name: 'Batchgemeinde 00', parent: { name: 'Landkreis Ahrweiler' } },
        municipalitiesServed: [{ name: 'Batchgemeinde 00' }, { name: 'Batchgemeinde 03' }, { name: 'Batchgemeinde 07' }],
      });
      // The page, the served places, the home places, their Landkreise: one statement each, whatever the page size.
      expect(sqlStatements(large.body)).toBe(sqlStatements(small.body));
      expect(sqlStatements(large.body)).toBeLessThanOrEqual(4);

      // The served places alone (no home, no parents): one statement for the page, one for all the places.
      const a = await t.as(null).request(PAGE_WITH_SERVED_PLACES, { first: 5, nameContains: 'Batchgruppe' });
      const b = await t.as(null).request(PAGE_WITH_SERVED_PLACES, { first: 30, nameContains: 'Batchgruppe' });
      expect(a.body.errors).toBeUndefined();
      expect(b.body.errors).toBeUndefined();
      expect(sqlStatements(b.body)).toBe(sqlStatements(a.body));
      expect(sqlStatements(b.body)).toBeLessThanOrEqual(2);
    });
  });
});
