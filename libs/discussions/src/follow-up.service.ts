import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  byKeys,
  ConflictError,
  DomainEvents,
  ForbiddenError,
  isModerator,
  listLoader,
  NotFoundError,
  parseGlobalId,
  RequestContext,
  requireUser,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { NotificationKind, NotificationService } from '@krisenfest/notifications';
import { SeminarService, SeminarSessionAnnounced, SeminarSessionView, SeminarSpeakerView } from '@krisenfest/seminars';
import { CommentService } from './comment.service';
import { CommentView } from './comment-rows';
import { ThreadChange } from './thread.entity';
import { ThreadView } from './thread.rows';
import { ThreadService } from './thread.service';

/** How many open questions a thread lists at most (a follow-up thread with more has other problems). */
const OPEN_QUESTIONS_SHOWN = 50;

/**
 * The follow-up of a seminar session: its thread, opened when the session is announced; questions to its speakers;
 * answers accepted by those asked (or the thread's author, the organisers, the moderation); a thread closed with a
 * written conclusion. Who may accept and conclude is decided here.
 */
@Injectable()
export class FollowUpService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly threads: ThreadService,
    private readonly comments: CommentService,
    private readonly seminars: SeminarService,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on(SeminarSessionAnnounced, (tx, event) => this.openFollowUp(tx, event));
  }

  /** Accepts `answerId` as the answer to `questionId` (replacing an earlier one); its author is told. */
  async acceptAnswer(
    ctx: RequestContext,
    questionGlobalId: string,
    answerGlobalId: string,
  ): Promise<{ question: CommentView; answer: CommentView }> {
    const user = requireUser(ctx);
    const question = await this.comments.visibleById(ctx, parseGlobalId(questionGlobalId, 'Comment', 'questionId'));
    if (!question) throw new NotFoundError('Comment', questionGlobalId);
    const answer = await this.comments.visibleById(ctx, parseGlobalId(answerGlobalId, 'Comment', 'answerId'));
    if (!answer || answer.threadId !== question.threadId) throw new NotFoundError('Comment', answerGlobalId);
    if (answer.id === question.id) throw new ConflictError('A question does not answer itself; choose a reply to it.');
    if (answer.deleted || answer.moderation) throw new ConflictError('A deleted or hidden comment cannot be the answer.');
    const thread = (await this.threads.visibleById(ctx, question.threadId))!;
    if (!(await this.mayAccept(ctx, thread, question.id))) {
      throw new ForbiddenError('The answer is chosen by those asked, the author of the thread, the organisers or the moderation.');
    }
    await this.db.transaction(ctx, async (tx) => {
      await this.db.query(
        tx,
        `INSERT INTO accepted_answer (question_id, answer_id, accepted_by_id) VALUES ($1, $2, $3)
         ON CONFLICT (question_id) DO UPDATE SET answer_id = EXCLUDED.answer_id, accepted_by_id = EXCLUDED.accepted_by_id, accepted_at = now()`,
        [question.id, answer.id, user.id],
      );
      this.threads.changed(tx, thread.id, ThreadChange.ANSWER_ACCEPTED, answer.id);
      if (answer.writtenBy) {
        await this.notifications.notify(tx, [
          { userId: answer.writtenBy, kind: NotificationKind.ANSWER_ACCEPTED, actorId: user.id, threadId: thread.id, commentId: answer.id },
        ]);
      }
    });
    return { question: (await this.comments.visibleById(ctx, question.id))!, answer: (await this.comments.visibleById(ctx, answer.id))! };
  }

  /** Closes the thread with a conclusion shown on top (no new comments), or opens it again (conclusion null). */
  async conclude(ctx: RequestContext, threadGlobalId: string, conclusion: string | null): Promise<ThreadView> {
    const thread = await this.threads.require(ctx, threadGlobalId);
    if (!(await this.mayConclude(ctx, thread))) {
      throw new ForbiddenError('A thread is concluded by its author, the organisers of its seminar or the moderation.');
    }
    if (conclusion !== null && thread.closedAt)
      throw new ConflictError('This thread is closed already; open it again to change the conclusion.');
    if (conclusion === null && !thread.closedAt) throw new ConflictError('This thread is open.');
    await this.db.transaction(ctx, (tx) => this.threads.setConclusion(tx, thread.id, conclusion));
    return (await this.threads.visibleById(ctx, thread.id))!;
  }

  /** Questions of a thread that wait for an answer, oldest first (at most 50). */
  async openQuestions(ctx: RequestContext, threadId: string): Promise<CommentView[]> {
    const rows = await this.db.query<{ id: string }>(
      ctx,
      `SELECT c.id FROM comment c
       WHERE c.thread_id = $1 AND c.deleted_at IS NULL
         AND EXISTS (SELECT 1 FROM comment_question q WHERE q.comment_id = c.id)
         AND NOT EXISTS (SELECT 1 FROM accepted_answer a WHERE a.question_id = c.id)
       ORDER BY c.created_at, c.id LIMIT ${OPEN_QUESTIONS_SHOWN}`,
      [threadId],
    );
    return this.comments.visibleByIds(
      ctx,
      rows.map((r) => r.id),
    );
  }

  /** A thread's questions (comments that asked speakers or got an accepted answer) with their answers, oldest first. */
  async questionsWithAnswers(ctx: RequestContext, threadId: string): Promise<{ question: CommentView; answer: CommentView | null }[]> {
    const rows = await this.db.query<{ id: string; answer_id: string | null }>(
      ctx,
      `SELECT c.id, a.answer_id FROM comment c LEFT JOIN accepted_answer a ON a.question_id = c.id
       WHERE c.thread_id = $1 AND c.deleted_at IS NULL
         AND (a.answer_id IS NOT NULL OR EXISTS (SELECT 1 FROM comment_question q WHERE q.comment_id = c.id))
       ORDER BY c.created_at, c.id LIMIT ${OPEN_QUESTIONS_SHOWN}`,
      [threadId],
    );
    const questions = await this.comments.visibleByIds(
      ctx,
      rows.map((r) => r.id),
    );
    const answerOf = new Map(rows.map((r) => [r.id, r.answer_id]));
    return Promise.all(
      questions.map(async (question) => {
        const answerId = answerOf.get(question.id);
        return { question, answer: answerId ? await this.comments.visibleById(ctx, answerId) : null };
      }),
    );
  }

  /** The speakers a comment asks, in the order of the programme; one statement for a page of comments. */
  async addressedTo(ctx: RequestContext, commentId: string): Promise<SeminarSpeakerView[]> {
    const rows = await listLoader(
      ctx,
      'Comment.addressedTo',
      (ids) =>
        this.db.prepared<{ comment_id: string; speaker_id: string }>(
          ctx,
          'SELECT comment_id, speaker_id FROM comment_question WHERE comment_id = ANY($1::uuid[])',
          [ids],
        ),
      (row) => row.comment_id,
    ).load(commentId);
    const speakers = await Promise.all(rows.map((r) => this.seminars.speakerById(ctx, r.speaker_id)));
    return speakers.filter((s): s is SeminarSpeakerView => !!s).sort((a, b) => a.position - b.position);
  }

  /** The accepted answer to a question, if any and visible. */
  async acceptedAnswer(ctx: RequestContext, questionId: string): Promise<CommentView | null> {
    const answerId = await this.acceptedLoader(ctx, 'question').load(questionId);
    return answerId ? this.comments.visibleById(ctx, answerId) : null;
  }

  /** Whether a comment was accepted as the answer to some question. */
  async isAcceptedAnswer(ctx: RequestContext, commentId: string): Promise<boolean> {
    return (await this.acceptedLoader(ctx, 'answer').load(commentId)) !== null;
  }

  /** Whether the caller may accept an answer to this comment (the rule of acceptAnswer), for a client's buttons. */
  async viewerMayAccept(ctx: RequestContext, question: CommentView): Promise<boolean> {
    if (!ctx.userId || question.deleted) return false;
    const thread = await this.threads.visibleById(ctx, question.threadId);
    return !!thread && (await this.mayAccept(ctx, thread, question.id));
  }

  /** Whether the caller may close or reopen this thread (the rule of closeThread), for a client's buttons. */
  async viewerMayConclude(ctx: RequestContext, thread: ThreadView): Promise<boolean> {
    return !!ctx.userId && (await this.mayConclude(ctx, thread));
  }

  /** The thread's author, the moderation, or the organisers of its seminar session. */
  private async mayConclude(ctx: RequestContext, thread: ThreadView): Promise<boolean> {
    if (thread.authorId === ctx.userId || isModerator(ctx.user)) return true;
    const session = await this.sessionOf(ctx, thread);
    return !!session && (await this.seminars.organisesSession(ctx, session));
  }

  /** As mayConclude, and the speakers the question asks (through their linked accounts). */
  private async mayAccept(ctx: RequestContext, thread: ThreadView, questionId: string): Promise<boolean> {
    if (await this.mayConclude(ctx, thread)) return true;
    return (await this.addressedTo(ctx, questionId)).some((speaker) => speaker.userId === ctx.userId);
  }

  private async sessionOf(ctx: RequestContext, thread: ThreadView): Promise<SeminarSessionView | null> {
    return thread.seminarSessionId ? this.seminars.sessionById(ctx, thread.seminarSessionId) : null;
  }

  /** question → answer, or answer → its question's existence, batched. */
  private acceptedLoader(ctx: RequestContext, by: 'question' | 'answer'): DataLoader<string, string | null> {
    return ctx.loader(
      `AcceptedAnswer.by.${by}`,
      () =>
        new DataLoader<string, string | null>(async (ids) => {
          const rows = await this.db.prepared<{ question_id: string; answer_id: string }>(
            ctx,
            `SELECT question_id, answer_id FROM accepted_answer WHERE ${by === 'question' ? 'question_id' : 'answer_id'} = ANY($1::uuid[])`,
            [ids],
          );
          return byKeys(ids, rows, (r) => (by === 'question' ? r.question_id : r.answer_id)).map((r) => (r ? r.answer_id : null));
        }),
    );
  }

  /** A session was announced: its follow-up thread opens, with the guiding questions as the opening post. */
  private async openFollowUp(tx: RequestContext, event: SeminarSessionAnnounced): Promise<void> {
    const session = (await this.seminars.sessionById(tx, event.sessionId))!;
    const series = await this.seminars.seriesById(tx, session.seriesId);
    const lines = [
      `Hier geht das Gespräch zur Veranstaltung **„${session.title}“**${series ? ` der Reihe ${series.title}` : ''} weiter: vorher, währenddessen und danach.`,
      '',
    ];
    if (session.guidingQuestions.length) {
      lines.push('Die Leitfragen der Veranstaltung:', '', ...session.guidingQuestions.map((q, i) => `${i + 1}. ${q}`), '');
    }
    lines.push(
      'Fragen an die Referierenden stellen Sie mit einem Kommentar, der sie anspricht; ihre Antworten werden hier markiert. Was Sie in Ihrer Kommune oder Gruppe ausprobiert haben, kann daraus ein Erfahrungsbericht werden.',
    );
    await this.threads.openForSession(tx, {
      seminarSessionId: session.id,
      authorId: event.organiserId,
      title: `Nachgespräch: ${session.title}`,
      body: lines.join('\n'),
    });
  }
}
