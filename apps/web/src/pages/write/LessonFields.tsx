import { lazy, Suspense } from 'react';
import { ChoiceGroup, SelectField, TextArea, TextInput } from '../../components/FormControls';
import { formatDay } from '../../lib/format';
import { ADDRESSEES, HAZARDS, PHASES, RECOMMENDATION_STATUS } from '../../lib/labels';
import { LessonDraft, LIMITS, newRecommendation } from '../../lib/lessonDraft';

const MunicipalityPicker = lazy(() => import('../../components/MunicipalityPicker'));

/** Where the author may speak for, from their verified memberships. */
export interface SpeakFor {
  municipalities: { id: string; name: string }[];
  groups: { id: string; name: string }[];
}

const VISIBILITY: Record<string, string> = {
  PUBLIC: 'Öffentlich: alle, auch ohne Konto',
  VERIFIED: 'Bestätigte Mitarbeitende von Kommunen und Mitglieder von Gruppen',
  MEMBERS: 'Nur die Mitarbeitenden der Kommune bzw. die Mitglieder der Gruppe',
};

const MARKDOWN_HINT = 'Absätze, Listen mit „-“ und **Hervorhebungen** (Markdown) werden dargestellt.';

/**
 * Every field of a lesson, in the order a report is written: what it is about, where and for whom, the report's
 * sections, recommendations, and how it is classified. The ids are `lesson-<API field>`, so errors find their field.
 */
