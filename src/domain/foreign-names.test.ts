import { describe, expect, it } from 'vitest';
import { isForeignRendering, rendersName } from './foreign-names.ts';

describe('a foreign name rendered in Chinese', () => {
  it.each([
    ['艾米丽·卡特', 'Emily Carter'],
    ['乔纳森·格林', 'Jonathan Green'],
    ['安娜·施密特', 'Anna Schmidt'],
    ['迈克尔·乔丹', 'Michael Jordan'],
    ['托马斯•米勒', 'Thomas Müller'],
    ['丹尼尔·布朗', 'Daniel J. Brown'],
  ])('%s renders %s', (rendering, latin) => {
    expect(rendersName(rendering, latin)).toBe(true);
  });

  it.each([
    ['艾米丽·卡特', 'Anna Schmidt'],
    ['乔纳森·格林', 'Jonathan Brown'],
    ['安娜·施密特', 'Anna'],
    ['卡特', 'Carter'],
    ['王伟', 'Wang Wei'],
  ])('%s does not render %s', (rendering, latin) => {
    expect(rendersName(rendering, latin)).toBe(false);
  });

  it('knows a rendering by the dot between its words', () => {
    expect([isForeignRendering('艾米丽·卡特'), isForeignRendering('王伟'), isForeignRendering('Emily Carter')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
