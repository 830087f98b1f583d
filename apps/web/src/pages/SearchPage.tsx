import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Empty, ErrorNotice, Loading } from '../components/States';
import { usePageTitle } from '../lib/usePageTitle';

const SEARCH = graphql(`
  query SearchPage($query: String!, $after: String) {
    search(query: $query, first: 20, after: $after) {
      nodes {
        snippet
        node {
          __typename
          ... on Experience {
            id
            title
            municipality {
              name
            }
          }
          ... on Thread {
            id
            title
            experience {
              id
            }
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

/** Search in lessons and discussions; the matched words are highlighted in each excerpt. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const after = params.get('nach') ?? undefined;
  usePageTitle(query ? `Suche: ${query}` : 'Suche');
  const [result, refetch] = useQuery({ query: SEARCH, variables: { query, after }, pause: !query });
  const hits = result.data?.search;
  return (
    <section className="page">
      <h1>Suche</h1>
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          const q = new FormData(event.currentTarget).get('q');
          setParams(typeof q === 'string' && q.trim() ? { q: q.trim() } : {});
        }}
      >
        <label htmlFor="search-input">Suchbegriffe</label>
        <div className="search-form__row">
          <input id="search-input" name="q" type="search" defaultValue={query} key={query} />
          <button type="submit">Suchen</button>
        </div>
        <p className="hint">Wie bei einer Websuche: „genaue Wortfolge“, -ausschließen, oder zwischen Alternativen.</p>
      </form>
      {!query ? <p>Geben Sie ein, wonach Sie suchen, zum Beispiel „Spontanhelfende koordinieren“.</p> : null}
      {result.fetching && !hits ? <Loading what="Ergebnisse" /> : null}
      {result.error ? <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {hits && hits.nodes.length === 0 ? (
        <Empty>
          <p>Nichts gefunden zu „{query}“. Versuchen Sie andere oder weniger Wörter.</p>
        </Empty>
      ) : null}
      {hits && hits.nodes.length > 0 ? (
        <ol className="hits" aria-label={`Ergebnisse zu „${query}“`}>
          {hits.nodes.map((hit) => {
            const node = hit.node;
            const href =
              node.__typename === 'Experience'
                ? `/erfahrungen/${node.id}`
                : node.__typename === 'Thread' && node.experience
                  ? `/erfahrungen/${node.experience.id}`
                  : `/diskussionen/${node.id}`;
            return (
              <li key={node.id} className="hit">
                <h2 className="hit__title">
                  <Link to={href}>{node.title}</Link>
                </h2>
                <p className="hit__kind">
                  {node.__typename === 'Experience' ? `Erfahrung · ${node.municipality?.name ?? ''}` : 'Diskussion'}
                </p>
                {/* The API escapes everything but the <mark> around matched words. */}
                <p className="hit__snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
              </li>
            );
          })}
        </ol>
      ) : null}
      {hits?.pageInfo.hasNextPage && hits.pageInfo.endCursor ? (
        <nav aria-label="Seiten" className="pager">
          <Link to={`/suche?${new URLSearchParams({ q: query, nach: hits.pageInfo.endCursor })}`}>Weitere Ergebnisse</Link>
        </nav>
      ) : null}
    </section>
  );
}
