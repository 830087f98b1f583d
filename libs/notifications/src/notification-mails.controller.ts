import { BadRequestException, Controller, Get, HttpCode, HttpException, HttpStatus, Inject, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppConfig, APP_CONFIG, DomainError, outageLog, outageOf, RequestContext } from '@krisenfest/core';
import { NotificationMails, ONE_CLICK_UNSUBSCRIBE_PATH, UNSUBSCRIBE_PATH } from './notification-mails';

/**
 * The address of a notification mail's List-Unsubscribe header. Mail programs POST to it with one click (RFC 8058:
 * a form body `List-Unsubscribe=One-Click`, which Nest's Fastify adapter parses; nothing to confirm, the token is the
 * credential); a person who opens it
 * in a browser is sent to the app's page, which asks before it unsubscribes.
 */
@Controller()
export class NotificationMailsController {
  constructor(
    private readonly mails: NotificationMails,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(ONE_CLICK_UNSUBSCRIBE_PATH.slice(1))
  @HttpCode(200)
  async oneClick(
    @Query('token') token: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ unsubscribed: string[] }> {
    try {
      return { unsubscribed: await this.mails.unsubscribe(RequestContext.anonymous(), token ?? '') };
    } catch (error) {
      if (error instanceof DomainError) throw new BadRequestException(error.message);
      const outage = outageOf(error);
      if (!outage) throw error;
      // The mail program tries again later.
      outageLog.report(outage, error);
      void reply.header('retry-after', String(outage.retryAfterSeconds));
      throw new HttpException({ statusCode: 503, error: 'SERVICE_UNAVAILABLE', message: outage.message }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }

  @Get(ONE_CLICK_UNSUBSCRIBE_PATH.slice(1))
  page(@Query('token') token: string | undefined, @Res() reply: FastifyReply): void {
    void reply.redirect(`${this.config.publicAppUrl}${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token ?? '')}`, 303);
  }
}
