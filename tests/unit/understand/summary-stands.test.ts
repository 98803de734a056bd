/**
 * A stand put with 是…的, a common phrase put right (所谓…其实是…), and the vow that closes an official's speech (./lib/understand/summary/stands.ts). Statements written for these tests; each gist case fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { reframesPhrase, statesStand, vowsToContribute } from '@/lib/understand/summary/stands';

describe('stands: the cues', () => {
  it.each([
    ['我们是反对拆掉这座老桥的。', true],
    ['我是赞成延长图书馆开放时间的，晚上来的人其实不少。', true],
    ['我是支持把这条街改成步行街的，周末来的人太多了。', true],
    ['我也是拥护这项改革的！', true],
    // a rally's chant, a pledge of what the government will do, someone else's stand: no stand of the speaker's
    ['我支持环卫工人，支持垃圾分类！', false],
    ['我们将支持小微企业渡过难关。', false],
    ['他是反对这个方案的。', false],
    ['有人反对在小区里养鸽子。', false],
    ['我是支持者的家属。', false],
  ] as const)('statesStand(%s) is %s', (text, expected) => {
    expect(statesStand(text)).toBe(expected);
  });

  it.each([
    ['所谓的“看病难”，其实是看专家难。', true],
    ['所謂「搬家難」，實際上就是找不到合適的房子。', true],
    // the facts alone, and 所谓 with no correction after it
    ['实际上，夜市的摊主大多是附近的居民。', false],
    ['所谓的老字号，店里的招牌菜都传了三代。', false],
  ] as const)('reframesPhrase(%s) is %s', (text, expected) => {
    expect(reframesPhrase(text)).toBe(expected);
  });

  it.each([
    ['我们将再接再厉，为家乡的乡村振兴贡献力量。', true],
    ['我会继续履职尽责，为城市更新献计出力。', true],
    ['我愿为两岸青年交流添砖加瓦！', true],
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
