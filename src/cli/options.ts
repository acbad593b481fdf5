import type { Command } from 'commander';
import type { z } from 'zod';
import type { SentenceLang } from '../domain/sentence.ts';

// The options several commands share, declared once. As everywhere on the command line, a flag
// left out is read from its AMITY_* environment variable, named in its help.
// Declaring a command costs nothing but commander: what checks and runs it (zod, the services)
// loads when its action runs, so `amity --help` and each command start fast.

/** `--lang`: the language a command prints its words in, zh or en (AMITY_LANG). */
export function langOption(command: Command, fallback: SentenceLang = 'en', what = 'the language of the words printed: zh or en'): Command {
  return command.option('--lang <lang>', `${what} (AMITY_LANG)`, process.env.AMITY_LANG ?? fallback);
}

/**
 * `--lang` for a command that shows records' names: the language of the names (any language
 * code, AMITY_LANG); its printed words are Chinese for zh and English otherwise ({@link wordsLang}).
 */
export function namesLangOption(command: Command, what = 'the language to show names in (zh, en, ru, …)'): Command {
  return command.option('--lang <lang>', `${what} (AMITY_LANG)`, process.env.AMITY_LANG ?? 'en');
}

/** The language of a command's printed words when `--lang` gives the language of names. */
export function wordsLang(namesLang: string): SentenceLang {
  return namesLang === 'zh' ? 'zh' : 'en';
}

/** `--home`: the home place, by id, by name in any language, or as "Name, CC" (AMITY_HOME). */
export function homeOption(command: Command, { required = false, what = 'the home place' } = {}): Command {
  const description = `${what} (by id, by name in any language, or as "Name, CC"; AMITY_HOME)`;
  return required
    ? command.requiredOption('--home <place>', description, process.env.AMITY_HOME)
    : command.option('--home <place>', description, process.env.AMITY_HOME);
}

/** `--json`: print the answer as JSON rather than as lines of text. */
export function jsonOption(command: Command, what = 'print JSON'): Command {
  return command.option('--json', what, false);
}

const flagOf = (key: PropertyKey) => `--${String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * Parses a command's options with the request schema the HTTP route uses too, so both doors
 * take the same input. An error names the flag (`invalid --as-of: a full date YYYY-MM-DD is
 * needed`, `--lang: 'fr' is not zh or en`), or the argument given in `names` for a value that is
 * not a flag.
 */
export async function parseOptions<S extends z.ZodType>(
  schema: S,
  values: Record<string, unknown>,
  names: Record<string, string> = {},
): Promise<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const { AmityError, issuesFromZod, validationError } = await import('../domain/errors.ts');
  const first = result.error.issues[0]!;
  const [key, ...rest] = first.path;
  const what = key === undefined ? 'options' : (names[String(key)] ?? flagOf(key));
  if (first.code === 'invalid_value' && rest.length === 0 && key !== undefined) {
    const allowed = first.values.map(String);
    const choice = allowed.length === 2 ? allowed.join(' or ') : `one of ${allowed.join(', ')}`;
    throw new AmityError('validation', `${what}: '${String(values[String(key)])}' is not ${choice}`, issuesFromZod(result.error));
  }
  const [head, ...others] = issuesFromZod(result.error);
  throw validationError(what, [{ ...head!, path: head!.path.slice(1) }, ...others]);
}

/** The language of a command's printed words, from `--lang`. */
export async function readLang(value: string): Promise<SentenceLang> {
  const [{ z }, { SentenceLangSchema }] = await Promise.all([import('zod'), import('../domain/sentence.ts')]);
  return (await parseOptions(z.object({ lang: SentenceLangSchema }), { lang: value })).lang;
}
