import { timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import {
  Controller,
  Get,
  Headers,
  Header,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  UnauthorizedException,
} from '@nestjs/common';
import { AppConfig, APP_CONFIG, metricsRegistry } from '@krisenfest/core';

/** Whether an Authorization header carries the metrics token (compared in constant time). */
function carriesToken(authorization: string | undefined, token: string): boolean {
  const given = Buffer.from(authorization?.replace(/^Bearer\s+/i, '') ?? '', 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * `GET /metrics` on the API's own port, for a Prometheus that presents METRICS_TOKEN as a bearer token. Without
 * a token configured the route does not exist (404): metrics are not public by default.
 */
@Controller()
export class MetricsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('metrics')
  @Header('content-type', metricsRegistry.contentType)
  metrics(@Headers('authorization') authorization: string | undefined): Promise<string> {
    const token = this.config.metricsToken;
    if (!token) throw new NotFoundException();
    if (!carriesToken(authorization, token)) throw new UnauthorizedException('The metrics need Authorization: Bearer <METRICS_TOKEN>.');
    return metricsRegistry.metrics();
  }
}

/**
 * `/metrics` on a port of its own (METRICS_PORT, on METRICS_HOST: 127.0.0.1 unless said otherwise), for a
 * Prometheus inside the same network; with METRICS_TOKEN it asks for the token there too.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: http.Server | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const { metricsPort: port, metricsHost: host, metricsToken: token } = this.config;
    if (!port) return;
    this.server = http.createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
        return;
      }
      if (token && !carriesToken(req.headers.authorization, token)) {
        res.writeHead(401, { 'content-type': 'text/plain' }).end('Authorization: Bearer <METRICS_TOKEN> needed\n');
        return;
      }
      metricsRegistry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(body),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject).listen(port, host, () => resolve());
    });
    new Logger('Metrics').log(`Prometheus metrics on http://${host}:${port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
