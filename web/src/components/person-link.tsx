import { Link } from 'react-router';
import type { Names } from '@domain/common.ts';
import { currentLang } from '../i18n/index.ts';
import { nameIn } from '../lib/labels.ts';

/** A person's name as a link to their page, when the reader may read the person; else their id alone. */
export function PersonLink({ id, person }: { id: string; person: { names: Names } | undefined }) {
  if (!person) return <>{id}</>;
  return <Link to={`/people/${id}`}>{nameIn(person.names, currentLang())}</Link>;
}
