/**
 * General forms of naming a speaker in Chinese news that the reader read too narrowly (text written here):
 * - quote first, then the speaker's full name and a verb of saying ("“……”某地女孩某某告诉记者"), whatever describes
 *   them before the name; words running through the name ("向政府", "管理者") and a bare 道 that ends a road's
 *   name ("金龙大道") are no speaker;
 * - "告诉" an outlet ("告诉澎湃新闻") and "一边…一边说" as verbs of saying;
 * - TV scripts' sound bites with the label in brackets and the words on the same line ("【同期声】(某地市民 某某)…");
 *   a reporter's sound bite and a place with no name are no voice;
 * - microblog handles alone on their line above each post ("@某某"), when the layout repeats;
 * - a netizen's or reader's handle in quotation marks before a verb of saying ("网友“某某”就认为", "网名叫“某某”的读者留言称");
 * - after a quotation, "某某这样说 / 如是说 / 回答".
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand';
import { parseBlocks } from '@/lib/understand/parse';
import { findSentenceVoice, readProseVoices } from '@/lib/understand/prose-voices';

function proseNames(text: string): string[] {
  return readProseVoices(text.split('\n'), { text, known: new Set() }).voices.map((v) => v.name);
}

function labelNames(text: string): string[] {
  const res = parseBlocks(blocksFromText(text), { fromDocument: false });
  return res.lines.filter((it) => it.kind === 'label' && !it.host && it.speaker?.name).map((it) => it.speaker!.name!);
}

describe('quote first, then a full name and a verb of saying', () => {
  it.each([
    ['“这次展会让我大开眼界。”杭州女孩陈思琪告诉记者。', '陈思琪'],
    ['“价格比去年低了不少。”超市公关刘建文说，今年蔬菜供应充足。', '刘建文'],
    ['“我们会继续跟进。”东北男生赵鹏告诉南方新闻，学校已经回复。', '赵鹏'],
    ['在村口的菜地里，农技员孙丽萍一边拔草一边说：“今年雨水多，菜长得好。”', '孙丽萍'],
  ])('%s → %s', (text, name) => {
    expect(findSentenceVoice(text)?.name).toBe(name);
    expect(proseNames(text)).toContain(name);
  });
  it.each([
    // words across the would-be name: an object, a noun
    ['“减税政策”出台后，企业向政府说明了情况。'],
    ['“智慧社区”项目的管理者说，系统已经上线。'],
    // a road's name ends before 道, no verb of saying
    ['“快看！”人群涌向金龙大道，欢呼声不断。'],
    // the reporter is no voice
    ['“有点意思。”记者王晓东说。'],
    // no name, only who they are
    ['“太好了！”一位年轻的女孩说。'],
    // doing two things at once, no one named
    ['大家一边吃饭一边说：“今年收成不错。”'],
  ])('no voice: %s', (text) => {
    expect(findSentenceVoice(text)).toBeNull();
    expect(proseNames(text)).toEqual([]);
  });
});

describe('TV script sound bites in brackets, the words on the same line', () => {
  const script = [
    '【解说】新年将至，记者在街头随机采访了几位市民，听听他们的新年愿望。',
    '【同期声】(广州市民 周晓东)新的一年我希望家人平平安安，工作顺利，孩子考上理想的学校。',
    '【解说】老人们的愿望更朴素一些。',
    '【同期】（“暖心奶奶” 林秀英）我希望孩子们都健健康康的，新的一年有个幸福的家。',
    '【同期】(四川成都 面馆店员)希望自己身体好一点，家里多挣点钱。',
    '【同期】(中新社记者 王晓东)我们现在来到了广场，这里已经挤满了人。',
  ].join('\n');
  it('each named sound bite is a voice; a reporter and a label with no name are not', () => {
    expect(labelNames(script)).toEqual(['周晓东', '林秀英']);
  });
});

describe('microblog handles alone on their line above each post', () => {
  const post = '这个景区周末人太多了，排队两个小时才进去，建议大家错峰出行，不要扎堆在节假日去。';
  it('two handles over posts: each handle, as printed, is a voice', () => {
    expect(labelNames(`网友热议：\n@爱吃橘子的小胖\n${post}\n@山那边的老张头\n${post}`)).toEqual(['爱吃橘子的小胖', '山那边的老张头']);
  });
  it('one handle alone is a mention, not a layout', () => {
    expect(labelNames(`@爱吃橘子的小胖\n${post}\n${post}`)).toEqual([]);
  });
});

describe('a handle in quotation marks, then a verb of saying', () => {
  it.each([
    ['对于这件事，网友“青山不老”就认为，商家的做法值得点赞。', '青山不老', '网友'],
    ['本地论坛网友“小城故事”留言说，路灯坏了半个月没人修。', '小城故事', '本地论坛网友'],
    ['網民「Peter Wong」質疑，政府應該先諮詢市民。', 'Peter Wong', '網民'],
    ['网名叫“云朵”的读者给我们留言称，“新年快乐，愿家人平安。”', '云朵', '读者'],
  ])('%s → %s', (text, name, role) => {
    expect(findSentenceVoice(text)).toEqual({ name, role });
  });
  it.each([
    // a quoted word about netizens, no handle speaking
    ['网友“炸锅”了，纷纷转发这条视频。'],
    // netizens at large
    ['网友纷纷表示，这种做法不可取。'],
    // a handle that did something, no words
    ['网友“青山不老”上传了一段视频。'],
  ])('no voice: %s', (text) => expect(findSentenceVoice(text)).toBeNull());
});

describe('quote-first verbs', () => {
  it.each([
    ['“城市更新要先听居民的。”清华大学建筑学院教授林志远这样说。', '林志远'],
    ['“简政放权，更加突出市场作用。”经济研究院院长孙振华委员回答。', '孙振华'],
  ])('%s → %s', (text, name) => expect(findSentenceVoice(text)?.name).toBe(name));
  it.each([
    ['“大家辛苦了。”他这样说。'],
    ['“这样不行。”记者这样说。'],
  ])('no named voice: %s', (text) => expect(findSentenceVoice(text)).toBeNull());
});
