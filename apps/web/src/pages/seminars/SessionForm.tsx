import { useEffect, useId, useRef, useState } from 'react';
import { Field, FormProblem } from '../../components/Field';
import { berlinParts, berlinToIso } from '../../lib/berlinTime';
import { describeProblem } from '../../lib/errors';

/** What the form edits, as the API has it (instants as ISO text). */
export interface SessionValues {
  title: string;
  topic?: string | null;
  description?: string | null;
  guidingQuestions: string[];
  startsAt?: string | null;
  endsAt?: string | null;
  capacity?: number | null;
  onlineUrl?: string | null;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
}

/** What the form sends: createSeminarSession's and updateSeminarSessionInput's fields. */
export interface SessionInput {
  title: string;
  topic: string;
  description: string;
  guidingQuestions: string[];
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  onlineUrl: string;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * The fields of a session: times as a day and a time in Berlin. The server's rules are checked here first (end after
 * start, at most 7 days, at least 1 seat, https link, registration window), the server's own refusals are shown at
 * their field.
 */
export function SessionForm(props: {
  initial?: SessionValues;
  submitLabel: string;
  busyLabel: string;
  /** Sends the input; answers the API's error, or null when it was saved. */
  onSubmit: (input: SessionInput) => Promise<Parameters<typeof describeProblem>[0] | null>;
}) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const v = props.initial;
  const form = useRef<HTMLFormElement>(null);
  // After a refusal, the first field to correct gets the focus (a screen reader reads it with its error).
  useEffect(() => {
    if (Object.keys(fields).length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fields]);
  return (
    <form
      ref={form}
      className="form session-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const text = (name: string) => String(form.get(name) ?? '').trim();
        const local: Record<string, string> = {};
        const instant = (name: string, required: boolean): string | null => {
          const date = text(`${name}Date`);
          const time = text(`${name}Time`);
          if (!date && !time) {
            if (required) local[name] = 'Bitte Datum und Uhrzeit angeben.';
            return null;
          }
          const iso = berlinToIso(date, time);
          if (!iso) local[name] = 'Bitte ein gültiges Datum und eine Uhrzeit angeben.';
          return iso;
        };
        const title = text('title');
        if (title.length < 3) local.title = 'Bitte einen Titel mit mindestens 3 Zeichen angeben.';
        const startsAt = instant('startsAt', true);
        const endsAt = instant('endsAt', true);
        const opensAt = instant('registrationOpensAt', false);
        const closesAt = instant('registrationClosesAt', false);
        const ms = (iso: string | null) => (iso ? new Date(iso).getTime() : NaN);
        if (startsAt && endsAt) {
          if (ms(endsAt) <= ms(startsAt)) local.endsAt = 'Das Ende muss nach dem Beginn liegen.';
          else if (ms(endsAt) - ms(startsAt) > WEEK_MS) local.endsAt = 'Ein Termin dauert höchstens 7 Tage.';
        }
        if (opensAt && startsAt && ms(opensAt) >= ms(startsAt)) {
          local.registrationOpensAt = 'Die Anmeldung muss vor dem Beginn des Termins öffnen.';
        }
        if (closesAt && endsAt && ms(closesAt) > ms(endsAt)) {
          local.registrationClosesAt = 'Die Anmeldung muss vor dem Ende des Termins schließen.';
        } else if (closesAt && opensAt && ms(opensAt) >= ms(closesAt)) {
          local.registrationClosesAt = 'Die Anmeldung muss schließen, nachdem sie geöffnet hat.';
        }
        const capacityText = text('capacity');
        const capacity = capacityText ? Number(capacityText) : null;
        if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1)) {
          local.capacity = 'Bitte eine ganze Zahl ab 1 angeben, oder leer lassen für unbegrenzt.';
        }
        const onlineUrl = text('onlineUrl');
        if (onlineUrl && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(onlineUrl)) {
          local.onlineUrl = 'Bitte eine vollständige Adresse mit https:// angeben.';
        }
        const guidingQuestions = text('guidingQuestions')
          .split('\n')
          .map((q) => q.trim())
          .filter(Boolean);
        if (guidingQuestions.length > 10) local.guidingQuestions = 'Höchstens 10 Leitfragen.';
        setFields(local);
        setProblem(Object.keys(local).length ? 'Bitte prüfen Sie die markierten Angaben.' : null);
        if (Object.keys(local).length) return;
        setBusy(true);
        const error = await props.onSubmit({
          title,
          topic: text('topic'),
          description: text('description'),
          guidingQuestions,
          startsAt: startsAt!,
          endsAt: endsAt!,
          capacity,
          onlineUrl,
          registrationOpensAt: opensAt,
          registrationClosesAt: closesAt,
        });
        setBusy(false);
        if (!error) return;
        const p = describeProblem(error);
        setFields(p.fields);
        setProblem(Object.keys(p.fields).length ? 'Bitte prüfen Sie die markierten Angaben.' : p.message);
      }}
    >
      <FormProblem message={problem} />
      <Field label="Titel" name="title" required maxLength={200} defaultValue={v?.title} error={fields.title} />
      <Field label="Thema (freiwillig)" name="topic" maxLength={200} defaultValue={v?.topic ?? ''} error={fields.topic} />
      <Field
        label="Beschreibung und Programm (freiwillig)"
        name="description"
        rows={5}
        defaultValue={v?.description ?? ''}
        error={fields.description}
      />
      <Field
        label="Leitfragen (freiwillig, eine pro Zeile)"
        name="guidingQuestions"
        rows={4}
        defaultValue={v?.guidingQuestions.join('\n') ?? ''}
        error={fields.guidingQuestions}
        hint="Sie eröffnen das Nachgespräch."
      />
      <DateTimeFields legend="Beginn" name="startsAt" value={v?.startsAt} error={fields.startsAt} required />
      <DateTimeFields legend="Ende" name="endsAt" value={v?.endsAt} error={fields.endsAt} required />
      <Field
        label="Plätze (freiwillig)"
        name="capacity"
        type="number"
        hint="Leer lassen für unbegrenzt. Wer keinen Platz mehr bekommt, kommt auf die Warteliste."
        defaultValue={v?.capacity != null ? String(v.capacity) : ''}
        error={fields.capacity}
      />
      <Field
        label="Link zum Online-Raum (freiwillig)"
        name="onlineUrl"
        type="url"
        hint="Mit https://; nur Angemeldete mit Platz, Referierende und Sie sehen ihn."
        defaultValue={v?.onlineUrl ?? ''}
        error={fields.onlineUrl}
      />
      <DateTimeFields
        legend="Anmeldung ab (freiwillig)"
        name="registrationOpensAt"
        value={v?.registrationOpensAt}
        error={fields.registrationOpensAt}
        hint="Leer: ab sofort."
      />
      <DateTimeFields
        legend="Anmeldeschluss (freiwillig)"
        name="registrationClosesAt"
        value={v?.registrationClosesAt}
        error={fields.registrationClosesAt}
        hint="Leer: bis zum Beginn."
      />
      <button type="submit" disabled={busy}>
        {busy ? props.busyLabel : props.submitLabel}
      </button>
    </form>
  );
}

/** A day and a time in Berlin, grouped under one legend, with one error for both. */
function DateTimeFields(props: { legend: string; name: string; value?: string | null; error?: string; hint?: string; required?: boolean }) {
  const id = useId();
  const initial = props.value ? berlinParts(props.value) : null;
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="field datetime">
      <legend>
        {props.legend} <span className="hint">(deutsche Zeit)</span>
      </legend>
      {props.hint ? (
        <p id={`${id}-hint`} className="hint">
          {props.hint}
        </p>
      ) : null}
      <div className="datetime__inputs">
        <div>
          <label htmlFor={`${id}-date`}>Datum</label>
          <input
            id={`${id}-date`}
            name={`${props.name}Date`}
            type="date"
            required={props.required}
            defaultValue={initial?.date ?? ''}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={describedBy}
          />
        </div>
        <div>
          <label htmlFor={`${id}-time`}>Uhrzeit</label>
          <input
            id={`${id}-time`}
            name={`${props.name}Time`}
            type="time"
            required={props.required}
            defaultValue={initial?.time ?? ''}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={describedBy}
          />
        </div>
      </div>
      {props.error ? (
        <p id={`${id}-error`} className="field__error">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
