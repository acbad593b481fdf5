import { useTranslation } from 'react-i18next';
import type { Alias } from '@domain/common.ts';

/** A record's other spellings on one line, left out when it has none. */
export function Aliases({ aliases }: { aliases: readonly Alias[] }) {
  const { t } = useTranslation();
  if (!aliases.length) return null;
  return (
    <p className="muted">
      {t('partner.aliases')}: {aliases.map((a) => a.name).join(' · ')}
    </p>
  );
}
