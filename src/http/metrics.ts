import type { FastifyInstance } from 'fastify';
import type { Counter, Histogram, Registry } from 'prom-client';
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

type PromClient = typeof import('prom-client');

/**
 * prom-client, with the process's own figures (memory, CPU, event loop), which are the same for
 * every server in the process. It and what it loads (@opentelemetry/api) are loaded on the first
 * figure to count, not at start: the server answers /readyz without them.
 */
let client: Promise<{ prom: PromClient; processRegistry: Registry }> | undefined;
function promClient() {
  client ??= import('prom-client').then((prom) => {
    const processRegistry = new prom.Registry();
    prom.collectDefaultMetrics({ register: processRegistry, prefix: 'amity_' });
    return { prom, processRegistry };
  });
  return client;
}

export interface ServerMetrics {
  text(): Promise<{ contentType: string; body: string }>;
}

function addSourceGauge(prom: PromClient, registry: Registry, source: GaugeSource): void {
  const label = source.label ?? 'state';
  new prom.Gauge({
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

interface Instruments {
  registry: Registry;
  processRegistry: Registry;
  requests: Counter;
  latency: Histogram;
  failedLogins: Counter;
  connectionErrors: Counter;
}

function instruments({ prom, processRegistry }: { prom: PromClient; processRegistry: Registry }, store: Store): Instruments {
  const registry = new prom.Registry();
  const requests = new prom.Counter({
    name: 'amity_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new prom.Histogram({
    name: 'amity_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const failedLogins = new prom.Counter({
    name: 'amity_login_failures_total',
    help: 'Sign-ins refused: wrong credentials, or throttled after too many',
    labelNames: ['reason'],
    registers: [registry],
  });
  const connectionErrors = new prom.Counter({
    name: 'amity_db_connection_errors_total',
    help: 'Database connections lost outside a query (a restart, a failover); each is replaced on next use',
    registers: [registry],
  });
  new prom.Gauge({
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
  return { registry, processRegistry, requests, latency, failedLogins, connectionErrors };
}

/**
 * Requests by route pattern and status, their latency, the database's connections, connection
 * failures and failed sign-ins, counted by one hook on `app` that also logs refused requests.
 * What happens before prom-client is loaded is counted once it is.
 */
export function registerMetrics(app: FastifyInstance, store: Store): ServerMetrics {
  let ready: Instruments | undefined;
  let loading: Promise<Instruments> | undefined;
  const waiting: ((m: Instruments) => void)[] = [];
  const load = () => {
    loading ??= promClient().then((loaded) => {
      ready = instruments(loaded, store);
      for (const count of waiting.splice(0)) count(ready);
      return ready;
    });
    return loading;
  };
  const count = (fn: (m: Instruments) => void) => {
    if (ready) return fn(ready);
    waiting.push(fn);
    void load().catch((error: unknown) => app.log.warn({ error }, 'could not load the metrics'));
  };
  store.onConnectionError(() => count((m) => m.connectionErrors.inc()));

  // Each series' counter and histogram, found once: the labels are hashed on the first request only.
  const series = new Map<string, { count: () => void; time: (seconds: number) => void }>();
  const countRequest = (m: Instruments, method: string, route: string, status: number, seconds: number) => {
    const key = `${method} ${status} ${route}`;
    let found = series.get(key);
    if (!found) {
      const counter = m.requests.labels(method, route, String(status));
      const histogram = m.latency.labels(method, route);
      found = { count: () => counter.inc(), time: (s) => histogram.observe(s) };
      series.set(key, found);
    }
    found.count();
    found.time(seconds);
    if (route === '/api/auth/login' && (status === 401 || status === 429))
      m.failedLogins.inc({ reason: status === 401 ? 'wrong_credentials' : 'throttled' });
  };
  app.addHook('onResponse', (request, reply, done) => {
    // The pattern, never the raw URL: one series per route, whatever ids and queries are sent.
    const route = request.routeOptions.url ?? 'unmatched';
    const { method } = request;
    const status = reply.statusCode;
    const seconds = reply.elapsedTime / 1000;
    count((m) => countRequest(m, method, route, status, seconds));
    logIfRefused(request, reply);
    done();
  });

  return {
    async text() {
      const m = await load();
      const { prom } = await promClient();
      for (const source of sources.values()) if (!m.registry.getSingleMetric(source.name)) addSourceGauge(prom, m.registry, source);
      return { contentType: m.registry.contentType, body: `${await m.registry.metrics()}\n${await m.processRegistry.metrics()}` };
    },
  };
}

/**
 * `/metrics` in Prometheus's text format. Administrators only (an admin's API token, which a
 * scraper sends as a bearer token), unless the server was started with --metrics-open.
 */
export function registerMetricsRoute(app: FastifyInstance, metrics: ServerMetrics, { open }: { open: boolean }): void {
  app.get('/metrics', { schema: { hide: true }, config: open ? {} : { role: 'admin' } }, async (_request, reply) => {
    const { contentType, body } = await metrics.text();
    return reply.type(contentType).send(body);
  });
}
