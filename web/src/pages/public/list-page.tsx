import type { ReactNode } from 'react';
import type { EntityKind } from '@records/kinds.ts';
import { useAll } from '../../api/queries.ts';
import { PageTitle, QueryState } from '../../components/page-title.tsx';

interface ListPageProps<T> {
  kind: EntityKind;
  /** What the list asks the API for (`?kind=…`). */
  params?: Record<string, string>;
  title: string;
  sub?: string;
  /** Between the title and the list: its filters. */
  tools?: ReactNode;
  children(records: T[]): ReactNode;
}

/** A public page listing one kind of record: its title, its filters, while it loads, then the records. */
export function ListPage<T>({ kind, params, title, sub, tools, children }: ListPageProps<T>) {
  const list = useAll<T>(kind, params);
  return (
    <div>
      <PageTitle text={title} sub={sub} />
      {tools}
      <QueryState loading={list.isLoading} error={list.error} />
      {children(list.data ?? [])}
    </div>
  );
}
