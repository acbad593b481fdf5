import type { Command } from 'commander';
import type { DbOption } from '../run.ts';
import { progressBar } from './import-network.ts';
import { keepYoungGenerationSmall } from '../young-generation.ts';

export interface ServeOptions extends DbOption {
  port: string;
  host: string;
  cors?: string;
  secureCookies?: boolean;
  trustProxy?: string;
  quiet?: boolean;
  home?: string;
  publicUrl?: string;
  readOnly?: boolean;
  metricsOpen?: boolean;
}

/** Runs the server until SIGTERM or SIGINT, then lets requests in flight finish before closing. */
export async function serve(options: ServeOptions, { demo = false, network = false } = {}): Promise<void> {
  keepYoungGenerationSmall();
  const readOnly = options.readOnly ?? false;
  // The file's check runs on another thread while the server's code loads here.
  const checked = readOnly ? undefined : (await import('../../services/file-check.service.ts')).beginFileCheck(options.db);
  const [{ openSite }, { buildServer }, { parseTrustedProxies }, { webApp }, { ensureWebBuild }] = await Promise.all([
    import('../../services/prepare-site.service.ts'),
    import('../../http/server.ts'),
    import('../../http/trust-proxy.ts'),
    import('../../http/web-app.ts'),
    import('../web-build.ts'),
  ]);
  const say = (line: string) => void process.stdout.write(`${line}\n`);
  const progress = network && !readOnly ? await progressBar() : undefined;
  const store = await openSite(
    options.db,
    { demo: demo && !readOnly, network: network && !readOnly, readOnly, checked },
    { say, progress },
  );
  const port = Number(options.port);
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  let listening = port;
  ensureWebBuild((line) => process.stdout.write(`${line}\n`));
  const app = await buildServer({
    store,
    home: options.home,
    plugins: [webApp()],
    logger: options.quiet ? false : { level: process.env.AMITY_LOG_LEVEL ?? 'info' },
    corsOrigins: options.cors
      ? options.cors
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : [],
    secureCookies: options.secureCookies ?? false,
    trustProxy: parseTrustedProxies(options.trustProxy),
    prepareNetworkMap: !readOnly,
    readOnly,
    metricsOpen: options.metricsOpen ?? false,
    // `amity start` runs on one machine: its feed addresses name it, with the port it listens on.
    publicUrl: options.publicUrl ?? (demo ? () => `http://localhost:${listening}` : undefined),
    work: { keep: true },
  });
  await app.listen({ port, host: options.host });
  const address = app.server.address();
  listening = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(
    `Amity is serving ${store.location}${readOnly ? ' read-only' : ''} at http://${shownHost}:${listening}/ (the web app; API reference at /api/docs)\n`,
  );
  let closing = false;
  const stop = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'closing: finishing requests in flight');
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

export function serveOptions(command: Command): Command {
  return command
    .option('--port <port>', 'the port (AMITY_PORT)', process.env.AMITY_PORT ?? '8080')
    .option('--host <host>', 'the address to listen on (AMITY_HOST)', process.env.AMITY_HOST ?? '127.0.0.1')
    .option(
      '--cors <origins>',
      'comma-separated origins allowed to call the API from a browser (AMITY_CORS_ORIGINS)',
      process.env.AMITY_CORS_ORIGINS,
    )
    .option(
      '--secure-cookies',
      'mark the session cookie Secure, behind HTTPS (AMITY_SECURE_COOKIES=1)',
      process.env.AMITY_SECURE_COOKIES === '1',
    )
    .option(
      '--trust-proxy <hops|addresses>',
      "take the client's address from X-Forwarded-For as the given number of proxy hops or the proxies' comma-separated addresses/networks say (AMITY_TRUST_PROXY)",
      process.env.AMITY_TRUST_PROXY,
    )
    .option(
      '--home <place>',
      'the home place the web app shows, by id or name; by default the place with the most ties (AMITY_HOME)',
      process.env.AMITY_HOME,
    )
    .option(
      '--public-url <url>',
      'the address the server is reached at (https://amity.example.org), for the absolute URLs it writes; never taken from the Host header (AMITY_PUBLIC_URL)',
      process.env.AMITY_PUBLIC_URL,
    )
    .option(
      '--read-only',
      'serve a database that may not be written: reads are answered, writes and sign-ins refused with 503 (AMITY_READ_ONLY=1)',
      process.env.AMITY_READ_ONLY === '1',
    )
    .option(
      '--metrics-open',
      'let anyone read /metrics, for a scraper on a private network; by default only administrators may (AMITY_METRICS_OPEN=1)',
      process.env.AMITY_METRICS_OPEN === '1',
    )
    .option('--quiet', 'no request logs', false);
}

export function registerServe(program: Command): void {
  serveOptions(program.command('serve').description('serve the API (and the web app) over HTTP')).action(
    (options: ServeOptions, command: Command) => serve({ ...options, db: (command.optsWithGlobals() as DbOption).db }),
  );
}
