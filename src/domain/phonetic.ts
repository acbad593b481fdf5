/**
 * A key that stays the same across the usual romanisation variants of one name:
 * y and j and i (Yekaterinburg, Jekaterinburg; Sergey, Sergei), w and v, tch and ch,
 * kh and h, ts and c, doubled letters, and an i-glide at the start of a word.
 * It works on folded Latin keys; anything else gives null.
 */
const RULES: [RegExp, string][] = [
  [/tsch|tch/g, 'ch'],
  [/sch/g, 'sh'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/[jy]/g, 'i'],
  [/ts|tz|cz/g, 'c'],
  [/ou/g, 'u'],
  [/(.)\1+/g, '$1'],
];

export function phoneticKey(key: string): string | null {
  if (!/^[a-z0-9 ]+$/.test(key)) return null;
  let out = key;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  // Yekaterinburg and Jekaterinburg begin with the same glide that Ekaterinburg leaves out.
  out = out.replace(/(^| )i(?=[aeou])/g, '$1');
  return out;
}
