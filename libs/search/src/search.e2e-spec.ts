import { createTestApp, errorFields, graphql, SignedUpUser, TestApp, Variables } from '@krisenfest/testing';

const SEARCH = graphql(`
  query SearchHits($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
    search(query: $q, filter: $filter, first: $first, after: $after) {
      nodes {
        rank
        snippet
        node {
          __typename
          ... on Experience {
            id
            title
          }
          ... on Thread {
            id
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type SearchVariables = Variables<typeof SEARCH>;
type ExperienceInput = NonNullable<Parameters<TestApp['make']['experience']>[1]>;

describe('search', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let rp: { id: string; gid: string };
  let bw: { id: string; gid: string };

  const experience = async (
    title: string,
    summary: string,
    situation: string,
    over: ExperienceInput = {},
    publish = true,
  ): Promise<string> =>
    (
      await t.make.experience(anna, {
        title,
        summary,
        situation,
        actions: 'Maßnahmen',
        outcome: 'Ergebnis',
        hazards: ['FLOOD'],
        phase: 'RESPONSE',
        municipalityId: rp.gid,
        ...over,
        draft: !publish,
      })
    ).id;

  const search = (variables: SearchVariables, user: SignedUpUser | null = null) => t.as(user).data(SEARCH, variables);
  const titles = async (variables: SearchVariables, user: SignedUpUser | null = null): Promise<string[]> =>
    (await search(variables, user)).search.nodes.map((n) => n.node.title);

  beforeAll(async () => {
    t = await createTestApp();
    anna = await t.signUp('Anna');
    rp = await t.fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS', state: 'RP' });
    bw = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    for (const m of [rp, bw]) await t.fx.verify(anna.userId, { municipalityId: m.id });
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
    await t.make.thread(anna, { title: 'Hochwasser-Vorsorge: Sirenen oder Apps?', body: 'Wie warnt ihr bei Starkregen?' });
  });
  afterAll(() => t.close());

  it('finds "Hochwasser" when asked for "Hochwassers" (German stemming), best match first', async () => {
    const { nodes } = (await search({ q: 'Hochwassers' })).search;
    const found = nodes.map((n) => n.node.title);
    expect(found).toEqual(
      expect.arrayContaining(['Hochwasser an der Ahr: Spontanhelfende lenken', 'Hochwasser-Vorsorge: Sirenen oder Apps?']),
    );
    expect(found).not.toContain('Entwurf über Hochwasserschutz');
    const ranks = nodes.map((n) => n.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('handles umlauts and ß in both directions', async () => {
    expect(await titles({ q: 'Überschwemmung' })).toEqual(['Überschwemmungen im Keller']);
    expect(await titles({ q: 'Straßensperrung' })).toEqual(['Überschwemmungen im Keller']);
    expect(await titles({ q: 'ältere' })).toEqual(['Hitzetelefon für Ältere']);
  });

  it('highlights the match in an escaped snippet', async () => {
    const { nodes } = (await search({ q: 'Flut Helfende', filter: { types: ['EXPERIENCE'] } })).search;
    const snippet = nodes[0].snippet;
    expect(snippet).toMatch(/<mark>Flut<\/mark>/);
    expect(snippet).not.toContain('<script>');
    expect(snippet).toContain('Feuerwehr &amp; THW');
  });

  it('applies the experience filters and leaves threads out then', async () => {
    expect(await titles({ q: 'täglich', filter: { state: 'BW' } })).toEqual(['Hitzetelefon für Ältere']);
    expect(await titles({ q: 'täglich', filter: { hazard: 'FLOOD' } })).toEqual(['Hochwasser an der Ahr: Spontanhelfende lenken']);
    expect(await titles({ q: 'Hochwasser', filter: { municipalityId: rp.gid } })).toEqual([
      'Hochwasser an der Ahr: Spontanhelfende lenken',
    ]);
    expect(await titles({ q: 'Hochwasser', filter: { types: ['THREAD'] } })).toEqual(['Hochwasser-Vorsorge: Sirenen oder Apps?']);
  });

  it('pages through hits without repeats', async () => {
    const q = 'Hochwasser or Hitze or Überschwemmung';
    const first = (await search({ q, first: 2 })).search;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await search({ q, first: 2, after: first.pageInfo.endCursor })).search;
    const all = [...first.nodes, ...second.nodes].map((n) => n.node.title);
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
      const page = await search({ q: 'Notstromaggregat', first: 2, after });
      seen.push(...page.search.nodes.map((n) => n.node.title));
      if (!page.search.pageInfo.hasNextPage) break;
      after = page.search.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen.slice(0, 3).sort()).toEqual([0, 1, 2].map((i) => `Notstromaggregat Nummer ${i}`));
    expect(seen.slice(3).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `Bericht ${i} über Leuchttürme`));
  });

  it('treats any text as words, and refuses empty or oversized queries naming the field', async () => {
    for (const q of ['!!&&(("', 'a:* | b', "'; DROP TABLE experience; --", '🙂 Hochwasser']) {
      const res = await t.as(null).request(SEARCH, { q });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    }
    for (const q of ['', ' ', 'x'.repeat(201)]) {
      expect(errorFields(await t.as(null).error(SEARCH, 'BAD_USER_INPUT', { q }))).toEqual(['query']);
    }
    expect(errorFields(await t.as(null).error(SEARCH, 'BAD_USER_INPUT', { q: 'Hochwasser', after: 'Zm9v' }))).toEqual(['after']);
  });

  it("finds your own drafts with status DRAFT, and nobody else's", async () => {
    await experience('Entwurf: Deichwache organisieren', 'Wie wir die Deichwache mit Vereinen planen.', 'Noch in Arbeit.', {}, false);
    expect(await titles({ q: 'Deichwache', filter: { status: 'DRAFT' } }, anna)).toEqual(['Entwurf: Deichwache organisieren']);
    // Not among the published results, and not for others.
    expect(await titles({ q: 'Deichwache' }, anna)).toEqual([]);
    const ben = await t.signUp('Ben');
    expect(await titles({ q: 'Deichwache', filter: { status: 'DRAFT' } }, ben)).toEqual([]);
    expect(await titles({ q: 'Deichwache', filter: { status: 'DRAFT' } })).toEqual([]);
  });

  it('builds thread snippets from the text readers see, not from its Markdown', async () => {
    await t.make.thread(anna, {
      title: 'Deichverteidigung',
      body: 'Wir brauchen **Sandsackfüller** und [Freiwillige](https://example.org) & Schaufeln <3',
    });
    const [hit] = (await search({ q: 'Sandsackfüller' })).search.nodes;
    expect(hit.snippet).toContain('Deichverteidigung Wir brauchen <mark>Sandsackfüller</mark> und Freiwillige &amp; Schaufeln');
    expect(hit.snippet).not.toMatch(/\*\*|\]\(|https:|&amp;amp;/);
  });

  it('reads "oder" as OR, as the argument promises', async () => {
    expect(await titles({ q: 'Shuttle oder Pumpen' })).toEqual(
      expect.arrayContaining(['Hochwasser an der Ahr: Spontanhelfende lenken', 'Überschwemmungen im Keller']),
    );
    // Inside a quoted phrase it stays a word.
    expect(await titles({ q: '"Shuttle oder Pumpen"' })).toEqual([]);
  });
});
