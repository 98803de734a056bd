/**
 * Layouts of Chinese news writing the reader missed on dev batches 15–26: collected remarks under bare name
 * headings with several paragraphs each (名家谈), a TV script's sound bite with its words after a colon on the
 * marker's line ("【同期】摊主 某某：…", a column's "【群众心声】"), occupations vox pops name people by
 * ("经营户", "主妇", "空姐"), a transcript's key to its surname labels, a guest's name the surname table
 * leaves out under a host's questions.
 * Texts written here, simplified and traditional, each with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { splitSpeakerLabel } from '@/lib/understand/names';
import { matchSoundBite } from '@/lib/understand/transcript-lines';
import { namesForSurname } from '@/lib/understand/surname-labels';

const names = (o: Outline): Array<string | null> => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

/** The people the line formats name, whatever the judge decides (as scripts/reader-recall.ts reads them). */
function labelled(text: string): string[] {
  const res = parseBlocks(blocksFromText(text), { fromDocument: false });
  return res.lines.filter((it) => (it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name).map((it) => it.speaker!.name!);
}

describe('bare name headings, each over several paragraphs of the person\'s own words', () => {
  const remarks = [
    '读书日前夕，几位作家与读者分享了各自的读书心得，以下是他们的发言摘录。',
    '冯立新',
    '我年轻时在工厂做工，下了班就去图书馆，一本书往往要借好几回才读得完。',
    '读书不必贪多，一本好书读透了，比翻过十本都强。',
    '秦玉梅',
    '孩子读什么书，家长先要读一读，不然说不到一起去。',
    '我们家每晚有半个小时，电视关掉，各读各的书。',
    '韩晓东',
    '写作的人首先是读者，我每写一部书之前，总要先读上几十本相关的书。',
  ];
  it('three names, each heading two paragraphs or one, are three voices', () => {
    const o = analyzeText(remarks.join('\n'));
    expect(names(o)).toEqual(['冯立新', '秦玉梅', '韩晓东']);
  });

  it('counter-example: portraits over bios, a later paragraph naming the person, are no voices', () => {
    const bios = [
      '本年度十大杰出人物评选结果揭晓，以下是部分获奖者的事迹。',
      '冯立新',
      '三十年坚守乡镇卫生院，我们常常在深夜接到电话。',
      '冯立新说，乡村医生最缺的是设备。他一直在为此奔走。',
      '秦玉梅',
      '扎根山区讲台二十多年，我们学校走出了一批又一批学生。',
      '秦玉梅的学生如今已有许多人回到家乡任教。',
      '韩晓东',
      '走遍全县的田间地头，我们把新品种送到了农民手中。',
      '韩晓东因此被评为全省农技推广先进个人。',
    ];
    expect(labelled(bios.join('\n'))).not.toContain('秦玉梅');
  });
});

describe('matchSoundBite: the words after a colon on the marker\'s line', () => {
  it.each([
    ['【同期】摊主 刘秀兰：天气热了，夜市的人越来越多，我一晚上能卖两百份。', '摊主 刘秀兰', '天气热了，夜市的人越来越多，我一晚上能卖两百份。'],
    ['【群眾心聲】某出版社圖書編輯周美玲：我每月房租一千元，對我來說是一筆不小的開支。', '某出版社圖書編輯周美玲', '我每月房租一千元，對我來說是一筆不小的開支。'],
    // the label alone on its line, as before
    ['【同期】香港市民 梁先生', '香港市民 梁先生', ''],
  ])('%s', (line, label, speech) => {
    expect(matchSoundBite(line)).toEqual({ label, speech });
  });

  it('a TV script\'s sound bites on one line each are voices', () => {
    const script = [
      '入夏以来，县城夜市人气渐旺，各色小吃摊一字排开。',
      '【同期】摊主 刘秀兰：天气热了，夜市的人越来越多，我一晚上能卖两百份。',
      '不少摊主还开起了直播。',
      '【同期】摊主 郑雨桐：我一边摆摊一边直播，能多招来不少客人。',
    ];
    expect(labelled(script.join('\n'))).toEqual(['刘秀兰', '郑雨桐']);
  });

  it('counter-example: the narration tag and a bracket of any other word are no sound bite', () => {
    expect(matchSoundBite('【解说】夜市的人流量越来越多：摊主们忙个不停。')).toBeNull();
    expect(matchSoundBite('【新闻链接】国家统计局：上月消费同比增长。')).toBeNull();
  });
});

describe('splitSpeakerLabel: occupations vox pops name people by', () => {
  it.each([
    ['商贸城经营户 郑江平', ['郑江平', '商贸城经营户']],
    ['主妇Cindy', ['Cindy', '主妇']],
    ['空姐Janet', ['Janet', '空姐']],
    // a household alone stays a group word
    ['一层住户', [null, '一层住户']],
  ])('%s', (label, [name, role]) => {
    const split = splitSpeakerLabel(label);
    expect([split.name, split.role]).toEqual([name, role]);
  });
});

describe('namesForSurname: a transcript\'s key to its surname labels, and the host\'s address forms', () => {
  it.each([
    // the transcript says which name each label stands for
    ['参加讨论的是某大学的王建国教授和评论员王小明。（以下王建国简称王，杨宏达简称杨。）', '王', '王建国'],
    // "王教授" is how the host addresses 王建国, no second person
    ['今天的嘉宾是某大学的王建国教授。王教授，您好。', '王', '王建国'],
    ['今天的嘉宾是评论员杨宏达先生。杨先生，欢迎您。', '杨', '杨宏达'],
  ])('%s: %s → %s', (intro, surname, name) => {
    expect([...namesForSurname(intro, surname)]).toEqual([name]);
  });

  it('counter-example: two full names with one surname and no key are left alone', () => {
    expect(namesForSurname('参加讨论的是王建国教授和王小明律师。', '王').size).toBe(2);
  });
});

describe('a guest\'s bare name with a character given names seldom hold, asked by the host among guests', () => {
  const transcript = [
    '环境论坛：台风季将至，如何防灾',
    '主持人：今年的台风季来得早，先请两位谈谈原因好吗？',
    '钟立和：今年海水温度偏高，台风生成的条件比往年更好，我们要早做准备。',
    '主持人：那么城市应该怎样应对？',
    '贾新民：城市的排水系统要提前检查，低洼地区的居民要有撤离预案。',
  ];
  it('"钟立和：" among a host\'s questions is a guest', () => {
    expect(labelled(transcript.join('\n'))).toEqual(['钟立和', '贾新民']);
  });

  it('counter-example: with no host asking, the weak label stays nobody', () => {
    const noHost = transcript.filter((l) => !l.startsWith('主持人'));
    expect(labelled(noHost.join('\n'))).not.toContain('钟立和');
  });
});
