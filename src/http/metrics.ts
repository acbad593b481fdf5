import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Store } from '../storage/connect.ts';
import { logIfRefused } from './hooks/refusals.ts';

/** A figure another part of Amity reports (a worker pool's queue): read at each scrape. */
export interface GaugeSource {
  /** A Prometheus metric name, such as `amity_worker_queue`. */
  name: string;
  help: string;
  /** The value now, or one value per label (`{ queued: 3, running: 2 }` under the label `state`). */
  read: () => number | Record<string, number>;
  /** The label the keys of `read`'s record go under; `state` by default. */
  label?: string;
}

const sources = new Map<string, GaugeSource>();

/**
 * Adds a figure to every server's /metrics, e.g. a worker pool's queue:
 * `registerGauge({ name: 'amity_worker_queue', help: '…', read: () => ({ queued: pool.queueSize, running: pool.utilization }) })`.
 * Registering a name again replaces its source.
 */
export function registerGauge(source: GaugeSource): void {
  sources.set(source.name, source);
}

// The process's own figures (memory, CPU, event loop) are the same for every server in it.
const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry, prefix: 'amity_' });

export interface ServerMetrics {
  registry: Registry;
  text(): Promise<string>;
  contentType: string;
}

function addSourceGauge(registry: Registry, source: GaugeSource): void {
  const label = source.label ?? 'state';
  new Gauge({
    name: source.name,
    help: source.help,
    labelNames: [label],
    registers: [registry],
    collect() {
      const value = sources.get(source.name)?.read() ?? 0;
      this.reset();
      if (typeof value === 'number') this.set(value);
      else for (const [key, n] of Object.entries(value)) this.set({ [label]: key }, n);
    },
  });
}

/**
 * Requests by route pattern and status, their latency, the database's connections, connection
 * failures and failed sign-ins, counted by one hook on `app` that also logs refused requests.
 */
export function registerMetrics(app: FastifyInstance, store: Store): ServerMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'amity_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'amity_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const failedLogins = new Counter({
    name: 'amity_login_failures_total',
    help: 'Sign-ins refused: wrong credentials, or throttled after too many',
    labelNames: ['reason'],
    registers: [registry],
  });
  const connectionErrors = new Counter({
    name: 'amity_db_connection_errors_total',
    help: 'Database connections lost outside a query (a restart, a failover); each is replaced on next use',
    registers: [registry],
  });
  new Gauge({
    name: 'amity_db_pool_connections',
    help: `Database connections (${store.backend}): total, idle and requests waiting for one`,
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const state = store.poolState();
      this.set({ state: 'total' }, state.total);
      this.set({ state: 'idle' }, state.idle);
      this.set({ state: 'waiting' }, state.waiting);
    },
  });
  store.onConnectionError(() => connectionErrors.inc());

  // Each series' counter and histogram, found once: the labels are hashed on the first request only.
  const series = new Map<string, { count: () => void; time: (seconds: number) => void }>();
  app.addHook('onResponse', (request, reply, done) => {
    // The pattern, never the raw URL: one series per route, whatever ids and queries are sent.
    const route = request.routeOptions.url ?? 'unmatched';
    const status = reply.statusCode;
    const key = `${request.method} ${status} ${route}`;
    let found = series.get(key);
    if (!found) {
      const counter = requests.labels(request.method, route, String(status));
      const histogram = latency.labels(request.method, route);
      found = { count: () => counter.inc(), time: (seconds) => histogram.observe(seconds) };
      series.set(key, found);
    }
    found.count();
    found.time(reply.elapsedTime / 1000);
    if (route === '/api/auth/login' && (status === 401 || status === 429))
      failedLogins.inc({ reason: status === 401 ? 'wrong_credentials' : 'throttled' });
    logIfRefused(request, reply);
    done();
  });

  return {
    registry,
    contentType: registry.contentType,
    async text() {
      for (const source of sources.values()) if (!registry.getSingleMetric(source.name)) addSourceGauge(registry, source);
      return `${await registry.metrics()}\n${await processRegistry.metrics()}`;
    },
  };
}

/**
 * `/metrics` in Prometheus's text format. Administrators only (an admin's API token, which a
 * scraper sends as a bearer token), unless the server was started with --metrics-open.
 */
export function registerMetricsRoute(app: FastifyInstance, metrics: ServerMetrics, { open }: { open: boolean }): void {
  app.get('/metrics', { schema: { hide: true }, config: open ? {} : { role: 'admin' } }, async (_request, reply) =>
    reply.type(metrics.contentType).send(await metrics.text()),
  );
}
