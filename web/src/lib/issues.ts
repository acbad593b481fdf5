import type { TFunction } from 'i18next';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  minimum?: unknown;
  maximum?: unknown;
  input?: unknown;
}

/** Messages the model's schemas give, by their English text, mapped to the catalogue. */
const KNOWN: [RegExp, string][] = [
  [/is not a date/, 'validation.dateFormat'],
  [/has no (year|month|day)/, 'validation.dateInvalid'],
  [/^a full date YYYY-MM-DD is needed/, 'validation.fullDate'],
  [/^empty$/, 'validation.empty'],
  [/^longer than/, 'validation.tooLong'],
  [/^a name may hold/, 'validation.nameCharacters'],
  [/at least one name is needed/, 'validation.needName'],
  [/at least one title is needed/, 'validation.needTitle'],
  [/a position needs a title/, 'validation.needTitle'],
  [/^not an id/, 'validation.chooseRecord'],
  [/ISO 3166-1/, 'validation.country'],
  [/^not a language code/, 'validation.langCode'],
  [/not an area key/, 'validation.areaKey'],
  [/is not a cooperation area/, 'validation.areaKey'],
  [/not a time/, 'validation.time'],
  [/needs the type of tie|needs the new type/, 'validation.stepType'],
  [/needs the new status/, 'validation.stepStatus'],
  [/history starts with/, 'validation.historyStart'],
  [/a tie needs at least its establishment/, 'validation.historyStart'],
  [/cannot be tied to itself/, 'validation.selfTie'],
  [/already tied/, 'validation.duplicateTie'],
  [/an area is listed twice/, 'validation.areaTwice'],
  [/expires before it was signed/, 'validation.expiresBeforeSigned'],
  [/ends before it starts/, 'validation.endsBeforeStart'],
  [/an end date needs a start date/, 'validation.endNeedsStart'],
  [/a delegation has one head/, 'validation.oneHead'],
  [/a stop needs a site/, 'validation.stopSite'],
  [/name either a place or an organisation/, 'validation.placeOrOrganisation'],
  [/no \w+ with id/, 'validation.missingRecord'],
  [/not an e-mail address|Invalid email/, 'validation.email'],
  [/at least 10 characters/, 'validation.password'],
  [/holds control characters/, 'validation.controlCharacters'],
  [/not a Wikidata id/, 'validation.wikidata'],
  [/not a GeoNames id/, 'validation.geonames'],
  [/inside itself/, 'validation.insideItself'],
];

/** A validation message in the user's language, from a zod issue or an issue the API returned. */
export function issueText(issue: Issue, t: TFunction): string {
  for (const [pattern, key] of KNOWN) if (pattern.test(issue.message)) return t(key);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? t('validation.required') : t('validation.invalidType');
    case 'too_small':
      return issue.input === '' || (Array.isArray(issue.input) && issue.input.length === 0) ? t('validation.required') : t('validation.tooSmall', { minimum: String(issue.minimum) });
    case 'too_big':
      return t('validation.tooBig', { maximum: String(issue.maximum) });
    case 'invalid_format':
      return t('validation.format');
    case 'invalid_value':
      return t('validation.choose');
    default:
      return t('validation.invalid', { message: issue.message });
  }
}
