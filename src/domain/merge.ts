import { isDeepStrictEqual } from 'node:util';
import type { Alias, Names } from './common.ts';
import { AmityError } from './errors.ts';

/** The steps of a reference path as the reference index writes it: `members[1].member.organisationId`. */
export function pathSteps(path: string): (string | number)[] {
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** A copy of `doc` pointing at `to` where `path` pointed at `from`. */
export function replaceAtPath<T extends object>(doc: T, path: string, from: string, to: string): T {
  const copy = structuredClone(doc);
  const steps = pathSteps(path);
  let node: unknown = copy;
  for (const step of steps.slice(0, -1)) node = (node as Record<string | number, unknown> | undefined)?.[step];
  const last = steps.at(-1)!;
  const holder = node as Record<string | number, unknown> | undefined;
  if (!holder || holder[last] !== from) {
    throw new AmityError('validation', `${path} does not point at ${from}: the reference index is out of date (run 'amity reindex')`);
  }
  holder[last] = to;
  return copy;
}

interface Named {
  names: Names;
  aliases: Alias[];
}

/**
 * The survivor's aliases with the duplicate's standard names and aliases added, each
 * once: nothing either record was called is lost.
 */
export function aliasesAfterMerge(survivor: Named, duplicate: Named, duplicateId: string): Alias[] {
  const out = [...survivor.aliases];
  const known = (name: string, lang: string | null) =>
    Object.entries(survivor.names).some(([l, n]) => n === name && (lang === null || l === lang)) ||
    out.some((a) => a.name === name && (a.lang === lang || a.lang === null || lang === null));
  for (const [lang, name] of Object.entries(duplicate.names)) {
    if (!known(name, lang)) out.push({ name, lang, origin: 'merge', note: `standard name of ${duplicateId}, merged into this record` });
  }
  for (const alias of duplicate.aliases) if (!known(alias.name, alias.lang)) out.push(alias);
  return out;
}

/** Both lists, the first's items first, each item once. */
export function union<T>(first: readonly T[], second: readonly T[]): T[] {
  const out = [...first];
  for (const item of second) if (!out.some((o) => isDeepStrictEqual(o, item))) out.push(item);
  return out;
}
