import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * What the client's pages may load: only this server's own scripts, styles and images, GraphQL over HTTP and
 * WebSocket to this origin; no inline scripts, no frames, no plugins. A page also allows the one <style> element
 * that carries its response's nonce (`pagePolicy`).
 */
export const CONTENT_SECURITY_POLICY = policy("style-src 'self'");

/** The policy of one page: styles from this origin and the element with this response's nonce. */
export function pagePolicy(nonce: string): string {
  return policy(`style-src 'self' 'nonce-${nonce}'`);
}

function policy(styles: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    styles,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** Paths the API answers itself: never the client's page, whatever the request accepts. */
const API_PATHS = /^\/(graphql|health|ready|metrics|seminars|seminar-series|notification-mails)(\/|$|\?)/;

/** The repository (or image) root: the nearest folder above this file with a package.json. */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** Where `npm start` (scripts/build-web.js) puts the built client. */
export const WEB_CLIENT_DIR = path.join(projectRoot(), 'dist', 'web');

/**
 * Serves the web client at `/` beside the API: its hashed assets cached for a year, `index.html` never cached,
 * and every other page address a person opens (`/erfahrungen/<id>`, the links in mails) answered with
 * `index.html`, whose router shows the page. Requests that do not ask for HTML keep the API's JSON 404.
 */
export async function serveWebClient(app: NestFastifyApplication, dir = WEB_CLIENT_DIR): Promise<boolean> {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    new Logger('WebClient').warn(`the web client is not built (${index} is missing): run "npm run build:web"`);
    return false;
  }
  const page = fs.readFileSync(index, 'utf8');
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: false,
    // Hashed names change with their content: cache them for good. Everything else is looked up again.
    setHeaders: (reply, file) => {
      void reply.header(
        'cache-control',
        file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const sendPage = (reply: FastifyReply) => {
    const nonce = randomBytes(16).toString('base64');
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', pagePolicy(nonce))
      .send(page.replace(NONCE_PLACEHOLDER, nonce));
  };
  fastify.get('/', (_request, reply) => sendPage(reply));
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const wantsPage = (request.headers.accept ?? '').includes('text/html') && !API_PATHS.test(request.url);
    if (wantsPage && !path.extname(request.url.split('?')[0])) return sendPage(reply);
    return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `Cannot GET ${request.url.split('?')[0]}` });
  });
  // The policy travels with every page and file of the client (not with the API's own answers, e.g. the Sandbox).
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (!API_PATHS.test(request.url)) {
      if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'same-origin');
    }
    done(null, payload);
  });
  return true;
}
