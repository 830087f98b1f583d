/** What the load scripts measure around an autocannon run: a server's CPU and memory, PostgreSQL's CPU. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- autocannon is CommonJS with a function export
import autocannon = require('autocannon');
import * as fs from 'node:fs';

const CLOCK_TICK_MS = 10;

/** utime + stime of a process in ms, from /proc/PID/stat; null once it is gone. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return null;
  }
}

/**
 * CPU of PostgreSQL on this machine, in ms: every live postgres process, plus what the postmaster has collected
 * from backends that have exited (cutime + cstime), so a connection closed during a run is still counted.
 */
export function postgresCpuMs(): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (comm !== 'postgres' && !comm.startsWith('postgres:')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parentIsPostgres = (() => {
        try {
          const parent = fs.readFileSync(`/proc/${fields[1]}/stat`, 'utf8');
          return parent.slice(parent.indexOf('(') + 1, parent.lastIndexOf(')')).startsWith('postgres');
        } catch {
          return false;
        }
      })();
      total += (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
      if (!parentIsPostgres) total += (Number(fields[13]) + Number(fields[14])) * CLOCK_TICK_MS;
    } catch {
      // the process ended while we read
    }
  }
  return total;
}

/** Samples a server's memory every 100 ms: the peak VmRSS while running, and its lifetime peak (VmHWM). */
export class RssSampler {
  private timer?: NodeJS.Timeout;
  peakRssKb = 0;

  constructor(private readonly pid?: number) {}

  private read(field: string): number | null {
    if (!this.pid) return null;
    try {
      const m = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
      return m ? Number(m[1]) : null;
    } catch {
      return null;
    }
  }

  start(): void {
    this.peakRssKb = 0;
    if (!this.pid) return;
    const tick = () => {
      this.peakRssKb = Math.max(this.peakRssKb, this.read('VmRSS') ?? 0);
    };
    tick();
    this.timer = setInterval(tick, 100);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  hwmKb(): number | null {
    return this.read('VmHWM');
  }

  cpuMs(): number | null {
    return this.pid ? processCpuMs(this.pid) : null;
  }
}

export interface GqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { sqlStatements?: number };
}

/** One GraphQL request over HTTP (fetch); a body that is not JSON is an error naming the status. */
export async function postGraphQL(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlBody> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    return JSON.parse(text) as GqlBody;
  } catch {
    throw new Error(`${url} answered HTTP ${res.status}: ${text.slice(0, 300)}`);
  }
}

export function runAutocannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  /** The body of the n-th request (rotating variables). */
  body: (n: number) => string;
  duration: number;
  connections: number;
  warmup: number;
  serverPid?: number;
  /** Every n-th response body is checked for GraphQL errors. */
  sampleEvery?: number;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  socketErrors: number;
  gqlErrors: number;
  sampled: number;
  firstError?: string;
  peakRssMb: number | null;
  cpuMsPerRequest: number | null;
  dbCpuMsPerRequest: number | null;
}

/** A warm-up at up to 8 connections, then the measured run with CPU (server and PostgreSQL) and RSS sampling. */
export async function measureLoad(o: LoadOptions): Promise<LoadResult> {
  const path = new URL(o.url).pathname;
  const sampleEvery = o.sampleEvery ?? 10;
  let counter = 0;
  let responses = 0;
  let sampled = 0;
  let gqlErrors = 0;
  let firstError: string | undefined;
  const options = (duration: number, connections: number): autocannon.Options => ({
    url: o.url,
    connections,
    duration,
    timeout: 30,
    method: 'POST',
    headers: o.headers,
    requests: [
      {
        method: 'POST',
        path,
        headers: o.headers,
        setupRequest: (req) => ({ ...req, body: o.body(counter++) }),
        onResponse: (_status, body) => {
          if (responses++ % sampleEvery !== 0) return;
          sampled++;
          if (body.includes('"errors"')) {
            gqlErrors++;
            firstError ??= body.slice(0, 300);
          }
        },
      },
    ],
  });
  if (o.warmup > 0) await runAutocannon(options(o.warmup, Math.min(8, o.connections)));
  responses = 0;
  sampled = 0;
  gqlErrors = 0;
  firstError = undefined;
  const rss = new RssSampler(o.serverPid);
  rss.start();
  const cpu0 = rss.cpuMs();
  const db0 = postgresCpuMs();
  const r = await runAutocannon(options(o.duration, o.connections));
  const cpu1 = rss.cpuMs();
  const db1 = postgresCpuMs();
  rss.stop();
  const per = (ms: number | null) => (ms !== null && r.requests.total > 0 ? ms / r.requests.total : null);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    socketErrors: r.errors + r.timeouts,
    gqlErrors,
    sampled,
    firstError,
    peakRssMb: rss.peakRssKb ? rss.peakRssKb / 1024 : null,
    cpuMsPerRequest: per(cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null),
    dbCpuMsPerRequest: per(db1 - db0),
  };
}
