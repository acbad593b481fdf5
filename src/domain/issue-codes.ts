import { z } from 'zod';

/**
 * What is wrong with a field, as a word a program can act on: the web app words each one in the
 * reader's language, API clients branch on it. The English `message` beside it is for people
 * reading the API or a log, and may change.
 */
export const AMITY_ISSUE_CODES = [
  // The model's own rules, checked by its schemas.
  'record_id',
  'lang_code',
  'name_characters',
  'control_characters',
  'text_characters',
  'name_required',
  'title_required',
  'date_format',
  'date_invalid',
  'full_date',
  'country_code',
  'area_key',
  'email_address',
  'password_too_short',
  'wikidata_id',
  'geonames_id',
  'time_of_day',
  'currency_code',
  'contact_id',
  'place_or_organisation',
  'expires_before_signed',
  'stop_site',
  'ends_before_start',
  'end_needs_start',
  'one_head',
  'step_type',
  'step_status',
  'history_start',
  'self_tie',
  'contact_twice',
  'area_twice',
  'suspension_reason',
  'same_country',
  'weights_zero',
  'time_span',
  'place_choice',
  'person_choice',
  // What the services find against the registry's contents.
  'missing_record',
  'deleted_record',
  'unknown_area',
  'duplicate_tie',
  'inside_itself',
  'email_taken',
  'empty',
  'same_status',
  'same_type',
  'tie_not_home',
  'same_visibility',
  'foreign_cursor',
  'not_an_etag',
  'csv_syntax',
  'csv_header',
  'status_not_ended',
  'duplicate_row',
  'area_taken',
  'already_exists',
  'last_admin',
  'unknown_token',
  // Limits on heavy work: a request larger than it may be, work over its time budget, a full queue.
  'size_limit',
  'time_budget',
  'server_busy',
] as const;
export type AmityIssueCode = (typeof AMITY_ISSUE_CODES)[number];

/** zod's own codes, for the checks that carry no code of Amity's (types, lengths, enums …); a Record, so a zod release with a new code fails to compile here. */
const ZOD_CODES: Record<z.core.$ZodIssueCode, true> = {
  invalid_type: true,
  too_big: true,
  too_small: true,
  invalid_format: true,
  not_multiple_of: true,
  unrecognized_keys: true,
  invalid_union: true,
  invalid_key: true,
  invalid_element: true,
  invalid_value: true,
  custom: true,
};
export type ZodIssueCode = z.core.$ZodIssueCode;
export const ZOD_ISSUE_CODES = Object.keys(ZOD_CODES) as ZodIssueCode[];

export type IssueCode = AmityIssueCode | ZodIssueCode;
export const ISSUE_CODES: readonly IssueCode[] = [...AMITY_ISSUE_CODES, ...ZOD_ISSUE_CODES];

const AMITY = new Set<string>(AMITY_ISSUE_CODES);
export const isAmityIssueCode = (code: unknown): code is AmityIssueCode => typeof code === 'string' && AMITY.has(code);

/**
 * The parameters of a `refine` (or of an issue added in `superRefine`) that carry Amity's code:
 * `refine(check, coded('self_tie', 'a place cannot be tied to itself'))`.
 */
export function coded(code: AmityIssueCode, message: string): { message: string; params: { code: AmityIssueCode } } {
  return { message, params: { code } };
}

/**
 * A string that matches `pattern`. zod's own pattern check cannot carry a code, so this is a
 * refinement with Amity's code, and the pattern is kept in the JSON Schema as `regex` would.
 */
export function patterned(pattern: RegExp, code: AmityIssueCode, message: string) {
  return z
    .string()
    .refine((v) => pattern.test(v), coded(code, message))
    .meta({ pattern: pattern.source });
}

/** The code of a zod issue: Amity's when the schema gave one, else zod's own. An issue the API returned keeps its code. */
export function issueCode(issue: { code?: string; params?: Record<string, unknown> | undefined }): IssueCode {
  if (isAmityIssueCode(issue.code)) return issue.code;
  if (issue.code === 'custom') return isAmityIssueCode(issue.params?.code) ? issue.params.code : 'custom';
  return issue.code !== undefined && Object.hasOwn(ZOD_CODES, issue.code) ? (issue.code as ZodIssueCode) : 'custom';
}
