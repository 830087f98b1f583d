import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useSession } from '../../api/useSession';
import { NotThere } from '../../components/NotThere';
import { ErrorNotice, Loading } from '../../components/States';
import { usePageTitle } from '../../lib/usePageTitle';
import { SessionForm } from './SessionForm';

const SERIES = graphql(`
  query NewSessionSeries($id: ID!) {
    seminarSeries(id: $id) {
      id
      title
      viewerCanOrganise
    }
  }
`);

const CREATE = graphql(`
  mutation CreateSession($input: CreateSeminarSessionInput!) {
    createSeminarSession(input: $input) {
      session {
        id
      }
    }
  }
`);

/** Announcing a session in a series, for its organisers. */
export function NewSessionPage() {
  const { seriesId = '' } = useParams();
  const signedIn = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [result, refetch] = useQuery({ query: SERIES, variables: { id: seriesId }, pause: !signedIn });
  const [, create] = useMutation(CREATE);
  const series = result.data?.seminarSeries;
  usePageTitle(series ? `Neuer Termin: ${series.title}` : 'Neuer Termin');
  if (!signedIn) return <Navigate to={`/anmelden?weiter=${encodeURIComponent(location.pathname)}`} replace />;
  if (result.fetching && !series) return <Loading what="Die Seminarreihe" />;
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) return <NotThere what="Diese Seminarreihe" />;
  if (result.error || !series) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <section className="page page--narrow">
      <p className="lesson__kicker">
        <Link to={`/seminare/${series.id}`}>{series.title}</Link>
      </p>
      <h1>Neuer Termin</h1>
      {series.viewerCanOrganise ? (
        <SessionForm
          submitLabel="Termin ankündigen"
          busyLabel="Wird angekündigt …"
          onSubmit={async (input) => {
            const { data, error } = await create(
              {
                input: {
                  seriesId: series.id,
                  title: input.title,
                  startsAt: input.startsAt,
                  endsAt: input.endsAt,
                  guidingQuestions: input.guidingQuestions,
                  ...(input.topic ? { topic: input.topic } : {}),
                  ...(input.description ? { description: input.description } : {}),
                  ...(input.capacity !== null ? { capacity: input.capacity } : {}),
                  ...(input.onlineUrl ? { onlineUrl: input.onlineUrl } : {}),
                  ...(input.registrationOpensAt ? { registrationOpensAt: input.registrationOpensAt } : {}),
                  ...(input.registrationClosesAt ? { registrationClosesAt: input.registrationClosesAt } : {}),
                },
              },
              { additionalTypenames: ['SeminarSession'] },
            );
            if (data) {
              navigate(`/seminare/termine/${data.createSeminarSession.session.id}/verwalten`);
              return null;
            }
            return error ?? null;
          }}
        />
      ) : (
        <p className="notice">Termine dieser Reihe legen nur ihre Veranstaltenden an.</p>
      )}
    </section>
  );
}
