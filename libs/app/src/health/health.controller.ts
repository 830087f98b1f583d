import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ShutdownState } from '../shutdown';

/**
 * Liveness (/health: the process answers) and readiness (/ready: the database answers within 2 s and the process
 * is not shutting down). A load balancer sends traffic only to ready processes.
 */
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get('health')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    if (this.shutdown.draining) {
      throw new ServiceUnavailableException('The process is shutting down.');
    }
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2000 })]);
  }
}
