import { createTestApp, errorFields, expectErrorCode, Fixtures, SignedUpUser, TestApp } from '@krisenfest/testing';

const SEARCH = `query($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $q, filter: $filter, first: $first, after: $after) {
    nodes { rank snippet node { __typename ... on Experience { id title } ... on Thread { id title } } }
    pageInfo { hasNextPage endCursor } } }`;

describe('search', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let rp: { id: string; gid: string };
  let bw: { id: string; gid: string };

  async function experience(
    title: string,
    summary: string,
    situation: string,
    over: Record<string, unknown> = {},
    publish = true,
  ): Promise<string> {
    const res = await t.gql<any>(
      `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { experience { id } } }`,
      {
        input: {
          title,
          summary,
          situation,
          actions: 'Maßnahmen',
          outcome: 'Ergebnis',
          hazards: ['FLOOD'],
          phase: 'RESPONSE',
          municipalityId: rp.gid,
          ...over,
        },
      },
      { token: anna.token },
    );
    const id = res.body.data.createExperience.experience.id;
    if (publish)
      await t.gql(`mutation($id: ID!) { publishExperience(input: { id: $id }) { experience { id } } }`, { id }, { token: anna.token });
    return id;
  }

  const titles = (res: any) => res.body.data.search.nodes.map((n: any) => n.node.title);

  beforeAll(async () => {
    t = await createTestApp();
    anna = await t.signUp('Anna');
    const fx = new Fixtures(t.dataSource);
    rp = await fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS', state: 'RP' });
    bw = await fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    for (const m of [rp, bw]) await fx.verify(anna.userId, { municipalityId: m.id });
    await experience(
      'Hochwasser an der Ahr: Spontanhelfende lenken',
      'Wie ein Shuttle tausende Helfende verteilte.',
      'Nach der Flut kamen täglich Helfende von Feuerwehr & THW. <script>alert(1)</script>',
    );
    await experience(
      'Überschwemmungen im Keller',
      'Pumpen und Sandsäcke für die Straßen der Altstadt.',
      'Die Straßensperrungen dauerten Wochen.',
    );
    await experience('Hitzetelefon für Ältere', 'Ehrenamtliche rufen täglich an.', 'Während der Hitzewelle.', {
      hazards: ['HEAT'],
      municipalityId: bw.gid,
    });
    await experience('Entwurf über Hochwasserschutz', 'Noch nicht veröffentlicht.', 'Geheim.', {}, false);
    await t.gql(
      `mutation { createThread(input: { title: "Hochwasser-Vorsorge: Sirenen oder Apps?", body: "Wie warnt ihr bei Starkregen?" }) { thread { id } } }`,
      {},
      { token: anna.token },
    );
  });
  afterAll(() => t.close());

  it('finds "Hochwasser" when asked for "Hochwassers" (German stemming), best match first', async () => {
    const res = await t.gql<any>(SEARCH, { q: 'Hochwassers' });
    expect(titles(res)).toEqual(
      expect.arrayContaining(['Hochwasser an der Ahr: Spontanhelfende lenken', 'Hochwasser-Vorsorge: Sirenen oder Apps?']),
    );
    expect(titles(res)).not.toContain('Entwurf über Hochwasserschutz');
    const ranks = res.body.data.search.nodes.map((n: any) => n.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('handles umlauts and ß in both directions', async () => {
    expect(titles(await t.gql<any>(SEARCH, { q: 'Überschwemmung' }))).toEqual(['Überschwemmungen im Keller']);
    expect(titles(await t.gql<any>(SEARCH, { q: 'Straßensperrung' }))).toEqual(['Überschwemmungen im Keller']);
    expect(titles(await t.gql<any>(SEARCH, { q: 'ältere' }))).toEqual(['Hitzetelefon für Ältere']);
  });

  it('highlights the match in an escaped snippet', async () => {
    const res = await t.gql<any>(SEARCH, { q: 'Flut Helfende', filter: { types: ['EXPERIENCE'] } });
    const snippet: string = res.body.data.search.nodes[0].snippet;
    expect(snippet).toMatch(/<mark>Flut<\/mark>/);
    expect(snippet).not.toContain('<script>');
    expect(snippet).toContain('Feuerwehr &amp; THW');
  });

  it('applies the experience filters and leaves threads out then', async () => {
    expect(titles(await t.gql<any>(SEARCH, { q: 'täglich', filter: { state: 'BW' } }))).toEqual(['Hitzetelefon für Ältere']);
    expect(titles(await t.gql<any>(SEARCH, { q: 'täglich', filter: { hazard: 'FLOOD' } }))).toEqual([
      'Hochwasser an der Ahr: Spontanhelfende lenken',
    ]);
    expect(
      titles(await t.gql<any>(SEARCH, { q: 'Hochwasser', filter: { municipalityId: rp.gid } })).every((x: string) =>
        x.startsWith('Hochwasser an'),
      ),
    ).toBe(true);
    expect(titles(await t.gql<any>(SEARCH, { q: 'Hochwasser', filter: { types: ['THREAD'] } }))).toEqual([
      'Hochwasser-Vorsorge: Sirenen oder Apps?',
    ]);
  });

  it('pages through hits without repeats', async () => {
    const first = await t.gql<any>(SEARCH, { q: 'Hochwasser or Hitze or Überschwemmung', first: 2 });
    expect(first.body.data.search.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<any>(SEARCH, {
      q: 'Hochwasser or Hitze or Überschwemmung',
      first: 2,
      after: first.body.data.search.pageInfo.endCursor,
    });
    const all = [...titles(first), ...titles(second)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  it('ranks title and summary matches above body-only ones, and pages through both without gaps', async () => {
    for (let i = 0; i < 3; i++) await experience(`Notstromaggregat Nummer ${i}`, 'Im Titel steht das Wort.', 'Text.');
    for (let i = 0; i < 5; i++)
      await experience(`Bericht ${i} über Leuchttürme`, 'Nichts davon hier.', `Erst im Text: ein Notstromaggregat ${i}.`);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await t.gql<any>(SEARCH, { q: 'Notstromaggregat', first: 2, after });
      seen.push(...titles(res));
      if (!res.body.data.search.pageInfo.hasNextPage) break;
      after = res.body.data.search.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen.slice(0, 3).every((x) => x.startsWith('Notstromaggregat'))).toBe(true);
    expect(seen.slice(3).every((x) => x.includes('Leuchttürme'))).toBe(true);
  });

  it('treats any text as words, and refuses empty or oversized queries naming the field', async () => {
    for (const q of ['!!&&(("', 'a:* | b', "'; DROP TABLE experience; --", '🙂 Hochwasser']) {
      const res = await t.gql(SEARCH, { q });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    }
    for (const q of ['', ' ', 'x'.repeat(201)]) {
      expect(errorFields(expectErrorCode((await t.gql(SEARCH, { q })).body, 'BAD_USER_INPUT'))).toEqual(['query']);
    }
    expect(errorFields(expectErrorCode((await t.gql(SEARCH, { q: 'Hochwasser', after: 'Zm9v' })).body, 'BAD_USER_INPUT'))).toEqual([
      'after',
    ]);
  });

  it("finds your own drafts with status DRAFT, and nobody else's", async () => {
    await experience('Entwurf: Deichwache organisieren', 'Wie wir die Deichwache mit Vereinen planen.', 'Noch in Arbeit.', {}, false);
    const mine = await t.gql<any>(SEARCH, { q: 'Deichwache', filter: { status: 'DRAFT' } }, { token: anna.token });
    expect(titles(mine)).toEqual(['Entwurf: Deichwache organisieren']);
    // Not among the published results, and not for others.
    expect(titles(await t.gql<any>(SEARCH, { q: 'Deichwache' }, { token: anna.token }))).toEqual([]);
    const ben = await t.signUp('Ben');
    expect(titles(await t.gql<any>(SEARCH, { q: 'Deichwache', filter: { status: 'DRAFT' } }, { token: ben.token }))).toEqual([]);
    expect(titles(await t.gql<any>(SEARCH, { q: 'Deichwache', filter: { status: 'DRAFT' } }))).toEqual([]);
  });

  it('builds thread snippets from the text readers see, not from its Markdown', async () => {
    await t.gql(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`,
      {
        input: {
          title: 'Deichverteidigung',
          body: 'Wir brauchen **Sandsackfüller** und [Freiwillige](https://example.org) & Schaufeln <3',
        },
      },
      { token: anna.token },
    );
    const [hit] = (await t.gql<any>(SEARCH, { q: 'Sandsackfüller' })).body.data.search.nodes;
    expect(hit.snippet).toContain('Deichverteidigung Wir brauchen <mark>Sandsackfüller</mark> und Freiwillige &amp; Schaufeln');
    expect(hit.snippet).not.toMatch(/\*\*|\]\(|https:|&amp;amp;/);
  });

  it('reads "oder" as OR, as the argument promises', async () => {
    const either = await t.gql<any>(SEARCH, { q: 'Shuttle oder Pumpen' });
    expect(titles(either)).toEqual(expect.arrayContaining(['Hochwasser an der Ahr: Spontanhelfende lenken', 'Überschwemmungen im Keller']));
    // Inside a quoted phrase it stays a word.
    expect(titles(await t.gql<any>(SEARCH, { q: '"Shuttle oder Pumpen"' }))).toEqual([]);
  });
});