export function LessonFields(props: {
  draft: LessonDraft;
  onChange: (draft: LessonDraft) => void;
  errors: Record<string, string>;
  /** Set once the lesson exists: where it happened and for whom cannot change any more. */
  fixedPlace: { municipality: string; group: string | null } | null;
  speakFor: SpeakFor;
  crises: readonly { id: string; name: string }[];
  sessions: readonly { id: string; title: string; startsAt: string }[];
}) {
  const { draft, errors } = props;
  const set =
    <K extends keyof LessonDraft>(key: K) =>
    (value: LessonDraft[K]) =>
      props.onChange({ ...draft, [key]: value });
  const setRecommendation = (index: number, change: Partial<LessonDraft['recommendations'][number]>) =>
    props.onChange({ ...draft, recommendations: draft.recommendations.map((r, i) => (i === index ? { ...r, ...change } : r)) });

  return (
    <>
      <h2>Worum es geht</h2>
      <TextInput
        id="lesson-title"
        label="Titel *"
        value={draft.title}
        onChange={set('title')}
        error={errors.title}
        maxLength={LIMITS.title[1]}
      />
      <TextArea
        id="lesson-summary"
        label="Zusammenfassung *"
        rows={3}
        value={draft.summary}
        onChange={set('summary')}
        error={errors.summary}
        hint={`Zwei, drei Sätze für die Übersicht: ${draft.summary.trim().length} von ${LIMITS.summary[1]} Zeichen.`}
      />
      <ChoiceGroup
        id="lesson-hazards"
        legend="Gefahrenarten *"
        hint={`Eine bis ${LIMITS.hazards}.`}
        type="checkbox"
        choices={HAZARDS}
        selected={draft.hazards}
        onChange={set('hazards')}
        error={errors.hazards}
      />
      <ChoiceGroup
        id="lesson-phase"
        legend="Phase *"
        type="radio"
        choices={PHASES}
        selected={draft.phase ? [draft.phase] : []}
        onChange={(v) => set('phase')(v[0] ?? '')}
        error={errors.phase}
      />

      <h2>Wo und für wen</h2>
      {props.fixedPlace ? (
        <p>
          Geschehen in <strong>{props.fixedPlace.municipality}</strong>
          {props.fixedPlace.group ? (
            <>
              , geschrieben für <strong>{props.fixedPlace.group}</strong>
            </>
          ) : null}
          . Das lässt sich nach dem Anlegen nicht mehr ändern.
        </p>
      ) : (
        <>
          <div id="lesson-municipalityId" className="field">
            <Suspense fallback={<p className="field__placeholder">Kommune: wird geladen …</p>}>
              <MunicipalityPicker
                label="Wo ist es geschehen? *"
                hint="Gemeinde, Stadt oder Landkreis; Sie schreiben für sie, wenn Sie keine Gruppe wählen."
                selectedId={draft.municipalityId || undefined}
                onSelect={(id) => set('municipalityId')(id ?? '')}
                error={errors.municipalityId}
              />
            </Suspense>
          </div>
          {props.speakFor.groups.length ? (
            <ChoiceGroup
              id="lesson-volunteerGroupId"
              legend="Sie schreiben für"
              type="radio"
              choices={{
                '': 'die Kommune, in der es geschah',
                ...Object.fromEntries(props.speakFor.groups.map((g) => [g.id, g.name])),
              }}
              selected={[draft.volunteerGroupId]}
              onChange={(v) => set('volunteerGroupId')(v[0] ?? '')}
              error={errors.volunteerGroupId}
            />
          ) : null}
        </>
      )}
      <SelectField
        id="lesson-crisisId"
        label="Krise"
        empty="Keine bestimmte Krise"
        value={draft.crisisId}
        choices={Object.fromEntries(props.crises.map((c) => [c.id, c.name]))}
        onChange={set('crisisId')}
        error={errors.crisisId}
      />
      <SelectField
        id="lesson-seminarSessionId"
        label="Aus dem Seminar"
        empty="Aus keinem Seminar"
        value={draft.seminarSessionId}
        choices={Object.fromEntries(props.sessions.map((s) => [s.id, `${s.title} (${formatDay(s.startsAt)})`]))}
        onChange={set('seminarSessionId')}
        error={errors.seminarSessionId}
      />
      <ChoiceGroup
        id="lesson-visibility"
        legend="Wer darf sie lesen, wenn sie veröffentlicht ist?"
        type="radio"
        choices={VISIBILITY}
        selected={[draft.visibility]}
        onChange={(v) => set('visibility')(v[0] ?? 'PUBLIC')}
        error={errors.visibility}
      />

      <h2>Der Bericht</h2>
      <TextArea
        id="lesson-situation"
        label="Was geschah? (zum Veröffentlichen nötig)"
        value={draft.situation}
        onChange={set('situation')}
        error={errors.situation}
        hint={MARKDOWN_HINT}
      />
      <TextArea
        id="lesson-actions"
        label="Was wurde getan? (zum Veröffentlichen nötig)"
        value={draft.actions}
        onChange={set('actions')}
        error={errors.actions}
      />
      <TextArea
        id="lesson-outcome"
        label="Was hat funktioniert, was nicht? (zum Veröffentlichen nötig)"
        value={draft.outcome}
        onChange={set('outcome')}
        error={errors.outcome}
      />
      <TextArea
        id="lesson-rootCause"
        label="Ursachen"
        value={draft.rootCause}
        onChange={set('rootCause')}
        error={errors.rootCause}
        rows={3}
      />
      <TextArea
        id="lesson-transferability"
        label="Übertragbarkeit: was braucht eine andere Kommune, um es nachzumachen?"
        value={draft.transferability}
        onChange={set('transferability')}
        error={errors.transferability}
        rows={3}
      />

      <h2>Empfehlungen</h2>
      {errors.recommendations ? <p className="field__error">{errors.recommendations}</p> : null}
      {draft.recommendations.length === 0 ? <p className="hint">Noch keine Empfehlung.</p> : null}
      {draft.recommendations.map((r, i) => (
        <fieldset key={r.key} className="recommendation-fields">
          <legend>Empfehlung {i + 1}</legend>
          <TextArea
            id={`lesson-recommendations-${i}-text`}
            label="Empfehlung"
            rows={2}
            value={r.text}
            onChange={(text) => setRecommendation(i, { text })}
            error={errors[`recommendations.${i}.text`]}
          />
          <SelectField
            id={`lesson-recommendations-${i}-addressee`}
            label="An wen richtet sie sich?"
            empty="Bitte wählen"
            value={r.addressee}
            choices={ADDRESSEES}
            onChange={(addressee) => setRecommendation(i, { addressee })}
            error={errors[`recommendations.${i}.addressee`]}
          />
          <SelectField
            id={`lesson-recommendations-${i}-status`}
            label="Stand"
            value={r.status}
            choices={RECOMMENDATION_STATUS}
            onChange={(status) => setRecommendation(i, { status })}
            error={errors[`recommendations.${i}.status`]}
          />
          <button
            type="button"
            className="link-button"
            onClick={() => props.onChange({ ...draft, recommendations: draft.recommendations.filter((_, j) => j !== i) })}
          >
            Empfehlung {i + 1} entfernen
          </button>
        </fieldset>
      ))}
      {draft.recommendations.length < LIMITS.recommendations.count ? (
        <button
          type="button"
          className="button--secondary"
          onClick={() => {
            const index = draft.recommendations.length;
            props.onChange({ ...draft, recommendations: [...draft.recommendations, newRecommendation()] });
            // The new row's text is where one writes next.
            requestAnimationFrame(() => document.getElementById(`lesson-recommendations-${index}-text`)?.focus());
          }}
        >
          Empfehlung hinzufügen
        </button>
      ) : null}

      <h2>Einordnung</h2>
      <TextArea
        id="lesson-fieldsOfAction"
        label="Handlungsfelder"
        rows={3}
        value={draft.fieldsOfAction}
        onChange={set('fieldsOfAction')}
        error={errors.fieldsOfAction}
        hint={`Eines pro Zeile, z. B. „Krisenkommunikation“; höchstens ${LIMITS.fieldsOfAction.count}.`}
      />
      <TextArea
        id="lesson-actors"
        label="Beteiligte"
        rows={3}
        value={draft.actors}
        onChange={set('actors')}
        error={errors.actors}
        hint={`Eine Stelle oder Gruppe pro Zeile, z. B. „Freiwillige Feuerwehr“; höchstens ${LIMITS.actors.count}.`}
      />
    </>
  );
}
