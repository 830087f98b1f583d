import { Controller, Get, HttpException, HttpStatus, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ICalCalendarMethod } from 'ical-generator';
import { AppConfig, APP_CONFIG, outageLog, outageOf, RequestContext } from '@krisenfest/core';
import { SessionAnnouncement, sessionCalendar } from './seminar-calendar';
import { SeminarSessionView } from './seminar.rows';
import { SeminarService } from './seminar.service';

/** `<global id>.ics` as the last path segment. */
const ICS_FILE = /^([A-Za-z0-9_-]{1,200})\.ics$/;

/**
 * Calendar files for people's calendar programs: one session (`/seminars/<id>.ics`, "add to calendar") and a
 * subscribable feed of a series (`/seminar-series/<id>.ics`). They are public, as the programme is, so they never
 * carry the link to the online room (registrants find it in their confirmation mail's entry).
 */
@Controller()
export class SeminarCalendarController {
  constructor(
    private readonly seminars: SeminarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('seminars/:file')
  async session(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    await this.answer(reply, async (ctx) => {
      const id = this.idOf(file, 'SeminarSession');
      const session = id ? await this.seminars.sessionById(ctx, id) : null;
      if (!session) throw new NotFoundException('No seminar session with this id. Use the id of a SeminarSession, followed by .ics.');
      return { name: session.title, entries: [await this.announce(ctx, session)], filename: 'termin.ics' };
    });
  }

  @Get('seminar-series/:file')
  async series(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    await this.answer(reply, async (ctx) => {
      const id = this.idOf(file, 'SeminarSeries');
      const series = id ? await this.seminars.seriesById(ctx, id) : null;
      if (!series) throw new NotFoundException('No seminar series with this id. Use the id of a SeminarSeries, followed by .ics.');
      const sessions = await this.seminars.sessionsForCalendar(ctx, series.id);
      return { name: series.title, entries: await Promise.all(sessions.map((s) => this.announce(ctx, s))), filename: 'seminare.ics' };
    });
  }

  private idOf(file: string, type: string): string | null {
    const match = ICS_FILE.exec(file);
    if (!match) return null;
    const decoded = Buffer.from(match[1], 'base64url').toString('utf8');
    const [kind, id] = decoded.split(':');
    return kind === type && /^[0-9a-f-]{36}$/.test(id ?? '') ? id : null;
  }

  private async announce(ctx: RequestContext, session: SeminarSessionView): Promise<SessionAnnouncement> {
    const [series, speakers] = await Promise.all([
      this.seminars.seriesById(ctx, session.seriesId),
      this.seminars.speakersOf(ctx, session.id),
    ]);
    return { session, series, speakers };
  }

  /** Writes the calendar; a database outage is a 503 with Retry-After, as on /graphql. */
  private async answer(
    reply: FastifyReply,
    build: (ctx: RequestContext) => Promise<{ name: string; entries: SessionAnnouncement[]; filename: string }>,
  ): Promise<void> {
    let calendar: { name: string; entries: SessionAnnouncement[]; filename: string };
    try {
      calendar = await build(RequestContext.anonymous());
    } catch (error) {
      const outage = outageOf(error);
      if (!outage) throw error;
      outageLog.report(outage, error);
      reply.header('retry-after', String(outage.retryAfterSeconds));
      throw new HttpException({ statusCode: 503, error: 'SERVICE_UNAVAILABLE', message: outage.message }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    const body = sessionCalendar(calendar.entries, {
      appUrl: this.config.publicAppUrl,
      name: calendar.name,
      method: ICalCalendarMethod.PUBLISH,
    });
    await reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="${calendar.filename}"`)
      // Calendar programs poll feeds; five minutes of staleness is fine and spares the database.
      .header('cache-control', 'public, max-age=300')
      .send(body);
  }
}
