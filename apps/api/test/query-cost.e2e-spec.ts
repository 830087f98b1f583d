import { createTestApp, expectErrorCode, graphql, sqlStatements, TestApp, Variables } from '@krisenfest/testing';

const THREAD_PAGE = graphql(`
  query QueryCostThreadPage {
    threads(first: 1) {
      nodes {
        comments(first: 100) {
          nodes {
            body
            author {
              displayName
            }
            replies(first: 10) {
              nodes {
                body
                author {
                  displayName
                }
              }
            }
          }
        }
      }
    }
  }
`);

const A_MILLION = graphql(`
  query QueryCostMillion {
    experiences(first: 100) {
      nodes {
        thread {
          comments(first: 100) {
            nodes {
              replies(first: 100) {
                nodes {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);

const WITHOUT_FIRST = graphql(`
  query QueryCostWithoutFirst {
    experiences {
      nodes {
        thread {
          comments {
            nodes {
              replies {
                nodes {
                  replies {
                    nodes {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = graphql(`
  query QueryCostPageSize($n: Int, $deep: Boolean!) {
    experiences(first: $n) {
      nodes {
        thread {
          comments(first: $n) {
            nodes {
              id
              replies(first: $n) @include(if: $deep) {
                nodes {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);

describe('query cost', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('admits a thread page of 100 comments with 10 replies each', async () => {
    const res = await t.as(null).request(THREAD_PAGE);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  it('refuses nested lists that could load a million objects, before running anything, with the cost', async () => {
    const res = await t.as(null).request(A_MILLION);
    expect(res.status).toBe(400);
    const error = expectErrorCode(res.body, 'BAD_USER_INPUT');
    expect(error.extensions?.cost).toBeGreaterThan(1_000_000);
    expect(error.extensions?.maxCost).toBe(25000);
    expect(sqlStatements(res.body)).toBe(0);
  });

  it('counts a list without first as 20 items', async () => {
    const error = await t.as(null).error(WITHOUT_FIRST, 'BAD_USER_INPUT');
    expect(error.extensions?.cost).toBeGreaterThan(25000);
  });

  it('decides the same document anew for each page size and @include it is sent with', async () => {
    /** 'admitted', or the cost the refusal names. */
    const cost = async (variables: Variables<typeof PAGE_SIZE>) => {
      const { body } = await t.as(null).request(PAGE_SIZE, variables);
      return body.errors ? expectErrorCode(body, 'BAD_USER_INPUT').extensions?.cost : 'admitted';
    };
    expect(await cost({ n: 5, deep: true })).toBe('admitted');
    expect(await cost({ n: 100, deep: true })).toBeGreaterThan(25000);
    expect(await cost({ n: 100, deep: false })).toBe('admitted');
    expect(await cost({ n: 5, deep: true })).toBe('admitted');
    expect(await cost({ n: 100, deep: true })).toBeGreaterThan(25000);
  });
});
