import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useSession } from '../../api/useSession';
import { FormProblem } from '../../components/Field';
import { ErrorNotice, Loading } from '../../components/States';
import { describeProblem } from '../../lib/errors';
import { formatWhen } from '../../lib/format';
import { checkDraft, emptyDraft, fromLesson, LessonDraft, sameContent, toCreateInput, toUpdateInput } from '../../lib/lessonDraft';
import { dropLocalCopy, readLocalCopy, writeLocalCopy } from '../../lib/lessonLocalCopy';
import { usePageTitle } from '../../lib/usePageTitle';
import { LessonFields, SpeakFor } from './LessonFields';

const OPTIONS = graphql(`
  query LessonEditorOptions {
    viewer {
      id
      memberships {
        id
        role
        status
        municipality {
          id
          name
        }
        volunteerGroup {
          id
          name
        }
      }
    }
    crises(first: 100) {
      nodes {
        id
        name
      }
    }
    seminarSessions(first: 50) {
      nodes {
        id
        title
        startsAt
      }
    }
  }
`);

const DRAFTS = graphql(`
  query LessonEditorDrafts {
    experiences(first: 20, filter: { status: DRAFT }) {
      nodes {
        id
        title
        updatedAt
      }
    }
  }
`);

const LESSON = graphql(`
  query LessonEditorLesson($id: ID!) {
    experience(id: $id) {
      id
      status
      updatedAt
      title
      summary
      situation
      actions
      outcome
      rootCause
      transferability
      hazards
      phase
      visibility
      fieldsOfAction
      actors
      author {
        id
      }
      municipality {
        id
        name
      }
      volunteerGroup {
        id
        name
      }
      crisis {
        id
      }
      seminarSession {
        id
      }
      recommendations {
        text
        addressee
        status
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateLesson($input: CreateExperienceInput!) {
    createExperience(input: $input) {
      experience {
        id
        status
        updatedAt
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateLesson($input: UpdateExperienceInput!) {
    updateExperience(input: $input) {
      experience {
        id
        status
        updatedAt
      }
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishLesson($input: PublishExperienceInput!) {
    publishExperience(input: $input) {
      experience {
        id
        status
      }
    }
  }
`);

/** How long the form waits after the last keystroke before it saves the draft to the server. */
const AUTOSAVE_DELAY_MS = 1500;

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'local' } | { kind: 'failed'; message: string };

/** The lesson as loaded: its id, whether it is published, and where and for whom it was written (fixed). */
interface Loaded {
  id: string | null;
  status: 'DRAFT' | 'PUBLISHED';
  place: { municipality: string; group: string | null } | null;
}

/**
 * Writing a lesson (`/schreiben`) or editing one (`/schreiben/<id>`): every field of the API's lesson, checked as the
 * server checks it. A draft saves itself: into this browser as one types, and to the server once title, summary,
 * hazard, phase and municipality are valid; published lessons save when asked, since readers see each save.
 */
export function LessonEditorPage() {
  const session = useSession();
  if (!session) {
    return (
      <section className="page page--narrow">
        <h1>Erfahrung aufschreiben</h1>
        <p>
          Bitte <Link to="/anmelden?weiter=%2Fschreiben">melden Sie sich an</Link>, um eine Erfahrung aufzuschreiben.
        </p>
      </section>
    );
  }
  return <LessonEditor userId={session.userId} />;
}

