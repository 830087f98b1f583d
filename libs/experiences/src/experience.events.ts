/** A lesson was published (in the publishing transaction): the people who follow what it is about hear of it. */
export class LessonPublished {
  constructor(readonly experienceId: string) {}
}
