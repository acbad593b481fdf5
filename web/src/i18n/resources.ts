import { capitalise, labelsIn, type LabelLang } from '@domain/labels.ts';
import { ENTITY_KINDS, SPECS } from '@records/kinds.ts';
import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

export type Catalogue = { [key: string]: string | Catalogue };

const capitalised = (words: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(words).map(([k, w]) => [k, capitalise(w)]));

/**
 * The keys the server's catalogue of labels (src/domain/labels.ts) fills in: types, statuses,
 * event kinds, verdicts, claim kinds and name matches, here as in the reports and on the command
 * line; and each kind of record's name, from its spec (src/records/<kind>/<kind>.spec.ts). en.json and zh.json hold none of them. `value.*` labels the options of the workspace's
 * forms, so the types, statuses and event kinds are there too, as they stand in a sentence;
 * `value.other` ends lists of every kind and stays in the JSON.
 */
export function labelKeys(lang: LabelLang): Catalogue {
  const { other: _other, ...eventKinds } = labelsIn('eventKind', lang);
  return {
    type: capitalised(labelsIn('type', lang)),
    status: labelsIn('status', lang),
    eventKind: capitalised(labelsIn('eventKind', lang)),
    claims: { verdict: labelsIn('verdict', lang), kind: labelsIn('claimKind', lang) },
    search: { tier: labelsIn('matchTier', lang) },
    value: { ...labelsIn('type', lang), ...labelsIn('status', lang), ...eventKinds },
    kinds: Object.fromEntries(ENTITY_KINDS.map((k) => [k, SPECS[k].label[lang]])),
  };
}

/** `extra`'s keys added into `base`, a level at a time; neither is changed. */
export function mergeCatalogues(base: Catalogue, extra: Catalogue): Catalogue {
  const out: Catalogue = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const here = out[k];
    out[k] = typeof v === 'object' && typeof here === 'object' ? mergeCatalogues(here, v) : v;
  }
  return out;
}

/** The web app's catalogues: its own words, and the labels it shares with the server. */
export const RESOURCES: Record<LabelLang, Catalogue> = {
  zh: mergeCatalogues(zh, labelKeys('zh')),
  en: mergeCatalogues(en, labelKeys('en')),
};
