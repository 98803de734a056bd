/**
 * Text records (happy-dom): each write is paired with its undo, which gives back the very same Text
 * object; the page's own changes win over ours.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTextRecords, restoreRecord, type TextRecords, type WriteGuard } from '@/entrypoints/dubao.content/layers/text-records';

const writes: string[] = [];
/** A write guard that logs its calls (the page watch's is tested in page-watch.test.ts). */
const write: WriteGuard = (fn) => {
  writes.push('write');
  return fn();
};

function page(html: string): { p: HTMLElement; text: Text; records: TextRecords } {
  document.body.innerHTML = `<p>${html}</p>`;
  const p = document.body.firstElementChild as HTMLElement;
  return { p, text: p.firstChild as Text, records: createTextRecords(write) };
}

function wrapperFor(text: string): HTMLElement {
  const w = document.createElement('dubao-text');
  w.setAttribute('data-dubao', 'pinyin');
  const ruby = document.createElement('ruby');
  ruby.textContent = text;
  w.append(ruby);
  return w;
}

afterEach(() => {
  document.body.innerHTML = '';
  writes.length = 0;
});

describe('paired writes: apply → assert → give back → the page as it was', () => {
  it.each([
    ['ruby', (r: TextRecords, t: Text) => r.setRuby(t, t.data, wrapperFor(t.data), null, 'k'), '<dubao-text'],
    ['script in place', (r: TextRecords, t: Text) => r.setScript(t, t.data, '銀行發展', 'tw'), '銀行發展'],
    ['ruby over script', (r: TextRecords, t: Text) => (r.setScript(t, t.data, '銀行發展', 'tw'), r.setRuby(t, r.originalOf(t), wrapperFor('銀行發展'), 'tw', 'k')), '<dubao-text'],
    ['script over ruby', (r: TextRecords, t: Text) => (r.setRuby(t, t.data, wrapperFor(t.data), null, 'k'), r.setScript(t, t.data, '銀行發展', 'tw')), '銀行發展'],
  ])('%s', (_, apply, shown) => {
    const { p, text, records } = page('银行发展');
    const before = document.body.innerHTML;
    apply(records, text);
    expect(p.innerHTML).toContain(shown);
    expect(records.size()).toBe(1);
    expect(records.originalOf(text)).toBe('银行发展');
    records.giveBack(records.get(text)!);
    expect(document.body.innerHTML).toBe(before);
    expect(p.firstChild).toBe(text);
    expect(records.size()).toBe(0);
    expect(writes.length).toBeGreaterThan(0);
  });

  it('giveBackAll gives every node back at once', () => {
    document.body.innerHTML = '<p>银行</p><p>发展</p>';
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const before = document.body.innerHTML;
    const records = createTextRecords(write);
    records.setRuby(texts[0]!, '银行', wrapperFor('银行'), null, 'k');
    records.setScript(texts[1]!, '发展', '發展', 'tw');
    records.giveBackAll();
    expect(document.body.innerHTML).toBe(before);
    expect(records.size()).toBe(0);
  });
});

describe('valid: the page\'s own changes win', () => {
  it.each([
    ['the page edited its detached node', (t: Text) => (t.data = '新闻'), '<p>新闻</p>'],
    ['the page removed our wrapper', (_: Text, w: HTMLElement) => w.remove(), '<p></p>'],
    ['the page edited inside our wrapper', (_: Text, w: HTMLElement) => w.append('x'), '<p>银行发展</p>'],
  ])('ruby: %s → the record is dropped, the page keeps its node', (_, change, after) => {
    const { text, records } = page('银行发展');
    const wrapper = wrapperFor('银行发展');
    records.setRuby(text, text.data, wrapper, null, 'k');
    change(text, wrapper);
    expect(records.valid(text)).toBeUndefined();
    expect(records.size()).toBe(0);
    expect(document.body.innerHTML).toBe(after);
  });

  it('script: the page wrote its own text over ours → dropped, its text stays', () => {
    const { text, records } = page('银行发展');
    records.setScript(text, text.data, '銀行發展', 'tw');
    text.data = '页面的字';
    expect(records.valid(text)).toBeUndefined();
    expect(text.data).toBe('页面的字');
  });

  it('untouched: the record stands', () => {
    const { text, records } = page('银行发展');
    records.setRuby(text, text.data, wrapperFor(text.data), null, 'k');
    expect(records.valid(text)?.pinyinKey).toBe('k');
  });

  it('restoreRecord never writes over what the page put in our place', () => {
    const { text, records } = page('银行发展');
    records.setScript(text, text.data, '銀行發展', 'tw');
    const rec = records.get(text)!;
    text.data = '页面的字';
    restoreRecord(rec);
    expect(text.data).toBe('页面的字');
  });
});

describe('lookups', () => {
  it('finds a record by its wrapper, by a node inside it, and the block it stands in', () => {
    const { p, text, records } = page('银行发展');
    const wrapper = wrapperFor('银行发展');
    records.setRuby(text, text.data, wrapper, null, 'k');
    expect(records.ofWrapper(wrapper)?.node).toBe(text);
    expect(records.around(wrapper.querySelector('ruby')!.firstChild!)?.node).toBe(text);
    expect(records.shownAs(text)).toBe(wrapper);
    expect(records.blockOf(text)).toBe(p);
  });

  it('textNodesOf: page text with Han, ours by their wrapper, not other text', () => {
    document.body.innerHTML = '<p>银行<b>x</b>news<i>y</i>发展</p>';
    const p = document.querySelector('p')!;
    const [first, , english, , last] = [...p.childNodes] as Text[];
    const records = createTextRecords(write);
    records.setRuby(first!, '银行', wrapperFor('银行'), null, 'k');
    expect(records.textNodesOf(p)).toEqual([first, last]);
    expect(records.textNodesOf(p)).not.toContain(english);
  });
});
