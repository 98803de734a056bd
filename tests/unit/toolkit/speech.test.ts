import { describe, expect, it } from 'vitest';
import { MAX_CLAUSE, splitClauses } from '@/lib/speech/clauses';
import { chooseVoice, usableVoices, type VoiceInfo } from '@/lib/speech/voices';
import { createChromeTtsEngine, createWebSpeechEngine, type ChromeTts, type WebUtterance } from '@/lib/speech/engine';

describe('clauses', () => {
  it.each<[string, string[]]>([
    ['推进城乡融合，重塑城乡关系。乡长说：“好！”', ['推进城乡融合，', '重塑城乡关系。', '乡长说：', '“好！”']],
    ['一、二、三', ['一、', '二、', '三']],
    ['没有标点', ['没有标点']],
    ['，。  ！', []],
    ['', []],
    ['  前后有空格。 ', ['前后有空格。']],
  ])('%s', (text, clauses) => {
    const out = splitClauses(text);
    expect(out.map((c) => c.text)).toEqual(clauses);
    for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('cuts a clause longer than a voice takes into pieces, never inside a surrogate pair', () => {
    const text = `${'城'.repeat(MAX_CLAUSE - 1)}𠀀${'乡'.repeat(10)}`;
    const out = splitClauses(text);
    expect(out.map((c) => c.text).join('')).toBe(text);
    expect(out[0]!.text.endsWith('城')).toBe(true);
    expect(out.every((c) => c.text.length <= MAX_CLAUSE)).toBe(true);
  });
});

const V = (name: string, lang: string, local = true): VoiceInfo => ({ name, lang, local });

describe('choosing a voice', () => {
  const voices = [V('Samantha', 'en-US'), V('Google 普通话', 'zh-CN', false), V('Tingting', 'zh-CN'), V('Meijia', 'zh-TW'), V('Sinji', 'zh-HK')];
  it('offers Chinese local voices only, unless network voices are allowed', () => {
    expect(usableVoices(voices, false).map((v) => v.name)).toEqual(['Tingting', 'Meijia', 'Sinji']);
    expect(usableVoices(voices, true).map((v) => v.name)).toEqual(['Google 普通话', 'Tingting', 'Meijia', 'Sinji']);
  });
  it.each<[string, string, boolean, string, string | null]>([
    ['automatic, simplified text', '', false, 'zh-CN', 'Tingting'],
    ['automatic, Taiwan text', '', false, 'zh-TW', 'Meijia'],
    ['the chosen voice', 'Meijia', false, 'zh-CN', 'Meijia'],
    ['a chosen network voice, not allowed', 'Google 普通话', false, 'zh-CN', 'Tingting'],
    ['a chosen network voice, allowed', 'Google 普通话', true, 'zh-CN', 'Google 普通话'],
    ['a chosen voice that is gone', 'Ting-Ting (old)', false, 'zh-CN', 'Tingting'],
  ])('%s', (_, voice, allowNetwork, lang, expected) => {
    expect(chooseVoice(voices, { voice, allowNetwork }, lang)?.name ?? null).toBe(expected);
  });
  it('finds none on a system without Chinese voices, or with network ones only', () => {
    expect(chooseVoice([V('Samantha', 'en-US')], { voice: '', allowNetwork: true })).toBeNull();
    expect(chooseVoice([V('Google 普通话', 'zh-CN', false)], { voice: '', allowNetwork: false })).toBeNull();
  });
});

describe('the engines, over fake APIs', () => {
  it('chrome.tts: voices mapped (remote = network), speak resolves on its end event', async () => {
    const spoken: unknown[] = [];
    const tts: ChromeTts = {
      getVoices: (cb) => cb([{ voiceName: 'Tingting', lang: 'zh-CN' }, { voiceName: 'Google 普通话', lang: 'zh-CN', remote: true }, {}]),
      speak: (text, options) => {
        spoken.push({ text, voiceName: options.voiceName, rate: options.rate });
        setTimeout(() => options.onEvent?.({ type: 'start' }), 0);
        setTimeout(() => options.onEvent?.({ type: 'end' }), 1);
      },
      stop: () => undefined,
    };
    const engine = createChromeTtsEngine(tts);
    expect(await engine.voices()).toEqual([V('Tingting', 'zh-CN'), V('Google 普通话', 'zh-CN', false)]);
    expect(await engine.speak('城乡', { voice: 'Tingting', lang: 'zh-CN', rate: 1.2 })).toBe('done');
    expect(spoken).toEqual([{ text: '城乡', voiceName: 'Tingting', rate: 1.2 }]);
  });

  it('speechSynthesis: waits for voices, speaks with the voice object, cancel interrupts', async () => {
    let list: { name: string; lang: string; localService: boolean }[] = [];
    let onVoices: () => void = () => undefined;
    let current: WebUtterance | null = null;
    const synth = {
      getVoices: () => list,
      speak: (u: object) => void (current = u as WebUtterance),
      cancel: () => current?.onerror?.({ error: 'interrupted' }),
      addEventListener: (_: 'voiceschanged', listener: () => void) => void (onVoices = listener),
    };
    const make = (text: string): WebUtterance => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null });
    const engine = createWebSpeechEngine(synth, make);
    const voices = engine.voices();
    list = [{ name: 'Tingting', lang: 'zh-CN', localService: true }];
    onVoices();
    expect(await voices).toEqual([V('Tingting', 'zh-CN')]);
    const speaking = engine.speak('重塑', { voice: 'Tingting', lang: 'zh-CN', rate: 0.8 });
    await new Promise((r) => setTimeout(r, 0));
    expect(current).toMatchObject({ text: '重塑', rate: 0.8, voice: list[0] });
    engine.stop();
    expect(await speaking).toBe('interrupted');
  });
});
