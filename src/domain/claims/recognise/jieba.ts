import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

/** A word of a Chinese sentence with its part of speech (ns place, nr/nrt person, nt organisation) and position. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

// The dictionary takes about half a second to load: once per thread, when a Chinese text is first read.
const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

/** The words of a Chinese text, tagged, with their positions. */
export function tagWords(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of segmenter().tag(text)) {
    const start = text.indexOf(word, at);
    if (start < 0) continue;
    at = start + word.length;
    out.push({ word, tag, start, end: at });
  }
  return out;
}
