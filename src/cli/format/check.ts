import { pickName } from '../../domain/common.ts';
import { CLAIM_KIND_WORDS, VERDICT_WORDS } from '../../domain/labels.ts';
import type { CheckResult } from '../../services/claims/check.service.ts';

const MARK = { supported: '✓', contradicted: '✗', unknown: '?', ambiguous: '~' } as const;
/** The order the last line counts the verdicts in. */
const VERDICTS = ['supported', 'contradicted', 'ambiguous', 'unknown'] as const;

/** The words of the printed report in each language; verdicts and kinds are the catalogue's. */
const WORDS = {
  en: {
    head: (r: CheckResult) =>
      `Checked as of ${r.asOf}${r.home ? ` for ${r.home.name}` : ''}${r.source ? `; this text is source ${r.source.id}` : ''}`,
    tail: (total: number, n: CheckResult['counts']) =>
      `${total} claims: ${VERDICTS.map((v) => `${n[v]} ${VERDICT_WORDS[v].en}`).join(', ')}`,
  },
  zh: {
    head: (r: CheckResult) =>
      `核查日期：${r.asOf}${r.home ? `；本市：${pickName(r.home.names, 'zh')}` : ''}${r.source ? `；本文即来源 ${r.source.id}` : ''}`,
    tail: (total: number, n: CheckResult['counts']) =>
      `共${total}条说法：${VERDICTS.map((v) => `${VERDICT_WORDS[v].zh}${n[v]}条`).join('，')}`,
  },
} as const;

/** Display width: a Chinese character takes two columns. */
const pad = (s: string, width: number) =>
  s + ' '.repeat(Math.max(1, width - [...s].reduce((w, ch) => w + (/\p{Script=Han}/u.test(ch) ? 2 : 1), 0)));

export function formatCheck(r: CheckResult, lang: 'zh' | 'en'): string {
  const w = WORDS[lang];
  const lines = [w.head(r)];
  for (const c of r.claims) {
    const quote = c.text.length > 90 ? `${c.text.slice(0, 87)}…` : c.text;
    lines.push(
      `${MARK[c.verdict]} ${pad(VERDICT_WORDS[c.verdict][lang], 12)}${pad(CLAIM_KIND_WORDS[c.kind][lang], 12)}“${quote}”`,
      `    ${c.notes[lang]}`,
    );
  }
  lines.push(w.tail(r.claims.length, r.counts));
  return lines.join('\n');
}
