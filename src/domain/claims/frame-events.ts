import { looseFigures } from './frame-counts.ts';
import { membersListed } from './frame-members.ts';
import { claim, dateOf, distinct, placesOf, type Rule, type Sentence } from './sentence.ts';
import { CONTINUES, tiePair } from './story.ts';
import type { ExtractedClaim } from './types.ts';
import { areasIn, tieTypeWords } from './vocabulary.ts';

/** Verbs of a visit, a meeting, a ceremony, a gift, a founding, a route: what happened between the places. */
const HAPPENED = {
  zh: /访问|到访|来访|访华|访深|来深|回访|出访|访日|访美|访欧|走进|录制|进行了?(?:[^，。]{0,6})(?:交流|交往|合作)|会见|会晤|会谈|举行|举办|出席|参加|通过(?:[^，。“”]{0,12}|[^，。“”]{0,6}“[^”]{0,60}”)(?:动议|决议|议案)|发表声明|宣布|赠送|致函|启动|成立|率团|率领|派出|演出|开通|复航|揭幕|开幕|送上?[^，。]{0,6}祝福|欢迎|考察|座谈|接见|会面|抵达|到达|致辞|庆祝|纪念活动|种下|种植|植树|捐赠|捐助|互捐|落户|设立|颁发|授予|见证|互赠|召开|正式开启|开展[^，。]{0,40}活动|创立|创办/,
  en: /\b(?:visit(?:ed|s|ing)?|reciprocated|paid a visit|trip|travel(?:l)?ed|met|meets|welcomed|hosted|co-hosted|held|attended|led|sent|unveiled|opened|launched|resumed|founded|registered|invited|celebrated|passed|organi[sz]ed|participated|gave|presented|donated|performed|mission|show|festival|exhibition|reception|ceremony|toured|arrived|received|conference|forum|remarks|speech|meeting|signing|planted|awarded|witnessed|set up|took place|(?:is|are|was|were) leading|came to|selected)\b/i,
};

/** Verbs of a meeting or a visit. */
const MET = { zh: /会见|会谈|会晤|接见|拜会|拜访|访问|到访|来访/, en: /\b(?:met|meets|visited|visits|received|welcomed|hosted)\b/i };

/** The clause of a Chinese sentence around a word: from the comma before to the comma after. */
function clauseAround(s: Sentence, at: number, length: number): [number, number] {
  if (s.lang === 'en') return [0, s.text.length];
  const before = s.text.lastIndexOf('，', at);
  const comma = s.text.lastIndexOf(',', at);
  const start = Math.max(before, comma) + 1;
  const after = s.text.slice(at + length).search(/[，,。；;]/);
  return [start, after < 0 ? s.text.length : at + length + after];
}

/** Where what someone said begins: its dates are of what they spoke of ('…, noting that … the Hanshin Earthquake in 1995'). */
const REPORTED = {
  zh: /(?:表示|指出|说|称|强调|回顾)[，,:：]/,
  en: /,\s*(?:noting|saying|adding|stressing|recalling|pointing out|remarking)\b|\b(?:said|says|noted|added|recalled) that\b/i,
};

/** The date of what the sentence tells, not of what its people are reported to have said. */
function toldDate(s: Sentence): string | null {
  const said = REPORTED[s.lang].exec(s.text)?.index ?? s.text.length;
  const own = s.dates.filter((d) => d.start < said);
  return own[0]?.date ?? (s.dates.length > own.length && own.length === 0 && said < s.text.length ? null : dateOf(s));
}

/**
 * Something that happened between the places or people a sentence names: a visit, a meeting, a
 * ceremony, a gift, a founding, a flight route. One claim a sentence, over the clause that says it.
 */
const happenings: Rule = (s) => {
  const m = HAPPENED[s.lang].exec(s.text);
  if (!m) return [];
  const people = distinct(s.mentions, 'person');
  const organisations = distinct(s.mentions, 'organisation');
  // '两市共同举办了文艺演出': the places of the story's tie.
  const places = placesOf(s, 1).length ? placesOf(s, 1) : CONTINUES[s.lang].test(s.text) ? (tiePair(s) ?? []) : [];
  // '市长覃伟中会见马拉维总统查克维拉一行': people named with their titles meeting need no record to be a meeting.
  const met = MET[s.lang].test(s.text) && s.people().length > 0;
  if (places.length + people.length + organisations.length === 0 && !met) return [];
  // A Chinese sentence whose verb is 举行 names its event as its subject: the whole sentence tells it.
  const held = s.lang === 'zh' && /举行|举办|召开/.test(s.text);
  const [start, end] = held ? [0, s.text.length] : clauseAround(s, m.index, m[0].length);
  const named = [...new Set(s.people().map((p) => p.name))];
  return [
    claim(s, start, end, {
      kind: 'event',
      what: 'named_event',
      name: s.text.slice(start, end),
      placeIds: places.flatMap((p) => (p.id ? [p.id] : [])),
      personIds: people,
      ...(named.length ? { personNames: named } : {}),
      date: toldDate(s),
    }),
  ];
};

const COOPERATION = { zh: /合作|交流/, en: /\bcooperat|\bexchange|\bcollaborat/i };

/** Areas of cooperation with one place named, the other being the story's: 强化与巴塞罗那在经贸、科技等领域的务实合作. */
const areasOfCooperation: Rule = (s) => {
  if (tieTypeWords(s.text, s.lang) || !COOPERATION[s.lang].test(s.text)) return [];
  const areas = areasIn(s.text, s.lang);
  if (areas.length < 2) return [];
  // Two places named with no tie words are read here too: 强化与巴塞罗那在经贸、科技等领域的务实合作, in a sentence naming 深圳.
  // A list of three areas or more goes on with the story's tie even when the sentence names no place.
  const pair = tiePair(s) ?? contextPair(s) ?? (areas.length >= 3 && s.previous ? tiePair({ ...s, text: `双方 ${s.text}` }) : null);
  if (!pair) return [];
  const out: ExtractedClaim[] = [
    claim(s, 0, s.text.length, {
      kind: 'relationship',
      placeIds: [pair[0].id, pair[1].id],
      placeNames: [pair[0].name, pair[1].name],
      type: null,
      typeWords: null,
      date: null,
      areas,
    }),
  ];
  return out;
};

/** The sentence's one place with the last other place of the story. */
function contextPair(s: Sentence) {
  const own = placesOf(s, 2);
  if (own.length !== 1 || !s.previous) return null;
  const other = placesOf(s.previous, 2).find((p) => p.name !== own[0]!.name && (p.id === null || p.id !== own[0]!.id));
  return other ? ([own[0]!, other] as const) : null;
}

export const eventFrames: Rule[] = [happenings, areasOfCooperation, looseFigures, membersListed];