function LessonEditor({ userId }: { userId: string }) {
  const { id: routeId } = useParams();
  const navigate = useNavigate();
  const client = useClient();
  const [options, reloadOptions] = useQuery({ query: OPTIONS });
  const [, create] = useMutation(CREATE);
  const [, update] = useMutation(UPDATE);
  const [publishing, publish] = useMutation(PUBLISH);

  const [draft, setDraft] = useState<LessonDraft | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** Set once the author asked to save or publish: from then on the form's own checks show as they type. */
  const [attempt, setAttempt] = useState<'save' | 'publish' | null>(null);
  /** The server's field errors, with the content they were about: an error goes once its field changes. */
  const [refused, setRefused] = useState<{ fields: Record<string, string>; about: LessonDraft } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [newerLocal, setNewerLocal] = useState<{ draft: LessonDraft; savedAt: string } | null>(null);

  // What the server holds, the form's latest content, and the save in flight: the autosave reads them outside renders.
  const saved = useRef<LessonDraft | null>(null);
  const latest = useRef<LessonDraft | null>(null);
  const lessonId = useRef<string | null>(null);
  const inFlight = useRef<Promise<string | null> | null>(null);
  /** Why the last save failed, in the person's words. */
  const lastFailure = useRef('');
  const idempotencyKey = useMemo(() => `lesson-${crypto.randomUUID()}`, []);
  latest.current = draft;

  const memberships = useMemo(() => (options.data?.viewer?.memberships ?? []).filter((m) => m.status === 'VERIFIED'), [options.data]);
  const speakFor: SpeakFor = useMemo(
    () => ({
      municipalities: memberships.flatMap((m) => (m.municipality ? [m.municipality] : [])),
      groups: memberships.flatMap((m) => (m.volunteerGroup ? [m.volunteerGroup] : [])),
    }),
    [memberships],
  );

  // Loads the lesson (or starts a new one) once per address; the page's own saves do not reload it, so typing is never
  // overwritten by an answer that arrives later.
  const loadedFor = useRef<string | null>(null);
  useEffect(() => {
    const id = routeId ?? null;
    const key = id ?? 'neu';
    if (key === loadedFor.current || (id !== null && id === lessonId.current)) return;
    if (!id && !options.data) return; // a new lesson starts with the author's municipality
    loadedFor.current = key;
    lessonId.current = id;
    setLoadError(null);
    setAttempt(null);
    setRefused(null);
    setProblem(null);
    setSaveState({ kind: 'idle' });
    if (!id) {
      const start = emptyDraft(speakFor.municipalities[0]?.id ?? '');
      saved.current = null;
      setLoaded({ id: null, status: 'DRAFT', place: null });
      setDraft(start);
      const local = readLocalCopy(userId, null);
      setNewerLocal(local && !sameContent(local.draft, start) ? local : null);
      return;
    }
    setDraft(null);
    void client
      .query(LESSON, { id }, { requestPolicy: 'network-only' })
      .toPromise()
      .then(({ data, error }) => {
        const lesson = data?.experience;
        if (!lesson) {
          setLoadError(describeProblem(error).message);
          return;
        }
        if (lesson.author?.id !== userId) {
          setLoadError('Bearbeiten kann eine Erfahrung nur, wer sie geschrieben hat.');
          return;
        }
        const form = fromLesson(lesson);
        saved.current = form;
        setLoaded({
          id,
          status: lesson.status,
          place: { municipality: lesson.municipality?.name ?? '', group: lesson.volunteerGroup?.name ?? null },
        });
        setDraft(form);
        const local = readLocalCopy(userId, id);
        setNewerLocal(local && local.savedAt > lesson.updatedAt && !sameContent(local.draft, form) ? local : null);
      });
  }, [routeId, options.data, client, userId, speakFor]);

  /** Sends the form to the server (creating the draft the first time); the lesson's id, or null when it failed. */
  const saveToServer = useCallback(async (): Promise<string | null> => {
    while (inFlight.current) await inFlight.current;
    const snapshot = latest.current;
    if (!snapshot) return null;
    const id = lessonId.current;
    if (id && saved.current && sameContent(saved.current, snapshot)) return id;
    const run = (async () => {
      setSaveState({ kind: 'saving' });
      const result = id
        ? await update({ input: toUpdateInput(id, snapshot) })
        : await create({ input: toCreateInput(snapshot, idempotencyKey) });
      const experience =
        result.data && ('updateExperience' in result.data ? result.data.updateExperience : result.data.createExperience).experience;
      if (!experience) {
        const p = describeProblem(result.error);
        setRefused({ fields: p.fields, about: snapshot });
        lastFailure.current = Object.keys(p.fields).length
          ? 'Nicht gespeichert: bitte prüfen Sie die markierten Angaben.'
          : `Nicht gespeichert. ${p.message}`;
        setSaveState({ kind: 'failed', message: lastFailure.current });
        return null;
      }
      saved.current = snapshot;
      setRefused(null);
      setSaveState({ kind: 'saved', at: new Date().toISOString() });
      if (!id) {
        // The new draft has an address now; the form stays as it is (same page, no reload).
        lessonId.current = experience.id;
        loadedFor.current = experience.id;
        dropLocalCopy(userId, null);
        writeLocalCopy(userId, experience.id, snapshot);
        setLoaded((l) => (l ? { ...l, id: experience.id } : l));
        void navigate(`/schreiben/${experience.id}`, { replace: true });
      }
      return experience.id;
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [create, update, idempotencyKey, navigate, userId]);

  // As the author types: a copy in this browser at once, and (drafts only) the server after a pause.
  useEffect(() => {
    if (!draft || !loaded) return;
    const local = setTimeout(() => writeLocalCopy(userId, lessonId.current, draft), 300);
    if (loaded.status !== 'DRAFT' || (saved.current && sameContent(saved.current, draft))) return () => clearTimeout(local);
    const ready = Object.keys(checkDraft(draft, { publishing: false })).length === 0;
    if (!ready) {
      // Kept in this browser only until the server can take it (a new draft once it is complete enough, a saved one
      // again once the missing part is back).
      if (saved.current || !sameContent(draft, emptyDraft(draft.municipalityId))) setSaveState({ kind: 'local' });
      return () => clearTimeout(local);
    }
    const remote = setTimeout(() => void saveToServer(), AUTOSAVE_DELAY_MS);
    return () => {
      clearTimeout(local);
      clearTimeout(remote);
    };
  }, [draft, loaded, userId, saveToServer]);

  /** Shows what is wrong and puts the focus on the first field named (in the form's order). */
  function refuse(problems: Record<string, string>, kind: 'save' | 'publish') {
    setAttempt(kind);
    setProblem(null);
    requestAnimationFrame(() => {
      const first = Object.keys(problems)
        .map((key) => document.getElementById(`lesson-${key.replace(/\./g, '-')}`))
        .filter((el): el is HTMLElement => !!el)
        .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
      const control = first?.matches('input, textarea, select') ? first : first?.querySelector<HTMLElement>('input, textarea, select');
      (control ?? first)?.focus();
    });
  }

  async function saveNow(): Promise<string | null> {
    if (!draft) return null;
    const problems = checkDraft(draft, { publishing: loaded?.status === 'PUBLISHED' });
    if (Object.keys(problems).length) {
      refuse(problems, 'save');
      return null;
    }
    setProblem(null);
    const id = await saveToServer();
    if (!id) setProblem(lastFailure.current);
    return id;
  }

  async function publishNow() {
    if (!draft) return;
    const problems = checkDraft(draft, { publishing: true });
    if (Object.keys(problems).length) {
      refuse(problems, 'publish');
      return;
    }
    setProblem(null);
    const id = await saveToServer();
    if (!id) {
      setProblem(lastFailure.current.replace('Nicht gespeichert', 'Nicht veröffentlicht'));
      return;
    }
    const { data, error } = await publish({ input: { id } });
    if (data?.publishExperience) {
      dropLocalCopy(userId, id);
      void navigate(`/erfahrungen/${id}`);
      return;
    }
    const p = describeProblem(error);
    setProblem(
      p.code === 'FORBIDDEN'
        ? draft.volunteerGroupId
          ? 'Veröffentlichen können nur bestätigte Mitglieder dieser Gruppe. Ihr Entwurf ist gespeichert.'
          : 'Für diese Kommune veröffentlichen können nur ihre bestätigten Mitarbeitenden. Ihr Entwurf ist gespeichert; beantragen Sie eine Mitarbeit, oder schreiben Sie für Ihre Gruppe.'
        : p.code === 'CONFLICT'
          ? 'Diese Erfahrung ist schon veröffentlicht, oder es fehlen Lage, Maßnahmen oder Ergebnis.'
          : p.message,
    );
  }

  async function saveChanges() {
    const id = await saveNow();
    if (id) {
      dropLocalCopy(userId, id);
      void navigate(`/erfahrungen/${id}`);
    }
  }

  const editing = loaded?.status === 'PUBLISHED';
  const errors = useMemo(() => {
    if (!draft) return {};
    const own = attempt ? checkDraft(draft, { publishing: attempt === 'publish' || editing }) : {};
    const server = Object.fromEntries(
      Object.entries(refused?.fields ?? {}).filter(
        ([field]) => JSON.stringify(valueAt(draft, field)) === JSON.stringify(valueAt(refused!.about, field)),
      ),
    );
    return { ...server, ...own };
  }, [draft, attempt, refused, editing]);
  const summary =
    attempt && Object.keys(errors).length
      ? attempt === 'publish'
        ? 'Vor dem Veröffentlichen fehlt noch etwas: bitte ergänzen Sie die markierten Angaben.'
        : 'Bitte ergänzen oder korrigieren Sie die markierten Angaben.'
      : null;
  usePageTitle(editing ? 'Erfahrung bearbeiten' : 'Erfahrung aufschreiben');

  if (loadError) {
    return (
      <section className="page">
        <h1>Erfahrung bearbeiten</h1>
        <p role="alert">{loadError}</p>
        <p>
          <Link to="/schreiben">Eine neue Erfahrung aufschreiben</Link>
        </p>
      </section>
    );
  }
  if (options.error) return <ErrorNotice error={options.error} retry={() => reloadOptions({ requestPolicy: 'network-only' })} />;
  if (!draft || !loaded) return <Loading what="Das Formular und Ihre Angaben" />;

  return (
    <section className="page lesson-editor">
      <h1>{editing ? 'Erfahrung bearbeiten' : 'Erfahrung aufschreiben'}</h1>
      <p>
        Was ist passiert, was hat geholfen, was nicht – und was empfehlen Sie anderen? Felder mit * sind nötig;
        {editing
          ? ' Ihre Änderungen sind sichtbar, sobald Sie sie speichern.'
          : ' der Entwurf speichert sich selbst, nur Sie sehen ihn, bis Sie ihn veröffentlichen.'}
      </p>
      {!routeId ? <DraftList /> : null}
      {newerLocal ? (
        <div className="notice" role="status">
          <p>In diesem Browser gibt es einen nicht gespeicherten Stand vom {formatWhen(newerLocal.savedAt)}.</p>
          <div className="form__actions">
            <button
              type="button"
              onClick={() => {
                setDraft({ ...newerLocal.draft, municipalityId: draft.municipalityId, volunteerGroupId: draft.volunteerGroupId });
                setNewerLocal(null);
              }}
            >
              Wiederherstellen
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                dropLocalCopy(userId, lessonId.current);
                setNewerLocal(null);
              }}
            >
              Verwerfen
            </button>
          </div>
        </div>
      ) : null}
      <form
        className="form lesson-form"
        noValidate
        aria-describedby="lesson-save-state"
        onSubmit={(event) => {
          event.preventDefault();
          void (editing ? saveChanges() : publishNow());
        }}
      >
        <FormProblem message={problem ?? summary} />
        <LessonFields
          draft={draft}
          onChange={setDraft}
          errors={errors}
          fixedPlace={loaded.id ? loaded.place : null}
          speakFor={speakFor}
          crises={options.data?.crises.nodes ?? []}
          sessions={options.data?.seminarSessions.nodes ?? []}
        />
        <p id="lesson-save-state" className="save-state" role="status">
          <SaveStateText state={saveState} published={editing} />
        </p>
        <div className="form__actions">
          {editing ? (
            <button type="submit">Änderungen speichern</button>
          ) : (
            <>
              <button type="submit" disabled={publishing.fetching}>
                {publishing.fetching ? 'Wird veröffentlicht …' : 'Veröffentlichen'}
              </button>
              <button type="button" className="button--secondary" onClick={() => void saveNow()}>
                Entwurf speichern
              </button>
            </>
          )}
          {loaded.id && editing ? <Link to={`/erfahrungen/${loaded.id}`}>Abbrechen</Link> : null}
        </div>
        {!editing && speakFor.municipalities.length + speakFor.groups.length === 0 && options.data ? (
          <p className="hint">
            Veröffentlichen können bestätigte Mitarbeitende einer Kommune und bestätigte Mitglieder einer Gruppe. Ihren Entwurf können Sie
            schon jetzt schreiben und speichern.
          </p>
        ) : null}
      </form>
    </section>
  );
}

/** The value a field error is about: `title`, or a list entry's part such as `recommendations.2.text`. */
function valueAt(draft: LessonDraft, field: string): unknown {
  return field
    .split('.')
    .reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), draft);
}

