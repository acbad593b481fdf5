import type { ReactNode } from 'react';

/** A part of a page under its own heading, which names the part for assistive technology. */
export function Section({ id, title, className, children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A section listing what a record names (each item with its key), left out when it names nothing. */
export function ListSection({ id, title, items }: { id: string; title: ReactNode; items: readonly { key: string; content: ReactNode }[] }) {
  if (!items.length) return null;
  return (
    <Section id={id} title={title}>
      <ul>
        {items.map((item) => (
          <li key={item.key}>{item.content}</li>
        ))}
      </ul>
    </Section>
  );
}
