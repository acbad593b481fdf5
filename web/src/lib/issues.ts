import type { TFunction } from 'i18next';
import { issueCode, type IssueCode } from '@domain/issue-codes.ts';

/** A zod issue from the form's own check, or an issue the API returned. */
export interface Issue {
  path?: readonly PropertyKey[];
  message: string;
  code?: string;
  params?: Record<string, unknown>;
  minimum?: unknown;
  maximum?: unknown;
  input?: unknown;
}

/** The catalogue's words for each issue code; a code without them does not compile. */
export const ISSUE_KEYS: Record<IssueCode, `validation.${string}`> = {
  record_id: 'validation.chooseRecord',
  lang_code: 'validation.langCode',
  name_characters: 'validation.nameCharacters',
  control_characters: 'validation.controlCharacters',
  text_characters: 'validation.textCharacters',
  name_required: 'validation.needName',
  title_required: 'validation.needTitle',
  date_format: 'validation.dateFormat',
  date_invalid: 'validation.dateInvalid',
  full_date: 'validation.fullDate',
  country_code: 'validation.country',
  area_key: 'validation.areaKey',
  email_address: 'validation.email',
  password_too_short: 'validation.password',
  wikidata_id: 'validation.wikidata',
  geonames_id: 'validation.geonames',
  time_of_day: 'validation.time',
  currency_code: 'validation.currency',
  contact_id: 'validation.format',
  place_or_organisation: 'validation.placeOrOrganisation',
  expires_before_signed: 'validation.expiresBeforeSigned',
  stop_site: 'validation.stopSite',
  ends_before_start: 'validation.endsBeforeStart',
  end_needs_start: 'validation.endNeedsStart',
  one_head: 'validation.oneHead',
  step_type: 'validation.stepType',
  step_status: 'validation.stepStatus',
  history_start: 'validation.historyStart',
  self_tie: 'validation.selfTie',
  contact_twice: 'validation.contactTwice',
  area_twice: 'validation.areaTwice',
  suspension_reason: 'validation.suspensionReason',
  same_country: 'validation.sameCountry',
  weights_zero: 'validation.weightsZero',
  time_span: 'validation.timeSpan',
  place_choice: 'validation.placeChoice',
  person_choice: 'validation.personChoice',
  missing_record: 'validation.missingRecord',
  deleted_record: 'validation.missingRecord',
  unknown_area: 'validation.areaKey',
  duplicate_tie: 'validation.duplicateTie',
  inside_itself: 'validation.insideItself',
  email_taken: 'validation.emailTaken',
  empty: 'validation.empty',
  same_status: 'validation.sameStatus',
  same_type: 'validation.sameType',
  tie_not_home: 'validation.tieNotHome',
  same_visibility: 'validation.sameVisibility',
  foreign_cursor: 'validation.format',
  not_an_etag: 'validation.format',
  csv_syntax: 'validation.format',
  csv_header: 'validation.format',
  status_not_ended: 'validation.statusNotEnded',
  duplicate_row: 'validation.duplicateTie',
  area_taken: 'validation.areaTaken',
  already_exists: 'validation.alreadyExists',
  last_admin: 'validation.lastAdmin',
  unknown_token: 'validation.unknownToken',
  size_limit: 'validation.sizeLimit',
  time_budget: 'validation.timeBudget',
  server_busy: 'validation.serverBusy',
  invalid_type: 'validation.invalidType',
  too_big: 'validation.tooBig',
  too_small: 'validation.tooSmall',
  invalid_format: 'validation.format',
  not_multiple_of: 'validation.invalidType',
  unrecognized_keys: 'validation.unknownField',
  invalid_union: 'validation.invalidType',
  invalid_key: 'validation.invalidType',
  invalid_element: 'validation.invalidType',
  invalid_value: 'validation.choose',
  custom: 'validation.invalid',
};

/** Keys the codes above lead to besides their own: a blank field, and a length the API did not give. */
export const EXTRA_ISSUE_KEYS = ['validation.required', 'validation.tooLong', 'validation.tooSmallAny'] as const;

/** An input that leaves the field blank; only the form's own check reports the input. */
const isBlank = (input: unknown) => input === '' || (Array.isArray(input) && input.length === 0);

/** An issue in the reader's language, by its code: from a zod issue of the form's own check or from the API. */
export function issueText(issue: Issue, t: TFunction): string {
  const code = issueCode(issue);
  const key = ISSUE_KEYS[code];
  switch (code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || isBlank(issue.input) ? t('validation.required') : t(key);
    case 'too_small':
      if (isBlank(issue.input)) return t('validation.required');
      return issue.minimum === undefined ? t('validation.tooSmallAny') : t(key, { minimum: String(issue.minimum) });
    case 'too_big':
      return issue.maximum === undefined ? t('validation.tooLong') : t(key, { maximum: String(issue.maximum) });
    case 'custom':
      return t(key, { message: issue.message });
    default:
      return t(key);
  }
}
