import type { ListOptions } from '../storage/record.repository.ts';
import { canAdminister, canReadInternal, type Actor } from './permissions.ts';

/**
 * What one reader may see, decided once from the actor and handed to every read: which records
 * (`public` ones only, or all), whether the internal fields of a record stay in it, whether
 * deleted records can be asked for, and whether accounts and their audit entries can be read.
 */
export interface Scope {
  readonly records: 'public' | 'all';
  readonly internalFields: boolean;
  readonly deleted: boolean;
  readonly accounts: boolean;
}

export const PUBLIC_SCOPE: Scope = { records: 'public', internalFields: false, deleted: false, accounts: false };

export function scopeOf(actor: Actor): Scope {
  if (!canReadInternal(actor)) return PUBLIC_SCOPE;
  return { records: 'all', internalFields: true, deleted: true, accounts: canAdminister(actor) };
}

/** Audit entries about these are the accounts' own: who signed in from where, whose tokens exist. */
export const ACCOUNT_ENTITIES = ['user', 'session', 'api_token', 'calendar_token'] as const;

/** List options as `scope` may read them: public rows only for the public, deleted ones only for staff who ask. */
export function scopedList(scope: Scope, options: ListOptions): ListOptions {
  return {
    ...options,
    visibleOnly: scope.records === 'public' ? 'public' : undefined,
    includeDeleted: Boolean(options.includeDeleted && scope.deleted),
  };
}
