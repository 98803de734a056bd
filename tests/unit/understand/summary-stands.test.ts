/**
 * A stand put with 是…的 or a firm adverb, the answer to a doubt others raised, and the vow that closes an official's
 * speech (./lib/understand/summary/stands.ts). Statements written for these tests; each gist case fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { rebutsView, statesStand, vowsToContribute } from '@/lib/understand/summary/stands';

describe('stands: the cues', () => {
  it.each([
    ['我们是反对拆掉这座老桥的。', true],
    ['我是赞成延长图书馆开放时间的，晚上来的人其实不少。', true],
    ['本人坚决支持把这条街改成步行街。', true],
    ['我们一直完全拥护这项改革。', true],
    // a rally's chant, a pledge of what the government will do, someone else's stand: no stand of the speaker's
    ['我支持环卫工人，支持垃圾分类！', false],
    ['我们将支持小微企业渡过难关。', false],
    ['他是反对这个方案的。', false],
    ['有人反对在小区里养鸽子。', false],
  ] as const)('statesStand(%s) is %s', (text, expected) => {
    expect(statesStand(text)).toBe(expected);
  });

  it.each([
    ['但事实是，这家小店十年来从没涨过价。', '不少人以为老字号只会卖情怀？', true],
    ['实际上，夜市的摊主大多是附近的居民。', '外界担心夜市会扰民。', true],
    ['所谓的“看病难”，其实是看专家难。', '', true],
    // the facts with no doubt of others before them, and a doubt of the speaker's own
    ['实际上，夜市的摊主大多是附近的居民。', '夜市开了三年。', false],
    ['其实我一开始也不太懂。', '我担心孩子跟不上。', false],
  ] as const)('rebutsView(%s) after %s is %s', (text, before, expected) => {
    expect(rebutsView(text, before)).toBe(expected);
  });

  it.each([
    ['我们将再接再厉，为家乡的乡村振兴贡献力量。', true],
    ['我会继续履职尽责，为城市更新献计出力。', true],
    ['本人愿为两岸青年交流添砖加瓦！', true],
    // urged on others, and a contribution told, not vowed
    ['青年人要勇于担当，为社会作出更大贡献。', false],
    ['我们的志愿者为社区服务贡献了三千多个小时。', false],
    // (会 in a word, 两会: a wish put to the meeting, no vow)
    ['我希望市“两会”多听听年轻人的声音，让我们为家乡做贡献。', false],
  ] as const)('vowsToContribute(%s) is %s', (text, expected) => {
    expect(vowsToContribute(text)).toBe(expected);
  });
});

describe('stands: the gist', () => {
  it.each([
    [
      'a stand put with 是…的 is the point, not the preamble before it',
      ['这个项目对我们这片街坊的影响，我们多少都听说过一些。', '我们是反对在河边建垃圾焚烧厂的。', '可惜没人来问。', '我们会写信给区里。'],
      '我们是反对在河边建垃圾焚烧厂的。',
    ],
    [
      'the answer to a doubt others raised is the point, not the occasion told after it',
      ['前几年古镇刚出名时有人说，这会不会只是一阵风？', '但事实是，古镇的游客一年比一年多，淡季也住满了。', '去年夏天，省里的文旅大会就在古镇召开，古镇的游客给了我们很大鼓舞。'],
      '事实是，古镇的游客一年比一年多，淡季也住满了。',
    ],
    [
      'a vow to contribute closes the speech, the news before it is the point',
      ['今年镇上的民宿，周末基本都订满了。', '来住的多是城里的年轻人，镇里还请了设计师帮忙改造老房子。', '我们将乘势而上，为镇上民宿吸引更多城里年轻人贡献力量。'],
      '今年镇上的民宿，周末基本都订满了。',
    ],
    [
      'a vow after the news, in two sentences',
      ['这两年，镇上的民宿越开越多，周末基本都订满了。', '我们将抓住机遇，为镇上民宿的发展贡献力量。'],
      '这两年，镇上的民宿越开越多，周末基本都订满了。',
    ],
    [
      'a common phrase put right is the point, not the personal habit after it',
      ['所谓的“带娃难”，其实是找不到放心的托育机构。', '现在小区里也开了托育点。', '我每天早上把孩子送过去再去上班，下班顺路接回来。'],
      '所谓的“带娃难”，其实是找不到放心的托育机构。',
    ],
  ] as const)('%s', (_, paragraphs, gist) => {
    expect(summarizeStatement([...paragraphs]).gist).toBe(gist);
  });
});
