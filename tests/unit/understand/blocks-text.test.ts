/** Text input as paragraphs (linesOfText): one per non-empty trimmed line, the source line skipped. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { linesOfText } from '@/lib/understand/blocks';

describe('linesOfText', () => {
  it.each<[string, string, string[]]>([
    ['a SOURCE: first line', 'SOURCE: 晋中日报 2025-03-01\n做活城乡融合\n\n  市民张新海：老城很好。 ', ['做活城乡融合', '市民张新海：老城很好。']],
    ['a URL alone on the first line (corpus files)', 'https://www.hkcnews.com/article/10243\n統計處調查：電視最影響公共政策', ['統計處調查：電視最影響公共政策']],
    ['a www. address alone', 'www.people.com.cn/n1/2019/0615/c1013.html\r\n标题', ['标题']],
    ['a byte-order mark before it', '\ufeffhttp://news.163.com/15/0704/a.html\n标题', ['标题']],
    ['a URL inside the first line is text', '来源：https://www.thepaper.cn 共享充电宝涨价\n正文', ['来源：https://www.thepaper.cn 共享充电宝涨价', '正文']],
    ['a URL on a later line is text', '标题\nhttps://example.cn/a', ['标题', 'https://example.cn/a']],
    ['no source line', '标题\n正文', ['标题', '正文']],
    ['nothing', ' \n\u3000\n', []],
  ])('%s', (_, text, want) => {
    expect(linesOfText(text)).toEqual(want);
  });

  it('the headline of a corpus file is its first line after the URL', () => {
    expect(analyzeText('https://www.hkcnews.com/article/10243\n統計處調查：電視最影響公共政策\n記者林勵\n政府昨日宣布諮詢。').headline).toBe('統計處調查：電視最影響公共政策');
  });
});
