import type { Command } from 'commander';
import { buildServer } from '../../http/server.ts';
import { webApp } from '../../http/web-app.ts';
import { openSite } from '../../services/prepare-site.service.ts';
import type { DbOption } from '../run.ts';
import { ensureWebBuild } from '../web-build.ts';
import { progressBar } from './import-network.ts';

export interface ServeOptions extends DbOption {
  port: string;
  host: string;
  cors?: string;
  secureCookies?: boolean;
  trustProxy?: boolean;
  quiet?: boolean;
  home?: string;
}

/** Runs the server until SIGTERM or SIGINT, then lets requests in flight finish before closing. */
export async function serve(options: ServeOptions, { demo = false, network = false } = {}): Promise<void> {
  const say = (line: string) => void process.stdout.write(`${line}\n`);
  const store = await openSite(options.db, { demo, network }, { say, progress: network ? progressBar() : undefined });
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
    trustProxy: options.trustProxy ?? false,
    prepareNetworkMap: true,
    work: { keep: true },
  });
  const port = Number(options.port);
  await app.listen({ port, host: options.host });
  const address = app.server.address();
  const shown = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(
    `Amity is serving ${store.location} at http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${shown}/ (the web app; API reference at /api/docs)\n`,
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
    .option('--trust-proxy', 'take the client address from X-Forwarded-For (AMITY_TRUST_PROXY=1)', process.env.AMITY_TRUST_PROXY === '1')
    .option(
      '--home <place>',
      'the home place the web app shows, by id or name; by default the place with the most ties (AMITY_HOME)',
      process.env.AMITY_HOME,
    )
    .option('--quiet', 'no request logs', false);
}

export function registerServe(program: Command): void {
  serveOptions(program.command('serve').description('serve the API (and the web app) over HTTP')).action(
    (options: ServeOptions, command: Command) => serve({ ...options, db: (command.optsWithGlobals() as DbOption).db }),
  );
}
