import { describe, expect, it } from 'vitest';
import type { ExtractedClaim, Normalised, RelationshipClaim } from '../../domain/claims/types.ts';
import { oneClaimPerRecordedEvent, onePerFact } from './one-per-fact.ts';

const at = (start: number, paragraph: number, normalised: Normalised): ExtractedClaim => ({
  text: 'x',
  start,
  end: start + 10,
  paragraph,
  lang: 'en',
  normalised,
});
const tie = (date: string | null, places: [string | null, string | null] = ['a', 'b']): RelationshipClaim => ({
  kind: 'relationship',
  placeIds: places,
  placeNames: ['A', places[1] ? 'B' : ''],
  type: 'sister_city',
  typeWords: 'sister city',
  date,
  areas: [],
});
const plain = [{ text: 'one' }, { text: 'two' }, { text: 'three' }];

describe('one claim per fact', () => {
  it('keeps a headline without a date and the body with it as one tie, read as the fuller one', () => {
    const [one, ...rest] = onePerFact([at(0, 0, tie(null)), at(40, 1, tie('1986-03'))], plain);
    expect(rest).toHaveLength(0);
    expect(one!.spans).toHaveLength(2);
    expect(one!.normalised).toMatchObject({ date: '1986-03' });
  });

  it('reads a count the body repeats with more counts as one figure, and counts that differ as two', () => {
    const figure = (counts: Record<string, number>): Normalised => ({ kind: 'figure', ...counts, asOf: null });
    const [one, ...rest] = onePerFact([at(0, 0, figure({ countries: 47 })), at(40, 1, figure({ countries: 47, places: 86 }))], plain);
    expect(rest).toHaveLength(0);
    expect(one!.normalised).toMatchObject({ countries: 47, places: 86 });
    expect(onePerFact([at(0, 0, figure({ countries: 47 })), at(40, 1, figure({ countries: 26, places: 29 }))], plain)).toHaveLength(2);
  });

  it('reads an anniversary of the same years that names no places as the one a sentence before gave its tie', () => {
    const years = (places: [string | null, string | null], n: number): Normalised => ({
      kind: 'anniversary',
      placeIds: places,
      placeNames: [places[0]?.toUpperCase() ?? '', places[1]?.toUpperCase() ?? ''],
      years: n,
      inYear: 2018,
      impliesEstablished: String(2018 - n),
    });
    expect(onePerFact([at(0, 0, years(['a', 'b'], 30)), at(40, 1, years([null, null], 30))], plain)).toHaveLength(1);
    expect(onePerFact([at(0, 0, years(['a', 'b'], 30)), at(40, 1, years([null, null], 40))], plain)).toHaveLength(2);
  });

  it('reads sentences the check finds one recorded event for as one claim, and a site of its programme as its own', () => {
    const event = (start: number, what: 'named_event' | 'site_visit', verdict: string, id: string | null) => ({
      normalised: { kind: 'event', what, name: 'x', date: null } as Normalised,
      verdict,
      evidence: id ? [{ entity: 'event', id }] : [],
      spans: [{ start, end: start + 10 }],
    });
    const told = oneClaimPerRecordedEvent([
      event(0, 'named_event', 'supported', 'ev1'),
      event(20, 'named_event', 'supported', 'ev1'),
      event(40, 'site_visit', 'supported', 'ev1'),
      event(60, 'named_event', 'supported', 'ev2'),
      event(80, 'named_event', 'unknown', null),
      event(100, 'named_event', 'unknown', null),
    ]);
    expect(told.map((c) => c.spans.map((s) => s.start))).toEqual([[0, 20], [40], [60], [80], [100]]);
  });

  it('keeps two dates that disagree as two claims, so each is checked', () => {
    expect(onePerFact([at(0, 0, tie('1985')), at(40, 1, tie('1986'))], plain)).toHaveLength(2);
  });

  it('reads a tie whose second place the sentence left out as the tie that names both', () => {
    expect(onePerFact([at(0, 1, tie('1979')), at(40, 2, tie(null, ['a', null]))], plain)).toHaveLength(1);
  });

  it('keeps two people the registry lacks apart though their titles are the same', () => {
    const person = (written: string): Normalised => ({
      kind: 'person',
      personId: '',
      title: 'Mayor',
      titleLang: 'en',
      viaAlias: true,
      written,
    });
    expect(onePerFact([at(0, 0, person('Ann Lee')), at(40, 1, person('Bo Wu'))], plain)).toHaveLength(2);
  });

  it('reads an event of a paragraph and its translation as one, and two events of the body on unknown days as two', () => {
    const event = (placeIds: string[]): Normalised => ({
      kind: 'event',
      what: 'named_event',
      name: placeIds.join(),
      placeIds,
      personIds: [],
      date: null,
    });
    const pairs = [{ text: 'headline' }, { text: 'zh', pairedWith: 2 }, { text: 'en', pairedWith: 1 }, { text: 'more' }];
    expect(onePerFact([at(20, 1, event(['a'])), at(40, 2, event(['a', 'b']))], pairs)).toHaveLength(1);
    expect(onePerFact([at(20, 1, event(['a'])), at(60, 3, event(['a', 'b']))], pairs)).toHaveLength(2);
  });

  it('reads a person named in a paragraph and in its translation as one, the registry’s reading kept', () => {
    const person = (written: string, title: string, titleLang: 'zh' | 'en', personId = ''): Normalised => ({
      kind: 'person',
      personId,
      title,
      titleLang,
      viaAlias: !personId,
      written,
    });
    const pairs = [{ text: 'headline' }, { text: 'en', pairedWith: 2 }, { text: 'zh', pairedWith: 1 }, { text: 'more' }];
    const carter = onePerFact(
      [at(20, 1, person('Emily Carter', 'Mayor', 'en', 'carter')), at(40, 2, person('艾米丽·卡特', '市长', 'zh'))],
      pairs,
    );
    expect(carter).toHaveLength(1);
    expect(carter[0]!.spans).toHaveLength(2);
    expect(carter[0]!.normalised).toMatchObject({ personId: 'carter' });
    expect(onePerFact([at(20, 1, person('Wang Wei', 'Mayor', 'en', 'wang')), at(40, 2, person('王伟', '市长', 'zh'))], pairs)).toHaveLength(
      1,
    );
    // Another person in the translation stays apart; the same person in the same office anywhere in the text is one.
    expect(
      onePerFact([at(20, 1, person('Emily Carter', 'Mayor', 'en', 'carter')), at(40, 2, person('安娜·施密特', '市长', 'zh'))], pairs),
    ).toHaveLength(2);
    expect(
      onePerFact([at(20, 1, person('Emily Carter', 'Mayor', 'en', 'carter')), at(60, 3, person('艾米丽·卡特', '市长', 'zh'))], pairs),
    ).toHaveLength(1);
    // …but not in another office.
    expect(
      onePerFact([at(20, 1, person('Emily Carter', 'Mayor', 'en', 'carter')), at(60, 3, person('艾米丽·卡特', '大使', 'zh'))], pairs),
    ).toHaveLength(2);
  });

  it('reads the English "friendship city" of 友好城市 in its translation as the same tie, checked by the Chinese rank', () => {
    const pairs = [{ text: 'headline' }, { text: 'zh', pairedWith: 2 }, { text: 'en', pairedWith: 1 }, { text: 'more' }];
    const loose: RelationshipClaim = { ...tie('1986-04'), type: 'ambiguous', typeWords: 'friendship city' };
    const exchange: RelationshipClaim = { ...tie('1986-04'), type: 'friendly_exchange_city', typeWords: '友好交流城市' };
    const zh = (claim: ExtractedClaim): ExtractedClaim => ({ ...claim, lang: 'zh' });
    const [one, ...rest] = onePerFact([at(20, 2, loose), zh(at(0, 1, tie('1986-04')))], pairs);
    expect(rest).toHaveLength(0);
    expect(one!.normalised).toMatchObject({ type: 'sister_city' });
    // Beside 友好交流城市 the loose words of the translation are a finding of their own …
    expect(onePerFact([zh(at(0, 1, exchange)), at(20, 2, loose)], pairs)).toHaveLength(2);
    // … but a headline's umbrella word (国际友城) in the same language is the tie the body ranks.
    expect(onePerFact([zh(at(0, 0, { ...loose, typeWords: '国际友城' })), zh(at(20, 1, exchange))], pairs)).toHaveLength(1);
  });

  it('reads a sentence about "the delegation" as the visit just told, its places added, and another visit as its own', () => {
    const visit = (text: string, start: number, paragraph: number, placeIds: string[], date: string | null): ExtractedClaim => ({
      ...at(start, paragraph, { kind: 'event', what: 'named_event', name: text, placeIds, personIds: [], date }),
      text,
      lang: 'zh',
    });
    const [one, ...rest] = onePerFact(
      [
        visit('休斯敦市市长将于2日率领代表团访华', 0, 0, ['houston'], '2017-12-01'),
        visit('他在访华前夕接受采访时说', 30, 0, [], '2017-12-01'),
        visit('代表团将访问北京、上海和深圳', 60, 1, ['beijing', 'shenzhen'], '2017-12-01'),
      ],
      plain,
    );
    expect(rest).toHaveLength(0);
    expect(one!.spans).toHaveLength(3);
    expect(one!.normalised).toMatchObject({ placeIds: ['houston', 'beijing', 'shenzhen'], date: '2017-12-01' });
    // 'He' on another day tells another visit; a delegation two paragraphs on is another story.
    expect(
      onePerFact([visit('市长访华', 0, 0, ['houston'], '2017-12-01'), visit('他2015年访问深圳', 30, 0, ['shenzhen'], '2015')], plain),
    ).toHaveLength(2);
    expect(
      onePerFact([visit('市长访华', 0, 0, ['houston'], '2017-12-01'), visit('代表团访问上海', 30, 2, ['shanghai'], '2017-12-01')], plain),
    ).toHaveLength(2);
  });

  it('reads the people and sites of a paragraph and its translation as one, by office and by place in the list', () => {
    const pairs = [{ text: 'headline' }, { text: 'zh', pairedWith: 2 }, { text: 'en', pairedWith: 1 }, { text: 'more' }];
    const envoy = (written: string, title: string, titleLang: 'zh' | 'en'): Normalised => ({
      kind: 'person',
      personId: '',
      title,
      titleLang,
      viaAlias: true,
      written,
    });
    const site = (name: string, siteId?: string): Normalised => ({
      kind: 'event',
      what: 'site_visit',
      name,
      ...(siteId ? { siteId } : {}),
      date: null,
    });
    const grouped = onePerFact(
      [
        at(10, 1, envoy('利肯', '奥地利驻华大使', 'zh')),
        at(30, 1, envoy('毛瑞', '新西兰驻华大使', 'zh')),
        at(50, 1, site('巴士集团')),
        at(70, 1, site('深圳北站', 'north')),
        at(110, 2, envoy('Andreas Riecken', 'Austrian Ambassador', 'en')),
        at(130, 2, envoy('Grahame Morton', 'New Zealand Ambassador', 'en')),
        at(150, 2, site('Shenzhen Bus Group')),
        at(170, 2, site('Shenzhen North Railway Station', 'north')),
      ],
      pairs,
    );
    expect(grouped.map((g) => g.spans.length)).toEqual([2, 2, 2, 2]);
    // The same office in a paragraph that is not the translation stays apart.
    expect(
      onePerFact([at(10, 1, envoy('利肯', '大使', 'zh')), at(110, 3, envoy('Andreas Riecken', 'Ambassador', 'en'))], pairs),
    ).toHaveLength(2);
  });

  it('reads a meeting told in a paragraph and its translation as one by the people it names, the registry’s or not', () => {
    const pairs = [
      { text: 'zh', pairedWith: 1 },
      { text: 'en', pairedWith: 0 },
    ];
    const meeting = (name: string, personNames: string[]): Normalised => ({
      kind: 'event',
      what: 'named_event',
      name,
      placeIds: [],
      personIds: [],
      personNames,
      date: '2025-12-18',
    });
    const grouped = onePerFact(
      [
        at(0, 0, meeting('与该馆总领事卢雅奇进行会谈', ['曹赛先', '卢雅奇'])),
        at(40, 1, meeting('Director General Cao Saixian met with Consul General Yaacov Lopez', ['Cao Saixian', 'Yaacov Lopez'])),
      ],
      pairs,
    );
    expect(grouped.map((g) => g.spans.length)).toEqual([2]);
    // Another person, another meeting.
    expect(onePerFact([at(0, 0, meeting('会见', ['曹赛先'])), at(40, 1, meeting('met', ['Sun Huaizhong']))], pairs)).toHaveLength(2);
  });

  it('reads the one official of a country in a paragraph and its translation as one, whatever their offices are called', () => {
    const zh = '塞尔维亚驻华大使馆公使衔参赞叶琳娜、法国驻华大使馆公使衔参赞江天';
    const en = 'Minister Counselor of Serbian Embassy Jelena Nikolić, French Embassy Minister Counselor Christian Gianella';
    const paragraphs = [
      { text: zh, pairedWith: 1 },
      { text: en, pairedWith: 0 },
    ];
    const envoy = (text: string, paragraph: number, written: string, title: string): ExtractedClaim => {
      const inParagraph = paragraphs[paragraph]!.text.indexOf(text);
      const start = (paragraph === 0 ? 0 : zh.length + 2) + inParagraph;
      const titleLang = paragraph === 0 ? 'zh' : 'en';
      return {
        text,
        start,
        end: start + text.length,
        paragraph,
        lang: titleLang,
        normalised: { kind: 'person', personId: '', title, titleLang, viaAlias: true, written },
      };
    };
    const grouped = onePerFact(
      [
        envoy('塞尔维亚驻华大使馆公使衔参赞叶琳娜', 0, '叶琳娜', '参赞'),
        envoy('法国驻华大使馆公使衔参赞江天', 0, '江天', '参赞'),
        envoy('Minister Counselor of Serbian Embassy Jelena Nikolić', 1, 'Jelena Nikolić', 'Minister Counselor'),
        // The country stands before the title: read back to the list's last break.
        envoy('Minister Counselor Christian Gianella', 1, 'Christian Gianella', 'Minister Counselor'),
      ],
      paragraphs,
    );
    expect(grouped.map((g) => [g.normalised.kind === 'person' && g.normalised.written, g.spans.length])).toEqual([
      ['叶琳娜', 2],
      ['江天', 2],
    ]);
  });

  it('reads a headline the body retells in nearly the same words as one event, and a place with or without its 市 as one', () => {
    const event = (name: string): Normalised => ({ kind: 'event', what: 'named_event', name, placeIds: [], personIds: [], date: null });
    const told = onePerFact(
      [at(0, 0, event('副市长王立新会见麦卡伦市市长一行')), at(40, 1, event('7月17日，副市长王立新会见了麦卡伦市市长一行'))],
      plain,
    );
    expect(told).toHaveLength(1);
    expect(onePerFact([at(0, 0, event('副市长会见来宾')), at(40, 1, event('市长出席了开幕式并致辞'))], plain)).toHaveLength(2);
    const named = (name: string): Normalised => ({ ...tie('2016'), placeIds: [null, 'b'], placeNames: [name, 'B'] });
    expect(onePerFact([at(0, 0, named('曲靖市')), at(40, 1, named('曲靖'))], plain)).toHaveLength(1);
  });
});
