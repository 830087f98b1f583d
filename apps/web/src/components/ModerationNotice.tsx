/** What the API puts in place of a hidden post's text for those who may not read it. */
export const HIDDEN_NOTICE = 'Dieser Beitrag wurde von der Moderation ausgeblendet.';

/**
 * The moderation's notice on a hidden post. Others read only the notice; the author (and the moderation) still
 * read the text below it, and are told that nobody else does.
 */
export function ModerationNotice(props: { notice: { reason?: string | null; automatic: boolean }; textShown: boolean }) {
  return (
    <div className="notice" role="note">
      <p>
        <strong>{HIDDEN_NOTICE}</strong>{' '}
        {props.notice.automatic
          ? 'Mehrere Personen haben ihn gemeldet; er bleibt ausgeblendet, bis die Moderation entschieden hat.'
          : props.notice.reason
            ? `Grund: ${props.notice.reason}`
            : null}
      </p>
      {props.textShown ? <p>Nur Sie und die Moderation sehen den Text noch.</p> : null}
    </div>
  );
}
