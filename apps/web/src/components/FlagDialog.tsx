import { useId, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { describeProblem } from '../lib/errors';
import { FLAG_REASONS } from '../lib/labels';

// The post comes back with its notice: a post hidden by this flag shows so at once where it is listed.
const FLAG = graphql(`
  mutation FlagContent($input: FlagContentInput!) {
    flagContent(input: $input) {
      targetHidden
      target {
        ... on Comment {
          id
          bodyHtml
          moderation {
            reason
            automatic
          }
        }
        ... on Experience {
          id
          moderation {
            reason
            automatic
          }
        }
        ... on Thread {
          id
        }
      }
    }
  }
`);

const REASONS = ['SPAM', 'OFFENSIVE', 'PERSONAL_DATA', 'MISINFORMATION', 'OTHER'] as const;
type Reason = (typeof REASONS)[number];

/** What the API's refusals of a flag mean here, in German. */
function refusal(code: string): string | null {
  switch (code) {
    case 'CONFLICT':
      return 'Sie haben diesen Beitrag bereits gemeldet. Die Moderation sieht ihn sich an.';
    case 'FORBIDDEN':
      return 'Sie können diesen Beitrag nicht melden (eigene Beiträge nicht, und nicht während einer Sperre Ihres Kontos).';
    case 'NOT_FOUND':
      return 'Diesen Beitrag gibt es nicht mehr.';
    default:
      return null;
  }
}

/**
 * Reporting a post to the moderation: a modal dialog (React Aria: focus kept inside, Escape closes, focus back to
 * "Melden" afterwards) with the reasons, a note (required for "Etwas anderes"), and a confirmation.
 */
export default function FlagDialog(props: { targetId: string; what: string; onClose: () => void }) {
  const id = useId();
  const [reason, setReason] = useState<Reason | null>(null);
  const [fields, setFields] = useState<{ reason?: string; note?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [result, flag] = useMutation(FLAG);
  const done = result.data?.flagContent;
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) props.onClose();
      }}
    >
      <Modal className="modal">
        <Dialog className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title">{done ? 'Danke für Ihre Meldung' : 'Beitrag melden'}</Heading>
              {done ? (
                <>
                  <p role="status">
                    Die Moderation sieht sich den Beitrag an.
                    {done.targetHidden ? ' Er ist ausgeblendet, bis sie entschieden hat, weil ihn mehrere Personen gemeldet haben.' : ''}
                  </p>
                  <div className="form__actions">
                    <button type="button" onClick={close} autoFocus>
                      Fertig
                    </button>
                  </div>
                </>
              ) : (
                <form
                  className="form"
                  noValidate
                  onSubmit={async (event) => {
                    event.preventDefault();
                    if (result.fetching) return;
                    const note = String(new FormData(event.currentTarget).get('note') ?? '').trim();
                    const local: typeof fields = {};
                    if (!reason) local.reason = 'Bitte wählen Sie einen Grund.';
                    if (reason === 'OTHER' && note.length < 3)
                      local.note = 'Bitte beschreiben Sie kurz, was nicht stimmt (mindestens 3 Zeichen).';
                    else if (note && note.length < 3) local.note = 'Mindestens 3 Zeichen, oder lassen Sie das Feld leer.';
                    setFields(local);
                    setProblem(null);
                    if (Object.keys(local).length || !reason) return;
                    const { error } = await flag({ input: { targetId: props.targetId, reason, ...(note ? { note } : {}) } });
                    if (!error) return;
                    const p = describeProblem(error);
                    setFields({ reason: p.fields.reason, note: p.fields.note });
                    setProblem(Object.keys(p.fields).length ? null : (refusal(p.code) ?? p.message));
                  }}
                >
                  <p className="hint">Was ist an diesem Beitrag ({props.what}) nicht in Ordnung? Nur die Moderation sieht Ihre Meldung.</p>
                  {problem ? (
                    <p className="form-problem" role="alert">
                      {problem}
                    </p>
                  ) : null}
                  <fieldset className="choices" aria-describedby={fields.reason ? `${id}-reason-error` : undefined}>
                    <legend>Grund</legend>
                    {REASONS.map((r) => (
                      <label key={r} className="choice">
                        <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
                        {FLAG_REASONS[r]}
                      </label>
                    ))}
                    {fields.reason ? (
                      <p id={`${id}-reason-error`} className="field__error">
                        {fields.reason}
                      </p>
                    ) : null}
                  </fieldset>
                  <div className="field">
                    <label htmlFor={`${id}-note`}>
                      {reason === 'OTHER' ? 'Was stimmt nicht? (Pflichtfeld)' : 'Anmerkung (freiwillig)'}
                    </label>
                    <textarea
                      id={`${id}-note`}
                      name="note"
                      rows={3}
                      maxLength={1000}
                      required={reason === 'OTHER'}
                      aria-invalid={fields.note ? true : undefined}
                      aria-describedby={fields.note ? `${id}-note-error` : undefined}
                    />
                    {fields.note ? (
                      <p id={`${id}-note-error`} className="field__error">
                        {fields.note}
                      </p>
                    ) : null}
                  </div>
                  <div className="form__actions">
                    {/* Not disabled while sending: focus would leave the dialog (Escape and Tab with it). */}
                    <button type="submit">{result.fetching ? 'Wird gesendet …' : 'Meldung senden'}</button>
                    <button type="button" className="button--secondary" onClick={close}>
                      Abbrechen
                    </button>
                  </div>
                </form>
              )}
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
