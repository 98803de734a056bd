/**
 * Captions that are statements (prose-judge.ts, lines.ts cutPhotoCredit): a photo story's people often speak only
 * in its captions ("某某说，…。张三 摄"). A caption that is a sentence joins the prose the judge reads, its photo
 * credit cut; a caption printed twice counts once. Captions that only show people, a bare name under a portrait
 * and a picture's source line stay out. Texts written here, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { cutPhotoCredit } from '@/lib/understand/lines';

const names = (o: Outline): Array<string | null> => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

describe('cutPhotoCredit: the sentence of a caption, without its credit', () => {
  it.each([
    ['全国政协委员李明说，乡村教师的待遇要提高。新华社记者 王强 摄', '全国政协委员李明说，乡村教师的待遇要提高。'],
    ['王女士盼新政府多建公屋，让年轻人住得起。陈小明摄', '王女士盼新政府多建公屋，让年轻人住得起。'],
    ['立法會議員黃志強表示，法案應盡快通過。（記者 林大文 攝）', '立法會議員黃志強表示，法案應盡快通過。'],
    ['市民张先生说，希望地铁早日开通。', '市民张先生说，希望地铁早日开通。'],
  ])('%s', (caption, sentence) => expect(cutPhotoCredit(caption)).toBe(sentence));

  it.each([
    ['李明', 'a bare name under a portrait'],
    ['图为会场一角。张三摄', 'a sentence with no clause'],
    ['资料图片', "a picture's source"],
    ['新华社记者 王强 摄', 'a credit alone'],
  ])('%s: nothing (%s)', (caption) => expect(cutPhotoCredit(caption)).toBe(''));
});

describe('the judge reads captions that are statements', () => {
  it('a photo story whose people speak only in captions is a voices feature', () => {
    const o = analyzeText(
      [
        '代表委员谈民生',
        '3月5日，全国人大代表李明说，乡村教师的待遇要提高，让年轻老师留得住。新华社记者 王强 摄',
        '3月5日，来自江苏的全国人大代表赵红说，农村养老服务还有短板，“要多建互助养老点”。新华社记者 王强 摄',
        '3月6日，全国政协委员孙立平说，中小企业融资难的问题要下大力气解决。新华社记者 刘洋 摄',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['李明', '赵红', '孙立平']);
  });

  it('the same in traditional script, each caption printed twice (alt text and caption)', () => {
    const c1 = '市民陳女士表示，物價不斷上升，盼新政府多關心基層生活，做到「人人有屋住」。李小文攝';
    const c2 = '市民梁先生期望，新政府上任後可以推出更多措施，帶動本地經濟。李小文攝';
    const o = analyzeText(['市民談新政府', '選舉今日結束，多名市民接受訪問，談到對新政府的期望。', c1, c1, c2, c2].join('\n'));
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['陳女士', '梁先生']);
  });

  it('captions that only show people doing things are no voices', () => {
    const o = analyzeText(
      [
        '春运回家路',
        '王先生在候车室里整理行李，准备回家过年。张三 摄',
        '李女士抱着孩子排队进站，脸上带着笑容。张三 摄',
        '赵大爷扛着一袋大米走上站台，这是给老家带的年货。张三 摄',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });

  it("one person's story with captions repeating that person is no feature", () => {
    const o = analyzeText(
      [
        '老教师的坚守',
        '全国人大代表李明在乡村学校教书三十年。',
        '李明说，乡村教师的待遇这几年提高了不少，但年轻老师还是留不住。',
        '李明说，希望国家继续加大投入，让乡村孩子也能享受好的教育。新华社记者 王强 摄',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
});
