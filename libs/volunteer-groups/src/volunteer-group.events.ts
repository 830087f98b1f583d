/** A user registered a volunteer group (PENDING); published in the transaction that created it. */
export class VolunteerGroupRegistered {
  constructor(
    readonly groupId: string,
    /** The registrant: they lead the group once it is confirmed. */
    readonly registeredById: string,
  ) {}
}

/** A pending group was confirmed or rejected; published in the transaction that decided it. */
export class VolunteerGroupDecided {
  constructor(
    readonly groupId: string,
    readonly registeredById: string | null,
    readonly confirmed: boolean,
    /** Why it was rejected (null when confirmed). */
    readonly reason: string | null,
  ) {}
}
