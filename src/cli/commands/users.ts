import type { Command } from 'commander';
import type { Role } from '../../domain/permissions.ts';
import type { Revoked } from '../../services/auth/accounts.service.ts';
import { withRegistry } from '../run.ts';

/** A refusal of the command's input, with the wording and code every door uses. */
async function invalid(message: string): Promise<never> {
  const { AmityError } = await import('../../domain/errors.ts');
  throw new AmityError('validation', message);
}

/** The password from standard input: its first line, so `echo pw | amity …` and a pipe from a secret store both work. */
async function passwordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) await invalid('--password-stdin: pipe the password in, e.g. `printf %s "$PW" | amity user add …`');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (!password) await invalid('--password-stdin: standard input was empty');
  return password;
}

/** What a change to an account ended, in words. */
const ended = (r: Revoked | undefined) =>
  r ? `; ended ${r.sessions} session(s), revoked ${r.apiTokens} API token(s) and ${r.calendarTokens} calendar token(s)` : '';

export function registerUsers(program: Command): void {
  const user = program.command('user').description('accounts and roles (viewer, editor, admin)');

  user
    .command('add')
    .description('create an account')
    .requiredOption('--email <email>', 'the e-mail address it signs in with')
    .requiredOption('--role <role>', 'viewer, editor or admin')
    .option('--password-stdin', 'read the password from standard input', false)
    .action(async (options: { email: string; role: Role; passwordStdin: boolean }, command: Command) => {
      const { accounts } = await import('../../services/auth/accounts.service.ts');
      if (!options.passwordStdin) await invalid('give --password-stdin and pipe the password in');
      const password = await passwordFromStdin();
      const created = await withRegistry(command.optsWithGlobals(), (ctx) =>
        accounts.add(ctx, { email: options.email, role: options.role, password }),
      );
      process.stdout.write(`Created ${created.email} (${created.role}), ${created.id}\n`);
    });

  user
    .command('list')
    .description('every account with its role')
    .action(async (_options, command: Command) => {
      const { accounts } = await import('../../services/auth/accounts.service.ts');
      const list = await withRegistry(command.optsWithGlobals(), (ctx) => accounts.list(ctx));
      for (const u of list)
        process.stdout.write(`${u.email.padEnd(36)} ${u.role.padEnd(7)} ${u.disabled ? 'disabled' : 'active'}  ${u.id}\n`);
    });

  user
    .command('role <email> <role>')
    .description("change an account's role")
    .action(async (email: string, role: Role, _options, command: Command) => {
      const { changeAccount } = await import('../../services/auth/accounts.service.ts');
      const u = await withRegistry(command.optsWithGlobals(), (ctx) => changeAccount(ctx, { email }, { role }));
      process.stdout.write(`${u.email} is now ${u.role}\n`);
    });

  user
    .command('disable <email>')
    .description('stop an account from signing in and end its sessions')
    .option('--enable', 'enable it again instead', false)
    .action(async (email: string, options: { enable: boolean }, command: Command) => {
      const { changeAccount } = await import('../../services/auth/accounts.service.ts');
      const u = await withRegistry(command.optsWithGlobals(), (ctx) => changeAccount(ctx, { email }, { disabled: !options.enable }));
      process.stdout.write(`${u.email} is ${u.disabled ? 'disabled' : 'enabled'}${ended(u.revoked)}\n`);
    });

  user
    .command('reset-password <email>')
    .description('set a new password (read from standard input) and end the sessions')
    .option('--password-stdin', 'read the password from standard input', true)
    .action(async (email: string, _options, command: Command) => {
      const { changeAccount } = await import('../../services/auth/accounts.service.ts');
      const password = await passwordFromStdin();
      const u = await withRegistry(command.optsWithGlobals(), (ctx) => changeAccount(ctx, { email }, { password }));
      process.stdout.write(`New password set for ${u.email}${ended(u.revoked)}\n`);
    });

  const token = program.command('token').description('API tokens for scripts');
  token
    .command('create')
    .description('create a token that acts as an account; it is shown once')
    .requiredOption('--email <email>', 'the account it acts as')
    .option('--name <name>', 'what it is for', 'script')
    .option(
      '--expires <when>',
      'when it stops working: a span (30d, 12w, 6m, 1y) or a date (AMITY_TOKEN_EXPIRES)',
      process.env.AMITY_TOKEN_EXPIRES,
    )
    .action(async (options: { email: string; name: string; expires?: string }, command: Command) => {
      const { createAccountToken } = await import('../../services/auth/accounts.service.ts');
      const created = await withRegistry(command.optsWithGlobals(), (ctx) =>
        createAccountToken(ctx, { email: options.email }, options.name, options.expires ?? null),
      );
      process.stdout.write(`${created.token}\n`);
      const until = created.expiresAt ? `, valid until ${created.expiresAt}` : '';
      process.stderr.write(
        `Token ${created.id} for ${options.email}${until}: send it as 'Authorization: Bearer <token>'. It is not shown again.\n`,
      );
    });
  token
    .command('list')
    .description('every token with its account, scope, expiry and state (secrets are never shown)')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }, command: Command) => {
      const { accounts } = await import('../../services/auth/accounts.service.ts');
      const list = await withRegistry(command.optsWithGlobals(), (ctx) => accounts.listTokens(ctx));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      for (const t of list)
        process.stdout.write(
          `${t.id}  ${t.state.padEnd(7)} ${t.scope.padEnd(8)} ${t.email.padEnd(32)} ${t.name.padEnd(16)} expires ${t.expiresAt ?? 'never'}\n`,
        );
    });
  token
    .command('revoke <id>')
    .description('revoke a token')
    .action(async (id: string, _options, command: Command) => {
      const { accounts } = await import('../../services/auth/accounts.service.ts');
      const result = await withRegistry(command.optsWithGlobals(), (ctx) => accounts.revokeToken(ctx, id));
      process.stdout.write(result.revoked ? `Revoked ${id}\n` : `${id} was revoked already\n`);
    });
}
