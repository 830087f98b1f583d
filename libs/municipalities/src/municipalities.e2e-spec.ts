import {
  createTestApp,
  errorFields,
  expectErrorCode,
  forgedCursor,
  globalId,
  graphql,
  TestApp,
  UNKNOWN_UUID,
  uuidOf,
  Variables,
} from '@krisenfest/testing';

const LIST = graphql(`
  query MunicipalitiesList($first: Int, $after: String, $state: Bundesland, $kind: MunicipalityKind, $parentId: ID, $nameContains: String) {
    municipalities(first: $first, after: $after, state: $state, kind: $kind, parentId: $parentId, nameContains: $nameContains) {
      edges {
        cursor
        node {
          id
          name
        }
      }
      nodes {
        id
        name
        kind
        state
        officialKey
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
  query MunicipalitiesOne($id: ID, $officialKey: String) {
    municipality(id: $id, officialKey: $officialKey) {
      id
      name
      kind
      state
      officialKey
      population
      parent {
        id
        name
        kind
        officialKey
        parent {
          id
        }
      }
    }
  }
`);

const ONE_BY_KEY_AND_ID = graphql(`
  query MunicipalitiesByKeyAndId($id: ID) {
    municipality(officialKey: "07131", id: $id) {
      id
    }
  }
`);

const NODE = graphql(`
  query MunicipalitiesNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Municipality {
        name
        parent {
          name
        }
      }
    }
  }
`);

const PARENTS = graphql(`
  query MunicipalitiesParents {
    municipalities(first: 100, state: RP) {
      nodes {
        name
        parent {
          name
          officialKey
        }
      }
    }
  }
`);

interface Row {
  name: string;
  kind: string;
  state: string;
  officialKey?: string;
  parent?: string;
  population?: number;
}

