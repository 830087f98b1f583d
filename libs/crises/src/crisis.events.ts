/** A proposed crisis was rejected: lessons that named it lose the link (in the rejecting transaction). */
export class CrisisRejected {
  constructor(readonly crisisId: string) {}
}

/** A duplicate crisis was merged into another: whatever pointed at it points at `intoId` now. */
export class CrisesMerged {
  constructor(
    readonly fromId: string,
    readonly intoId: string,
  ) {}
}
