import { byIdLoader, listLoader, RequestContext } from './request-context';

/** A fetch that records the batches it was asked for. */
function recording<V>(rows: V[], idOf: (row: V) => string) {
  const batches: string[][] = [];
  const fetch = async (ids: string[]) => {
    batches.push([...ids]);
    return rows.filter((row) => ids.includes(idOf(row)));
  };
  return { batches, fetch };
}

describe('request loaders', () => {
  const rows = [
    { id: 'a', name: 'Altenahr' },
    { id: 'b', name: 'Bad Neuenahr' },
  ];

  it('loads what one tick asks for with one fetch, in the order asked, missing ids as null', async () => {
    const ctx = RequestContext.anonymous();
    const { batches, fetch } = recording(rows, (r) => r.id);
    const loader = byIdLoader(ctx, 'Test.byId', fetch);
    const found = await Promise.all([loader.load('b'), loader.load('x'), loader.load('a')]);
    expect(found).toEqual([rows[1], null, rows[0]]);
    expect(batches).toEqual([['b', 'x', 'a']]);
  });

  it('answers again from the request without asking, and starts empty for the next request', async () => {
    const { batches, fetch } = recording(rows, (r) => r.id);
    const first = RequestContext.anonymous();
    await byIdLoader(first, 'Test.byId', fetch).load('a');
    await byIdLoader(first, 'Test.byId', fetch).load('a');
    expect(batches).toHaveLength(1);
    await byIdLoader(RequestContext.anonymous(), 'Test.byId', fetch).load('a');
    expect(batches).toHaveLength(2);
  });

  it('reads anew what was asked before once a write has cleared the loaders', async () => {
    const ctx = RequestContext.anonymous();
    const current = [{ id: 'a', name: 'vorher' }];
    const loader = () => byIdLoader(ctx, 'Test.byId', async () => current.map((r) => ({ ...r })));
    expect((await loader().load('a'))?.name).toBe('vorher');
    current[0].name = 'nachher';
    expect((await loader().load('a'))?.name).toBe('vorher');
    ctx.clearLoaders();
    expect((await loader().load('a'))?.name).toBe('nachher');
  });

  it('does not share loaders with the transaction of the request, which reads its own writes', async () => {
    const ctx = RequestContext.anonymous();
    const { batches, fetch } = recording(rows, (r) => r.id);
    await byIdLoader(ctx, 'Test.byId', fetch).load('a');
    await byIdLoader(ctx.withTransaction({}), 'Test.byId', fetch).load('a');
    expect(batches).toHaveLength(2);
  });

  it('gives each id its list, empty where there is none, with one fetch', async () => {
    const ctx = RequestContext.anonymous();
    const speakers = [
      { session: 's1', name: 'Anna' },
      { session: 's2', name: 'Ben' },
      { session: 's1', name: 'Carla' },
    ];
    const { batches, fetch } = recording(speakers, (r) => r.session);
    const loader = listLoader(ctx, 'Test.speakers', fetch, (r) => r.session);
    const [s1, s2, s3] = await Promise.all([loader.load('s1'), loader.load('s2'), loader.load('s3')]);
    expect(s1.map((s) => s.name)).toEqual(['Anna', 'Carla']);
    expect(s2.map((s) => s.name)).toEqual(['Ben']);
    expect(s3).toEqual([]);
    expect(batches).toEqual([['s1', 's2', 's3']]);
  });
});