describe('municipalities', () => {
  let t: TestApp;
  /** Global ids by name (for the names that occur once). */
  const ids: Record<string, string> = {};

  const list = async (variables: Variables<typeof LIST>) => (await t.as(null).data(LIST, variables)).municipalities;

  const names = async (variables: Variables<typeof LIST>): Promise<string[]> =>
    (await list({ first: 100, ...variables })).nodes.map((n) => n.name);

  /** All pages of a list, following endCursor. */
  async function pageThrough(first: number, variables: Variables<typeof LIST> = {}): Promise<{ id: string; name: string }[]> {
    const seen: { id: string; name: string }[] = [];
    let after: string | null | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const page = await list({ ...variables, first, after });
      expect(page.nodes.length).toBeLessThanOrEqual(first);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      seen.push(...page.nodes.map((n) => ({ id: n.id, name: n.name })));
      if (!page.pageInfo.hasNextPage) return seen;
      expect(page.nodes).toHaveLength(first);
      after = page.pageInfo.endCursor;
    }
    throw new Error('the list did not end after 100 pages');
  }

  async function insert(row: Row): Promise<string> {
    const [inserted] = await t.dataSource.query(
      `INSERT INTO municipality (name, kind, state, official_key, parent_id, population)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [row.name, row.kind, row.state, row.officialKey ?? null, row.parent ? uuidOf(ids[row.parent]) : null, row.population ?? null],
    );
    ids[row.name] = globalId('Municipality', inserted.id);
    return inserted.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const rows: Row[] = [
      { name: 'Ahrweiler', kind: 'LANDKREIS', state: 'RP', officialKey: '07131', population: 130086 },
      { name: 'Altenahr', kind: 'GEMEINDE', state: 'RP', officialKey: '07131003', parent: 'Ahrweiler', population: 879 },
      { name: 'Bad Neuenahr-Ahrweiler', kind: 'STADT', state: 'RP', officialKey: '07131007', parent: 'Ahrweiler' },
      { name: 'Schuld', kind: 'GEMEINDE', state: 'RP', officialKey: '07131077', parent: 'Ahrweiler' },
      { name: 'Bodenseekreis', kind: 'LANDKREIS', state: 'BW', officialKey: '08435' },
      { name: 'Überlingen', kind: 'GROSSE_KREISSTADT', state: 'BW', officialKey: '08435059', parent: 'Bodenseekreis' },
      { name: 'Hohenlohekreis', kind: 'LANDKREIS', state: 'BW', officialKey: '08126' },
      { name: 'Öhringen', kind: 'GROSSE_KREISSTADT', state: 'BW', officialKey: '08126066', parent: 'Hohenlohekreis' },
      { name: 'Plochingen', kind: 'STADT', state: 'BW' },
      { name: 'Berlin', kind: 'STADTSTAAT', state: 'BE', officialKey: '11000000' },
      { name: 'Düren', kind: 'STADT', state: 'NW' },
      { name: 'Erftstadt', kind: 'STADT', state: 'NW' },
      { name: 'Zwickau', kind: 'GROSSE_KREISSTADT', state: 'SN' },
      { name: 'Grimma', kind: 'GROSSE_KREISSTADT', state: 'SN' },
      { name: 'Eilenburg', kind: 'GROSSE_KREISSTADT', state: 'SN' },
      { name: 'Hitzacker (Elbe)', kind: 'STADT', state: 'NI' },
      { name: 'Amt Neuhaus', kind: 'GEMEINDE', state: 'NI' },
      { name: 'Lüneburg', kind: 'LANDKREIS', state: 'NI' },
      { name: 'Wiesbaden', kind: 'KREISFREIE_STADT', state: 'HE' },
      { name: 'Trier', kind: 'KREISFREIE_STADT', state: 'RP' },
      { name: 'Vaihingen an der Enz', kind: 'GROSSE_KREISSTADT', state: 'BW' },
    ];
    for (const row of rows) await insert(row);
    // Three towns share one name: the id must break the tie, or paging would skip or repeat one of them.
    for (const state of ['HE', 'SN', 'BY']) {
      await t.dataSource.query(`INSERT INTO municipality (name, kind, state) VALUES ('Neustadt', 'STADT', $1)`, [state]);
    }
  });
  afterAll(() => t?.close());

  describe('the list', () => {
    it('pages through every municipality by name, without gaps or repeats, whatever the page size', async () => {
      const [{ n: total }] = await t.dataSource.query('SELECT count(*)::int AS n FROM municipality');
      expect(total).toBe(24);
      // German order (Ä like A, ß like ss; ties by id): paging must reproduce it exactly.
      const expected: { id: string; name: string }[] = (
        await t.dataSource.query('SELECT id, name FROM municipality ORDER BY sort_name, id')
      ).map((r: { id: string; name: string }) => ({ id: globalId('Municipality', r.id), name: r.name }));

      const single = await list({ first: 100 });
      expect(single.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      expect(single.nodes.map((n) => ({ id: n.id, name: n.name }))).toEqual(expected);

      for (const pageSize of [1, 2, 3, 5, 7, 23, 24]) {
        const paged = await pageThrough(pageSize);
        expect(paged).toEqual(expected);
        expect(new Set(paged.map((m) => m.id)).size).toBe(total);
      }

      // The names with umlauts are there exactly once, and sorted as German readers expect (DIN 5007).
      const order = expected.map((m) => m.name);
      for (const name of ['Überlingen', 'Öhringen', 'Düren', 'Lüneburg', 'Ahrweiler'])
        expect(order.filter((n) => n === name)).toEqual([name]);
      expect(order.indexOf('Ahrweiler')).toBeLessThan(order.indexOf('Altenahr'));
      expect(order.indexOf('Altenahr')).toBeLessThan(order.indexOf('Bad Neuenahr-Ahrweiler'));
      expect(order.indexOf('Öhringen')).toBeLessThan(order.indexOf('Überlingen'));
      expect(order.indexOf('Plochingen')).toBeLessThan(order.indexOf('Zwickau'));
      expect(order.indexOf('Öhringen')).toBeLessThan(order.indexOf('Plochingen'));
      expect(order.indexOf('Überlingen')).toBeLessThan(order.indexOf('Zwickau'));
      expect(order.indexOf('Düren')).toBeLessThan(order.indexOf('Lüneburg'));
      // The three towns called Neustadt follow each other.
      const first = order.indexOf('Neustadt');
      expect(order.slice(first, first + 3)).toEqual(['Neustadt', 'Neustadt', 'Neustadt']);
    });

    it('gives the same order on every request (stable), and the default page is 20', async () => {
      const a = await list({});
      const b = await list({});
      expect(a.nodes).toHaveLength(20);
      expect(a.pageInfo.hasNextPage).toBe(true);
      expect(b.nodes).toEqual(a.nodes);
      expect(a.edges.map((e) => e.node.id)).toEqual(a.nodes.map((n) => n.id));
      expect(a.pageInfo.startCursor).toBe(a.edges[0].cursor);
      expect(a.pageInfo.endCursor).toBe(a.edges.at(-1)?.cursor);
    });

    it('continues after any edge cursor, not only after endCursor', async () => {
      const all = await list({ first: 100 });
      const fifth = all.edges[4];
      const rest = await list({ first: 100, after: fifth.cursor });
      expect(rest.nodes.map((n) => n.id)).toEqual(all.nodes.slice(5).map((n) => n.id));
      const last = await list({ first: 5, after: all.edges.at(-1)!.cursor });
      expect(last.nodes).toEqual([]);
      expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    });

    it('filters by Bundesland and by kind, alone and together, and pages through a filtered list', async () => {
      const inBW = ['Bodenseekreis', 'Hohenlohekreis', 'Plochingen', 'Vaihingen an der Enz', 'Öhringen', 'Überlingen'];
      expect((await names({ state: 'BW' })).sort()).toEqual([...inBW].sort());
      expect(await names({ state: 'HB' })).toEqual([]);
      expect((await names({ kind: 'LANDKREIS' })).sort()).toEqual(['Ahrweiler', 'Bodenseekreis', 'Hohenlohekreis', 'Lüneburg'].sort());
      expect((await names({ kind: 'GROSSE_KREISSTADT', state: 'SN' })).sort()).toEqual(['Eilenburg', 'Grimma', 'Zwickau']);
      expect(await names({ kind: 'STADTSTAAT', state: 'BY' })).toEqual([]);

      const nodes = (await list({ first: 100, state: 'BW' })).nodes;
      expect(nodes.map((n) => n.state)).toEqual(inBW.map(() => 'BW'));
      const paged = await pageThrough(2, { state: 'BW' });
      expect(paged.map((m) => m.id)).toEqual(nodes.map((n) => n.id));
      const towns = (await list({ first: 100, kind: 'STADT' })).nodes;
      expect(towns.map((n) => n.name).sort()).toEqual(
        ['Bad Neuenahr-Ahrweiler', 'Düren', 'Erftstadt', 'Hitzacker (Elbe)', 'Neustadt', 'Neustadt', 'Neustadt', 'Plochingen'].sort(),
      );
      expect(towns.map((n) => n.kind)).toEqual(towns.map(() => 'STADT'));
    });

    it('filters by Landkreis (parentId): its Gemeinden only', async () => {
      expect(await names({ parentId: ids.Ahrweiler })).toEqual(['Altenahr', 'Bad Neuenahr-Ahrweiler', 'Schuld']);
      expect(await names({ parentId: ids.Bodenseekreis })).toEqual(['Überlingen']);
      expect(await names({ parentId: ids.Ahrweiler, kind: 'STADT' })).toEqual(['Bad Neuenahr-Ahrweiler']);
      expect(await names({ parentId: ids.Ahrweiler, state: 'BW' })).toEqual([]);
      // A Gemeinde has no Gemeinden; an unknown municipality has none either.
      expect(await names({ parentId: ids.Altenahr })).toEqual([]);
      expect(await names({ parentId: globalId('Municipality', UNKNOWN_UUID) })).toEqual([]);
      const paged = await pageThrough(1, { parentId: ids.Ahrweiler });
      expect(paged.map((m) => m.name)).toEqual(['Altenahr', 'Bad Neuenahr-Ahrweiler', 'Schuld']);
    });

    it('finds names by a part of them, ignoring case', async () => {
      expect((await names({ nameContains: 'ahr' })).sort()).toEqual(['Ahrweiler', 'Altenahr', 'Bad Neuenahr-Ahrweiler']);
      expect(await names({ nameContains: 'AHRWEILER' })).toEqual(expect.arrayContaining(['Ahrweiler', 'Bad Neuenahr-Ahrweiler']));
      expect(await names({ nameContains: 'Überl' })).toEqual(['Überlingen']);
      expect(await names({ nameContains: 'hringen' })).toEqual(['Öhringen']);
      expect(await names({ nameContains: '(Elbe)' })).toEqual(['Hitzacker (Elbe)']);
      expect(await names({ nameContains: 'neustadt' })).toEqual(['Neustadt', 'Neustadt', 'Neustadt']);
      expect(await names({ nameContains: 'ahr', parentId: ids.Ahrweiler })).toEqual(['Altenahr', 'Bad Neuenahr-Ahrweiler']);
      expect(await names({ nameContains: 'Atlantis' })).toEqual([]);
      // Umlauts ignore case too: a user types "über" for Überlingen.
      expect(await names({ nameContains: 'über' })).toEqual(['Überlingen']);
      expect(await names({ nameContains: 'ÖHR' })).toEqual(['Öhringen']);
    });

    it('answers a name part with a NUL character without an internal error', async () => {
      // No name can contain NUL (PostgreSQL text cannot hold it): an empty list or a refusal naming the argument.
      const { body } = await t.as(null).request(LIST, { nameContains: 'Ahr\u0000' });
      expect(body.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
      if (body.errors) expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['nameContains']);
      else expect(body.data?.municipalities.nodes).toEqual([]);
    });

    it('matches % and _ typed by a user literally, not as wildcards', async () => {
      // Without escaping, "%" and "_" would match every name.
      expect(await names({ nameContains: '%' })).toEqual([]);
      expect(await names({ nameContains: '_' })).toEqual([]);
      expect(await names({ nameContains: '\\' })).toEqual([]);
      expect(await names({ nameContains: 'Bad%Ahrweiler' })).toEqual([]);
      expect(await names({ nameContains: 'Ahrweile_' })).toEqual([]);
      expect(await names({ nameContains: 'Sch_ld' })).toEqual([]);

      const pct = await insert({ name: '100% Ehrenamt_Dorf', kind: 'GEMEINDE', state: 'SH' });
      try {
        expect(await names({ nameContains: '%' })).toEqual(['100% Ehrenamt_Dorf']);
        expect(await names({ nameContains: '_' })).toEqual(['100% Ehrenamt_Dorf']);
        expect(await names({ nameContains: '0% e' })).toEqual(['100% Ehrenamt_Dorf']);
        expect(await names({ nameContains: 'amt_d' })).toEqual(['100% Ehrenamt_Dorf']);
      } finally {
        await t.dataSource.query('DELETE FROM municipality WHERE id = $1', [pct]);
      }
    });

    it.each([
      ['first: 0', { first: 0 }, 'first'],
      ['first: -1', { first: -1 }, 'first'],
      ['first: 101', { first: 101 }, 'first'],
      ['an empty nameContains', { nameContains: '' }, 'nameContains'],
      ['a nameContains of 101 characters', { nameContains: 'a'.repeat(101) }, 'nameContains'],
      ['a malformed parentId', { parentId: 'not-an-id' }, 'parentId'],
      ['the id of another type as parentId', { parentId: globalId('VolunteerGroup', UNKNOWN_UUID) }, 'parentId'],
    ])('refuses %s as BAD_USER_INPUT naming the argument', async (_what, variables, field) => {
      const { body } = await t.as(null).request(LIST, variables);
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual([field]);
    });

    it('accepts the page sizes at the limits', async () => {
      expect((await list({ first: 1 })).nodes).toHaveLength(1);
      expect((await list({ first: 100 })).nodes).toHaveLength(24);
    });

    it.each([
      ['garbage', 'garbage'],
      ['base64 of something else', 'dGFtcGVyZWQ'],
      ['a cursor of another length', forgedCursor(['Altenahr'])],
      ['an id that is not a uuid', forgedCursor(['Altenahr', 'not-a-uuid'])],
      ['numbers instead of name and id', forgedCursor([1, 2])],
      ['a null id', forgedCursor(['Altenahr', null])],
      ['an SQL fragment', forgedCursor(["Altenahr') OR 1=1 --", "x' OR '1'='1"])],
      ['a NUL character in the name', forgedCursor(['Alten\u0000ahr', UNKNOWN_UUID])],
      ['a 10 000-character value', 'A'.repeat(10_000)],
    ])('refuses a forged after (%s) as BAD_USER_INPUT naming after', async (_what, after) => {
      const { body } = await t.as(null).request(LIST, { first: 2, after });
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['after']);
    });
  });

  describe('one municipality', () => {
    it('is found by its id and by its official key (Kreisschlüssel or AGS)', async () => {
      const byKey = await t.as(null).data(ONE, { officialKey: '07131' });
      expect(byKey.municipality).toEqual({
        id: ids.Ahrweiler,
        name: 'Ahrweiler',
        kind: 'LANDKREIS',
        state: 'RP',
        officialKey: '07131',
        population: 130086,
        parent: null,
      });

      const byId = await t.as(null).data(ONE, { id: ids.Ahrweiler });
      expect(byId.municipality).toEqual(byKey.municipality);

      const gemeinde = await t.as(null).data(ONE, { officialKey: '07131003' });
      expect(gemeinde.municipality).toEqual({
        id: ids.Altenahr,
        name: 'Altenahr',
        kind: 'GEMEINDE',
        state: 'RP',
        officialKey: '07131003',
        population: 879,
        parent: { id: ids.Ahrweiler, name: 'Ahrweiler', kind: 'LANDKREIS', officialKey: '07131', parent: null },
      });
      const umlaut = await t.as(null).data(ONE, { id: ids['Überlingen'] });
      expect(umlaut.municipality).toMatchObject({
        name: 'Überlingen',
        officialKey: '08435059',
        parent: { name: 'Bodenseekreis' },
      });
      // Without an official key: null, not an empty string.
      expect((await t.as(null).data(ONE, { id: ids.Plochingen })).municipality).toMatchObject({
        officialKey: null,
        population: null,
        parent: null,
      });
    });

    it('is the same through node(id:)', async () => {
      const { node } = await t.as(null).data(NODE, { id: ids.Schuld });
      expect(node).toEqual({ __typename: 'Municipality', id: ids.Schuld, name: 'Schuld', parent: { name: 'Ahrweiler' } });
    });

    it('lists parents with their Landkreis', async () => {
      const { municipalities } = await t.as(null).data(PARENTS);
      const parents = Object.fromEntries(municipalities.nodes.map((n) => [n.name, n.parent?.name ?? null]));
      expect(parents).toEqual({
        Ahrweiler: null,
        Altenahr: 'Ahrweiler',
        'Bad Neuenahr-Ahrweiler': 'Ahrweiler',
        Schuld: 'Ahrweiler',
        Trier: null,
      });
    });

    it('refuses neither id nor officialKey, and both, as BAD_USER_INPUT', async () => {
      const neither = await t.as(null).request(ONE, {});
      expect(neither.body.data).toBeNull();
      expectErrorCode(neither.body, 'BAD_USER_INPUT');
      const both = await t.as(null).request(ONE, { id: ids.Ahrweiler, officialKey: '07131' });
      expect(both.body.data).toBeNull();
      expectErrorCode(both.body, 'BAD_USER_INPUT');
      // Even when both name the same municipality, and one of them is written into the document.
      await t.as(null).error(ONE_BY_KEY_AND_ID, 'BAD_USER_INPUT', { id: ids.Ahrweiler });
    });

    it('treats an explicit null like an argument left out', async () => {
      // Clients send { id: null, officialKey: "07131" } from one query with both variables.
      const byKey = await t.as(null).data(ONE, { id: null, officialKey: '07131' });
      expect(byKey.municipality.name).toBe('Ahrweiler');
      const byId = await t.as(null).data(ONE, { id: ids.Altenahr, officialKey: null });
      expect(byId.municipality.name).toBe('Altenahr');
      await t.as(null).error(ONE, 'BAD_USER_INPUT', { id: null, officialKey: null });
    });

    it.each([
      ['too short', '123'],
      ['six digits', '071310'],
      ['with a letter', '0713100X'],
      ['empty', ''],
      ['with spaces', '07131 00'],
      ['nine digits', '071310030'],
    ])('refuses an official key that is %s as BAD_USER_INPUT naming officialKey', async (_what, officialKey) => {
      const { body } = await t.as(null).request(ONE, { officialKey });
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['officialKey']);
    });

    it('answers NOT_FOUND for an unknown official key or id', async () => {
      await t.as(null).error(ONE, 'NOT_FOUND', { officialKey: '09999' });
      await t.as(null).error(ONE, 'NOT_FOUND', { officialKey: '09999999' });
      const unknown = await t.as(null).request(ONE, { id: globalId('Municipality', UNKNOWN_UUID) });
      expect(unknown.body.data).toBeNull();
      expectErrorCode(unknown.body, 'NOT_FOUND');
    });

    it.each([
      ['garbage', 'garbage'],
      ['a uuid without its type', UNKNOWN_UUID],
      ['the id of another type', globalId('Crisis', UNKNOWN_UUID)],
      ['a 10 000-character string', 'A'.repeat(10_000)],
    ])('refuses a malformed id (%s) as BAD_USER_INPUT naming id', async (_what, id) => {
      const { body } = await t.as(null).request(ONE, { id });
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['id']);
    });
  });
});
