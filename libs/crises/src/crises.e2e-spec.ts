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
  query CrisesList($first: Int, $after: String, $hazard: Hazard, $municipalityId: ID) {
    crises(first: $first, after: $after, hazard: $hazard, municipalityId: $municipalityId) {
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
        name
        hazard
        startsOn
        endsOn
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
  query CrisesOne($id: ID!) {
    crisis(id: $id) {
      id
      name
      hazard
      description
      startsOn
      endsOn
      affectedMunicipalities {
        id
        name
        kind
        parent {
          name
        }
      }
    }
  }
`);

const PAGE_WITH_PLACES = graphql(`
  query CrisesPageWithPlaces($first: Int) {
    crises(first: $first) {
      nodes {
        name
        affectedMunicipalities {
          name
          parent {
            name
          }
        }
      }
    }
  }
`);

const NODE = graphql(`
  query CrisesNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Crisis {
        name
        startsOn
      }
    }
  }
`);

type Place = { id: string; gid: string };

describe('crises', () => {
  let t: TestApp;
  let kreis: Place;
  let altenahr: Place;
  let schuld: Place;
  let erftstadt: Place;
  let berlin: Place;
  let plochingen: Place;
  /** Global ids by crisis name. */
  const crises: Record<string, string> = {};

  const list = async (variables: Variables<typeof LIST>) => (await t.as(null).data(LIST, variables)).crises;

  const names = async (variables: Variables<typeof LIST>): Promise<string[]> =>
    (await list({ first: 100, ...variables })).nodes.map((n) => n.name);

  async function crisis(
    name: string,
    hazard: string,
    startsOn: string,
    endsOn: string | null,
    affected: Place[],
    description: string | null = null,
  ): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO crisis (name, hazards, starts_on, ends_on, description, status)
       VALUES ($1, ARRAY[$2]::hazard[], $3, $4, $5, 'CONFIRMED') RETURNING id`,
      [name, hazard, startsOn, endsOn, description],
    );
    for (const m of affected)
      await t.dataSource.query('INSERT INTO crisis_municipality (crisis_id, municipality_id) VALUES ($1, $2)', [row.id, m.id]);
    crises[name] = globalId('Crisis', row.id);
    return row.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    kreis = await t.fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS', state: 'RP' });
    altenahr = await t.fx.municipality('Altenahr', { parentId: kreis.id });
    schuld = await t.fx.municipality('Schuld', { parentId: kreis.id });
    erftstadt = await t.fx.municipality('Erftstadt', { kind: 'STADT', state: 'NW' });
    berlin = await t.fx.municipality('Berlin', { kind: 'STADTSTAAT', state: 'BE' });
    plochingen = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });

    await crisis(
      'Hochwasser Juli 2021',
      'FLOOD',
      '2021-07-14',
      '2021-07-16',
      [schuld, erftstadt, altenahr],
      'Starkregen über Eifel und Ahr; Flutwelle in der Nacht.',
    );
    await crisis('Starkregen Erftstadt-Blessem', 'HEAVY_RAIN', '2021-07-14', '2021-07-15', [erftstadt]);
    await crisis('Corona-Pandemie', 'PANDEMIC', '2020-01-27', '2023-04-07', [berlin, plochingen]);
    await crisis('Hitzewelle 2022', 'HEAT', '2022-07-18', null, []);
    await crisis('Stromausfall Köpenick', 'POWER_OUTAGE', '2019-02-19', '2019-02-20', [berlin]);
    await crisis('Ankunft Geflüchteter aus der Ukraine', 'REFUGEE_ARRIVAL', '2022-02-24', null, [berlin, plochingen]);
    await crisis('Elbehochwasser', 'FLOOD', '2013-06-01', '2013-06-20', []);
    await crisis('Orkan Sabine', 'STORM', '2020-02-09', '2020-02-10', [plochingen]);
  });
  afterAll(() => t?.close());

  describe('the list', () => {
    it('shows the most recent start first, crises of the same day in a fixed order', async () => {
      const all = await list({ first: 100 });
      expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      const starts = all.nodes.map((n) => n.startsOn);
      expect(starts).toEqual([
        '2022-07-18',
        '2022-02-24',
        '2021-07-14',
        '2021-07-14',
        '2020-02-09',
        '2020-01-27',
        '2019-02-19',
        '2013-06-01',
      ]);
      expect(all.nodes.map((n) => n.name).slice(0, 2)).toEqual(['Hitzewelle 2022', 'Ankunft Geflüchteter aus der Ukraine']);
      expect(all.nodes.at(-1)?.name).toBe('Elbehochwasser');
      // The two crises of 14 July 2021 keep their order from one request to the next.
      const sameDay = all.nodes.slice(2, 4).map((n) => n.name);
      expect([...sameDay].sort()).toEqual(['Hochwasser Juli 2021', 'Starkregen Erftstadt-Blessem']);
      expect((await list({ first: 100 })).nodes.slice(2, 4).map((n) => n.name)).toEqual(sameDay);
    });

    it('prints days as YYYY-MM-DD, and no end while a crisis is ongoing', async () => {
      const all = await list({ first: 100 });
      expect(all.nodes).toHaveLength(8);
      for (const node of all.nodes) {
        expect(node.startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (node.endsOn !== null) expect(node.endsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      const byName = Object.fromEntries(all.nodes.map((n) => [n.name, n]));
      expect(byName['Hochwasser Juli 2021']).toMatchObject({ hazard: 'FLOOD', startsOn: '2021-07-14', endsOn: '2021-07-16' });
      expect(byName['Corona-Pandemie']).toMatchObject({ startsOn: '2020-01-27', endsOn: '2023-04-07' });
      expect(byName['Hitzewelle 2022']).toMatchObject({ startsOn: '2022-07-18', endsOn: null });
    });

    it('pages through all crises without gaps or repeats, also across the day two crises share', async () => {
      const expected = (await list({ first: 100 })).nodes.map((n) => n.id);
      expect(expected).toHaveLength(8);
      for (const first of [1, 2, 3, 4, 7, 8]) {
        const seen: string[] = [];
        let after: string | null | undefined;
        for (;;) {
          const page = await list({ first, after });
          expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
          seen.push(...page.nodes.map((n) => n.id));
          if (!page.pageInfo.hasNextPage) break;
          expect(page.nodes).toHaveLength(first);
          expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(expected);
      }
      // Right between the two crises of 14 July 2021.
      const third = (await list({ first: 3 })).pageInfo.endCursor;
      expect((await list({ first: 1, after: third })).nodes.map((n) => n.id)).toEqual([expected[3]]);
    });

    it('filters by hazard', async () => {
      expect(await names({ hazard: 'FLOOD' })).toEqual(['Hochwasser Juli 2021', 'Elbehochwasser']);
      expect(await names({ hazard: 'HEAT' })).toEqual(['Hitzewelle 2022']);
      expect(await names({ hazard: 'CYBER_ATTACK' })).toEqual([]);
      const page = await list({ first: 1, hazard: 'FLOOD' });
      expect(page.nodes.map((n) => n.name)).toEqual(['Hochwasser Juli 2021']);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await list({ first: 1, hazard: 'FLOOD', after: page.pageInfo.endCursor });
      expect(next.nodes.map((n) => n.name)).toEqual(['Elbehochwasser']);
      expect(next.pageInfo.hasNextPage).toBe(false);
    });

    it('filters by affected municipality; a Landkreis includes its Gemeinden', async () => {
      expect(await names({ municipalityId: kreis.gid })).toEqual(['Hochwasser Juli 2021']);
      expect(await names({ municipalityId: schuld.gid })).toEqual(['Hochwasser Juli 2021']);
      expect((await names({ municipalityId: erftstadt.gid })).sort()).toEqual(['Hochwasser Juli 2021', 'Starkregen Erftstadt-Blessem']);
      expect(await names({ municipalityId: berlin.gid })).toEqual([
        'Ankunft Geflüchteter aus der Ukraine',
        'Corona-Pandemie',
        'Stromausfall Köpenick',
      ]);
      expect(await names({ municipalityId: plochingen.gid, hazard: 'STORM' })).toEqual(['Orkan Sabine']);
      expect(await names({ municipalityId: plochingen.gid, hazard: 'FLOOD' })).toEqual([]);
      expect(await names({ municipalityId: globalId('Municipality', UNKNOWN_UUID) })).toEqual([]);
    });

    it('lists the affected municipalities of a page by name, in a constant number of statements', async () => {
      // Both pages hold the flood of July 2021, whose places have a Landkreis.
      const small = await t.as(null).request(PAGE_WITH_PLACES, { first: 4 });
      const large = await t.as(null).request(PAGE_WITH_PLACES, { first: 8 });
      expect(small.body.errors).toBeUndefined();
      expect(large.body.errors).toBeUndefined();
      const affected = Object.fromEntries(large.body.data!.crises.nodes.map((n) => [n.name, n.affectedMunicipalities]));
      expect(affected['Hochwasser Juli 2021']).toEqual([
        { name: 'Altenahr', parent: { name: 'Landkreis Ahrweiler' } },
        { name: 'Erftstadt', parent: null },
        { name: 'Schuld', parent: { name: 'Landkreis Ahrweiler' } },
      ]);
      expect(affected['Corona-Pandemie']).toEqual([
        { name: 'Berlin', parent: null },
        { name: 'Plochingen', parent: null },
      ]);
      expect(affected['Hitzewelle 2022']).toEqual([]);
      expect(sqlStatements(large.body)).toBe(sqlStatements(small.body));
      expect(sqlStatements(large.body)).toBeLessThanOrEqual(3);
    });

    it.each([
      ['first: 0', { first: 0 }, 'first'],
      ['first: 101', { first: 101 }, 'first'],
      ['a malformed municipalityId', { municipalityId: 'Schuld' }, 'municipalityId'],
      ['a crisis id as municipalityId', { municipalityId: globalId('Crisis', UNKNOWN_UUID) }, 'municipalityId'],
      ['a garbage after', { after: 'garbage' }, 'after'],
      ['an after with a day that does not exist', { after: forgedCursor(['2021-02-30', UNKNOWN_UUID]) }, 'after'],
      ['an after with a word for a day', { after: forgedCursor(['yesterday', UNKNOWN_UUID]) }, 'after'],
      ['an after with a timestamp for a day', { after: forgedCursor(['2021-07-14T00:00:00Z', UNKNOWN_UUID]) }, 'after'],
      ['an after with an id that is not a uuid', { after: forgedCursor(['2021-07-14', 'not-a-uuid']) }, 'after'],
      ['an after of another list (a group cursor)', { after: forgedCursor(['Tafel Plochingen e.V.', UNKNOWN_UUID]) }, 'after'],
      ['an after with three values', { after: forgedCursor(['2021-07-14', UNKNOWN_UUID, 1]) }, 'after'],
    ])('refuses %s as BAD_USER_INPUT naming the argument', async (_what, variables, field) => {
      const { body } = await t.as(null).request(LIST, variables);
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual([field]);
    });

    it('refuses a hazard that does not exist', async () => {
      const { status, body } = await t.as(null).raw(LIST, { hazard: 'EARTHQUAKE' });
      expect(status).toBe(400);
      expectErrorCode(body, 'BAD_USER_INPUT');
    });
  });

  describe('one crisis', () => {
    it('shows its days, description and the municipalities it hit', async () => {
      const flood = await t.as(null).data(ONE, { id: crises['Hochwasser Juli 2021'] });
      expect(flood.crisis).toEqual({
        id: crises['Hochwasser Juli 2021'],
        name: 'Hochwasser Juli 2021',
        hazard: 'FLOOD',
        description: 'Starkregen über Eifel und Ahr; Flutwelle in der Nacht.',
        startsOn: '2021-07-14',
        endsOn: '2021-07-16',
        affectedMunicipalities: [
          { id: altenahr.gid, name: 'Altenahr', kind: 'GEMEINDE', parent: { name: 'Landkreis Ahrweiler' } },
          { id: erftstadt.gid, name: 'Erftstadt', kind: 'STADT', parent: null },
          { id: schuld.gid, name: 'Schuld', kind: 'GEMEINDE', parent: { name: 'Landkreis Ahrweiler' } },
        ],
      });
      const ongoing = await t.as(null).data(ONE, { id: crises['Hitzewelle 2022'] });
      expect(ongoing.crisis).toMatchObject({
        description: null,
        startsOn: '2022-07-18',
        endsOn: null,
        affectedMunicipalities: [],
      });
    });

    it('is the same through node(id:)', async () => {
      const { node } = await t.as(null).data(NODE, { id: crises['Orkan Sabine'] });
      expect(node).toEqual({ __typename: 'Crisis', id: crises['Orkan Sabine'], name: 'Orkan Sabine', startsOn: '2020-02-09' });
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const { body } = await t.as(null).request(ONE, { id: globalId('Crisis', UNKNOWN_UUID) });
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
});
