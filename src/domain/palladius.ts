/**
 * Pinyin syllables in Cyrillic by the Palladius system, the way Russian writes
 * Chinese names: shen zhen → шэнь чжэнь, ha er bin → ха эр бинь. Written from the
 * system's initial and final tables; a syllable that is not pinyin gives null.
 */
const INITIALS: [string, string][] = [
  ['zh', 'чж'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['b', 'б'],
  ['p', 'п'],
  ['m', 'м'],
  ['f', 'ф'],
  ['d', 'д'],
  ['t', 'т'],
  ['n', 'н'],
  ['l', 'л'],
  ['g', 'г'],
  ['k', 'к'],
  ['h', 'х'],
  ['j', 'цз'],
  ['q', 'ц'],
  ['x', 'с'],
  ['r', 'ж'],
  ['z', 'цз'],
  ['c', 'ц'],
  ['s', 'с'],
];

const FINALS: Record<string, string> = {
  a: 'а',
  o: 'о',
  e: 'э',
  ai: 'ай',
  ei: 'эй',
  ao: 'ао',
  ou: 'оу',
  an: 'ань',
  en: 'энь',
  ang: 'ан',
  eng: 'эн',
  ong: 'ун',
  er: 'эр',
  i: 'и',
  ia: 'я',
  ie: 'е',
  iao: 'яо',
  iu: 'ю',
  ian: 'янь',
  in: 'инь',
  iang: 'ян',
  ing: 'ин',
  iong: 'юн',
  u: 'у',
  ua: 'уа',
  uo: 'о',
  uai: 'уай',
  ui: 'уй',
  uan: 'уань',
  un: 'унь',
  uang: 'уан',
  ü: 'юй',
  üe: 'юэ',
  üan: 'юань',
  ün: 'юнь',
};

/** Syllables without an initial consonant, spelled with y and w in pinyin. */
const ZERO_INITIAL: Record<string, string> = {
  yi: 'и',
  ya: 'я',
  yo: 'ё',
  ye: 'е',
  yao: 'яо',
  you: 'ю',
  yan: 'янь',
  yin: 'инь',
  yang: 'ян',
  ying: 'ин',
  yong: 'юн',
  yu: 'юй',
  yue: 'юэ',
  yuan: 'юань',
  yun: 'юнь',
  wu: 'у',
  wa: 'ва',
  wo: 'во',
  wai: 'вай',
  wei: 'вэй',
  wan: 'вань',
  wen: 'вэнь',
  wang: 'ван',
  weng: 'вэн',
};

export function palladiusSyllable(syllable: string): string | null {
  const s = syllable.toLowerCase().replace(/v/g, 'ü');
  if (ZERO_INITIAL[s]) return ZERO_INITIAL[s];
  if (FINALS[s] && !['i', 'u', 'ü', 'ong'].includes(s)) return FINALS[s];
  const initial = INITIALS.find(([latin]) => s.startsWith(latin));
  if (!initial) return null;
  const [latin, cyrillic] = initial;
  let final = s.slice(latin.length);
  // After j, q and x a written u is ü: ju, que, xuan, jun.
  if (/^[jqx]$/.test(latin)) final = final.replace(/^u/, 'ü');
  if (final === 'i' && /^[zcs]$/.test(latin)) return `${cyrillic}ы`;
  if (final === 'ui' && latin === 'h') return 'хуэй';
  const tail = FINALS[final];
  return tail === undefined ? null : cyrillic + tail;
}

/** A word of pinyin syllables as one Cyrillic word, capitalised: [shen, zhen] → Шэньчжэнь. */
export function palladiusWord(syllables: readonly string[]): string | null {
  const parts = syllables.map(palladiusSyllable);
  if (parts.some((p) => p === null)) return null;
  const word = parts.join('');
  return word ? word[0]!.toUpperCase() + word.slice(1) : null;
}
