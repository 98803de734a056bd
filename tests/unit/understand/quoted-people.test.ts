import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { speakerNames, type Outline } from '@/lib/outline';

// Our own sentences, in the shapes the reader meets: a reporter's story, an interview, a notice, hostile text.
const THREE_RESIDENTS = `老街口的早市搬进了新菜场
本报记者 周晓岚
上周一起，城东老街口的早市整体搬进了新建的便民菜场，不少街坊一早就来转了转。
“摊位比以前宽敞多了，下雨天也不用打伞。”住在对面楼里的居民王建国说，他每天早上都来买豆腐。
退休教师李秀芬则有些担心：“新菜场离公交站远了两站路，腿脚不好的老人来一趟不容易。”
在菜场门口卖了十多年葱姜的摊主陈志明告诉记者，搬进来以后租金涨了一点，但客人反倒多了。
街道办事处表示，下个月将在菜场门口增设一个公交停靠点。`;

const ONE_INTERVIEW = `把一条小巷子修成街坊的客厅
——访社区规划师赵明远
记者：当初为什么想到改造这条巷子？
赵明远：这条巷子住着三百多户老居民，路面坑洼，晚上连灯都没有。我们先挨家挨户问大家最想改什么。
记者：改造中遇到的最大难题是什么？
赵明远：是停车。我们最后腾出了一块空地，白天做小广场，晚上给居民停车。
记者：接下来还有什么打算？
赵明远：希望把这套做法写成手册，让别的社区也能少走弯路。`;

const NOBODY = `今年秋粮收购进展顺利
全省已收购秋粮三百二十万吨，较去年同期增加一成。
各地粮库提前做好了仓容准备，并开通了预约售粮服务。`;

const HOSTILE = `小区门口的新路灯
本报记者 孙立
居民张海燕说：“<img src=x onerror=alert(1)>这灯总算亮了。”
物业经理刘建军说：“我们会每周巡查一次线路，<script>alert(2)</script>坏了马上修。”`;

const spoken = (o: Outline) => o.topics.flatMap((t) => t.statements.map((s) => s.paragraphs.join('')));

describe('the people a text quotes, read on request', () => {
  it.each<[string, string, string[], boolean]>([
    ['a reporter’s story quoting three named residents', THREE_RESIDENTS, ['王建国', '李秀芬', '陈志明'], true],
    ['a one-person interview', ONE_INTERVIEW, ['赵明远'], false],
    ['an empty page', '', [], false],
    ['a notice that quotes nobody', NOBODY, [], false],
    ['two people quoted in the reporter’s prose, hostile text in their words', HOSTILE, ['张海燕', '刘建军'], false],
  ])('%s', (_, text, names, detectedByDefault) => {
    const plain = analyzeText(text);
    const asked = analyzeText(text, { onRequest: true });
    // the default reading is as it was: no field of the request, the judge's verdict its own
    expect('onRequest' in plain).toBe(false);
    expect(plain.detected).toBe(detectedByDefault);
    // on request: said plainly, never a detected feature, the people named, and nobody else
    expect(asked.onRequest).toBe(true);
    expect(asked.detected).toBe(false);
    expect(asked.evidence.at(-1)).toMatch(/^read on request/);
    expect(speakerNames(asked)).toEqual(names);
    expect(asked.topics.every((t) => t.statements.every((s) => s.speaker.name))).toBe(true);
    if (!names.length) expect(asked.topics).toEqual([]);
  });

  it('keeps each person’s words and role as the page has them (hostile text stays text)', () => {
    const asked = analyzeText(HOSTILE, { onRequest: true });
    expect(spoken(asked)[0]).toContain('<img src=x onerror=alert(1)>这灯总算亮了。');
    expect(asked.topics[0]!.statements.map((s) => s.speaker.role)).toEqual(['居民', '物业经理']);
    const roles = analyzeText(THREE_RESIDENTS, { onRequest: true }).topics[0]!.statements.map((s) => s.speaker.role);
    expect(roles).toEqual(['住在对面楼里的居民', '退休教师', '在菜场门口卖了十多年葱姜的摊主']);
  });

  it('is the same reading twice (no state left behind between parses)', () => {
    const first = JSON.stringify(analyzeText(HOSTILE, { onRequest: true }));
    const between = JSON.stringify(analyzeText(HOSTILE));
    expect(JSON.stringify(analyzeText(HOSTILE, { onRequest: true }))).toBe(first);
    expect(JSON.stringify(analyzeText(HOSTILE))).toBe(between);
  });
});

describe('the people quoted, as Markdown (the sidebar’s copy)', () => {
  it('says it was read on request, then each person', async () => {
    const { outlineToMarkdown } = await import('@/lib/outline');
    const md = outlineToMarkdown(analyzeText(HOSTILE, { onRequest: true }));
    expect(md).toContain('_Not a roundtable feature: the people this page quotes, read on request._');
    expect(md).not.toContain('No roundtable feature detected.');
    expect(md).toContain('### 张海燕(居民)');
    expect(outlineToMarkdown(analyzeText(HOSTILE))).toContain('No roundtable feature detected.');
  });
});
