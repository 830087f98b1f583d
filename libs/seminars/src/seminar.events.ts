/** A session was announced (created); published in the transaction that created it. */
export class SeminarSessionAnnounced {
  constructor(
    readonly sessionId: string,
    /** Who announced it: they open its follow-up. */
    readonly organiserId: string,
  ) {}
}
