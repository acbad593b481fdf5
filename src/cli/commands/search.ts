import type { Command } from 'commander';
import { MATCH_TIER_WORDS } from '../../domain/labels.ts';
import type { NameMatch } from '../../domain/name-rank.ts';
import type { SearchHit } from '../../services/search.service.ts';
import { jsonOption, namesLangOption, parseOptions, wordsLang } from '../options.ts';
import { withRegistry } from '../run.ts';

const FORM_LABELS: Record<'en' | 'zh', Record<NameMatch['form'], string>> = {
  en: {
    fold: 'as written',
    variant: 'written another way',
    pinyin: 'pinyin',
    'pinyin-tones': 'pinyin with tones',
    palladius: 'Chinese through Russian (Palladius)',
    'bgn-pcgn': 'BGN/PCGN',
    'everyday-yo': 'ё as yo',
    iso9: 'ISO 9',
    'gost-b': 'GOST 7.79 B',
    passport: 'passport spelling',
    word: 'a word',
    phonetic: 'sound-alike',
    'word-phonetic': 'a word, sound-alike',
    prefix: 'beginning',
  },
  zh: {
    fold: '原文',
    variant: '另一种写法',
    pinyin: '拼音',
    'pinyin-tones': '带声调拼音',
    palladius: '巴拉第转写',
    'bgn-pcgn': 'BGN/PCGN',
    'everyday-yo': 'ё 写作 yo',
    iso9: 'ISO 9',
    'gost-b': 'GOST 7.79 B',
    passport: '护照拼法',
    word: '其中一词',
    phonetic: '读音',
    'word-phonetic': '其中一词的读音',
    prefix: '开头',
  },
};

export function describeMatch(m: NameMatch, lang: 'en' | 'zh'): string {
  const edits = m.distance ? (lang === 'zh' ? `，相差${m.distance}个字母` : `, ${m.distance} edit${m.distance > 1 ? 's' : ''}`) : '';
  const which = `'${m.name}'${m.lang ? ` (${m.lang})` : ''}`;
  const colon = lang === 'zh' ? '：' : ': ';
  return `${MATCH_TIER_WORDS[m.tier][lang]}${colon}${which}, ${FORM_LABELS[lang][m.form]} '${m.key}'${edits}`;
}

function formatHit(hit: SearchHit, i: number, lang: 'en' | 'zh'): string {
  const where = [hit.kind, hit.placeKind, hit.country].filter(Boolean).join(', ');
  return `${String(i + 1).padStart(2)}. ${hit.name}  [${where}]  ${hit.id}\n      ${describeMatch(hit.match, lang)}`;
}

export function registerSearch(program: Command): void {
  const searching = program
    .command('search <query>')
    .description('find places, organisations, people and mechanisms by any name, in any script or spelling')
    .option('--types <kinds>', 'comma-separated: place,organisation,person,mechanism (AMITY_SEARCH_TYPES)', process.env.AMITY_SEARCH_TYPES)
    .option('--limit <n>', 'how many hits', '10');
  jsonOption(namesLangOption(searching), 'print the hits as JSON').action(
    async (query: string, options: { types?: string; limit: string; lang: string; json: boolean }, command: Command) => {
      const { search, SearchRequestSchema } = await import('../../services/search.service.ts');
      const { q, ...request } = await parseOptions(
        SearchRequestSchema,
        { q: query, types: options.types, limit: options.limit, lang: options.lang },
        { q: '<query>' },
      );
      const result = await withRegistry(command.optsWithGlobals(), (ctx) => search(ctx, q, request));
      const lang = wordsLang(request.lang);
      if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (result.hits.length === 0) process.stdout.write(lang === 'zh' ? `没有找到“${query}”\n` : `nothing matches '${query}'\n`);
      else process.stdout.write(`${result.hits.map((h, i) => formatHit(h, i, lang)).join('\n')}\n`);
    },
  );

  program
    .command('reindex')
    .description('rebuild the name and reference indexes from the records')
    .action(async (_options, command: Command) => {
      const { rebuildIndexes } = await import('../../services/name-index.service.ts');
      const counts = await withRegistry(command.optsWithGlobals(), (ctx) => rebuildIndexes(ctx));
      process.stdout.write(
        `Reindexed ${Object.entries(counts)
          .map(([kind, n]) => `${kind} ${n}`)
          .join(', ')}\n`,
      );
    });
}
