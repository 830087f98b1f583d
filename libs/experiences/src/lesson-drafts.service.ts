import { Injectable } from '@nestjs/common';
import { RequestContext, toGlobalId } from '@krisenfest/core';
import { FollowUpService, ThreadService } from '@krisenfest/discussions';
import { DraftLessonFromThreadInput } from './experience.inputs';
import { ExperienceView } from './experience.rows';
import { ExperienceService } from './experience.service';

/** Cuts a text to `max` characters at a word, with an ellipsis when it had to. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

const quote = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/**
 * "Turn into a lesson": a draft experience prefilled from a discussion (the question as the situation, the accepted
 * answers as the actions, the conclusion as the outcome), linked to the thread and its seminar session and written
 * by whoever asks for it. They complete and publish it as any other draft; the rules of createExperience apply.
 */
@Injectable()
export class LessonDraftService {
  constructor(
    private readonly experiences: ExperienceService,
    private readonly threads: ThreadService,
    private readonly followUps: FollowUpService,
  ) {}

  async fromThread(ctx: RequestContext, input: DraftLessonFromThreadInput): Promise<ExperienceView> {
    const thread = await this.threads.require(ctx, input.threadId);
    const exchanges = await this.followUps.questionsWithAnswers(ctx, thread.id);
    const situation = [
      quote(thread.body),
      ...(exchanges.length ? ['', 'Fragen aus der Diskussion:', '', ...exchanges.map(({ question }) => quote(question.body ?? ''))] : []),
    ].join('\n');
    const actions = exchanges
      .filter((e) => e.answer?.body)
      .map(({ question, answer }) => `**Auf die Frage „${cut(question.body ?? '', 80)}“:**\n\n${answer!.body}`)
      .join('\n\n');
    const summary = thread.conclusion
      ? cut(thread.conclusion.replace(/\s+/g, ' '), 300)
      : cut(`Erfahrungen aus der Diskussion „${thread.title}“ auf Krisenfest.`, 300);
    return this.experiences.create(
      ctx,
      {
        title: cut(thread.title, 200),
        summary,
        situation: cut(situation, 20_000),
        actions: cut(actions, 20_000),
        outcome: thread.conclusion ? cut(thread.conclusion, 20_000) : '',
        hazards: input.hazards,
        phase: input.phase,
        municipalityId: input.municipalityId,
        volunteerGroupId: input.volunteerGroupId,
        seminarSessionId: thread.seminarSessionId ? toGlobalId('SeminarSession', thread.seminarSessionId) : undefined,
      },
      { sourceThreadId: thread.id },
    );
  }
}