function SaveStateText({ state, published }: { state: SaveState; published: boolean }) {
  switch (state.kind) {
    case 'saving':
      return <>Wird gespeichert …</>;
    case 'saved':
      return (
        <>
          {published ? 'Gespeichert' : 'Entwurf gespeichert'} {formatWhen(state.at)}.
        </>
      );
    case 'local':
      return (
        <>
          In diesem Browser gesichert. Auf dem Server gespeichert wird der Entwurf, sobald Titel, Zusammenfassung, Gefahrenart, Phase und
          Kommune angegeben sind.
        </>
      );
    case 'failed':
      return <>{state.message}</>;
    default:
      return null;
  }
}

/** The author's unpublished drafts, to go on with one instead of starting anew. */
function DraftList() {
  const [drafts] = useQuery({ query: DRAFTS, requestPolicy: 'cache-and-network' });
  const nodes = drafts.data?.experiences.nodes ?? [];
  if (!nodes.length) return null;
  return (
    <nav className="draft-list" aria-labelledby="draft-list-heading">
      <h2 id="draft-list-heading">Ihre Entwürfe</h2>
      <ul>
        {nodes.map((d) => (
          <li key={d.id}>
            <Link to={`/schreiben/${d.id}`}>{d.title}</Link> <span className="hint">(zuletzt geändert {formatWhen(d.updatedAt)})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
