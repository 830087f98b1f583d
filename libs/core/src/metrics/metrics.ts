import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics, in one registry. Features record into the metrics defined here (so each name
 * and its labels are decided once); what is a level rather than an event (pool connections, searches waiting) is
 * read when Prometheus scrapes, from the sources registered with `observe…`. Labels come from the schema or from
 * closed lists, never from what a client writes, so their number stays bounded.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, eventLoopMonitoringPrecision: 20 });

export const graphqlRequests = new Counter({
  name: 'krisenfest_graphql_requests_total',
  help: 'GraphQL requests by operation (type and first root field) and outcome (ok, error).',
  labelNames: ['operation', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const graphqlDuration = new Histogram({
  name: 'krisenfest_graphql_request_duration_seconds',
  help: 'Time from the start of a GraphQL request until its response is ready, by operation.',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'krisenfest_graphql_errors_total',
  help: 'Errors in GraphQL responses by extensions.code (SERVICE_UNAVAILABLE: outages and overload).',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

export const sqlStatementsPerOperation = new Histogram({
  name: 'krisenfest_sql_statements_per_operation',
  help: 'SQL statements one GraphQL operation cost, by operation.',
  labelNames: ['operation'] as const,
  buckets: [0, 1, 2, 3, 4, 5, 7, 10, 15, 25, 50],
  registers: [metricsRegistry],
});

export const rateLimitRefusals = new Counter({
  name: 'krisenfest_rate_limit_refusals_total',
  help: 'Requests refused as RATE_LIMITED, by limit (ip, user).',
  labelNames: ['limit'] as const,
  registers: [metricsRegistry],
});

/** A level read at scrape time, e.g. the connection pool's. */
export interface LevelSource {
  read(): Record<string, number>;
}

const poolSources = new Set<LevelSource>();
const admissionSources = new Map<string, LevelSource>();

new Gauge({
  name: 'krisenfest_db_pool_connections',
  help: 'Connections of the database pool: in use, idle, and requests waiting for one.',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const source of poolSources) for (const [state, n] of Object.entries(source.read())) this.inc({ state }, n);
  },
});

new Gauge({
  name: 'krisenfest_admission',
  help: 'Expensive work behind an admission gate (search): running, waiting, and refused so far.',
  labelNames: ['gate', 'state'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [gate, source] of admissionSources) for (const [state, n] of Object.entries(source.read())) this.set({ gate, state }, n);
  },
});

/** Reports a connection pool's levels while it lives; returns how to stop. */
export function observePool(source: LevelSource): () => void {
  poolSources.add(source);
  return () => poolSources.delete(source);
}

/** Reports an admission gate's levels under `gate`. */
export function observeAdmission(gate: string, source: LevelSource): () => void {
  admissionSources.set(gate, source);
  return () => admissionSources.delete(gate);
}
