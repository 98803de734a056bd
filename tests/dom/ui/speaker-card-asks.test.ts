/** The "asks for" line of a speaker card: shown when the summary has requests, absent otherwise, never as HTML. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLabels, type UiLabels } from '@/entrypoints/dubao.content/ui/labels';
import { PLAIN_PRESENTER } from '@/entrypoints/dubao.content/ui/present';
import { renderSpeakerCard } from '@/entrypoints/dubao.content/ui/speaker-card';
import { summarizeStatement } from '@/lib/understand';
import type { Statement } from '@/lib/outline';
import { useLocale } from '../../helpers/fake-i18n';

let LABELS: UiLabels;
beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
  LABELS = readLabels();
});
afterEach(() => document.body.replaceChildren());

function statementOf(paragraphs: string[]): Statement {
  return { speaker: { name: '李明', role: '市民' }, reporter: null, paragraphs, summary: summarizeStatement(paragraphs) };
}

describe('speaker card: asks for', () => {
  it('shows the request the statement makes, after its label', () => {
    const st = statementOf(['我家附近的公交站去年撤掉了，老人出门很不方便。我建议公交公司恢复这个站点，方便周边居民出行。']);
    expect(st.summary.asks).toEqual(['我建议公交公司恢复这个站点，方便周边居民出行']);
    const card = renderSpeakerCard(st, { topic: 0, statement: 0 }, LABELS, PLAIN_PRESENTER);
    document.body.appendChild(card);
    const line = card.querySelector('.db-asks');
    expect(line?.querySelector('b')?.textContent).toBe('Asks for');
    expect(line?.textContent).toBe('Asks for 我建议公交公司恢复这个站点，方便周边居民出行');
    card.remove();
    expect(document.body.innerHTML).toBe('');
  });

  it('has no such line when nothing is asked, nor for a summary without the field', () => {
    const st = statementOf(['今年我们新建了三座公园。市民的休闲空间明显增加了。']);
    expect(st.summary.asks).toEqual([]);
    expect(renderSpeakerCard(st, { topic: 0, statement: 0 }, LABELS, PLAIN_PRESENTER).querySelector('.db-asks')).toBeNull();
    const { asks: _asks, ...older } = st.summary;
    const card = renderSpeakerCard({ ...st, summary: older }, { topic: 0, statement: 0 }, LABELS, PLAIN_PRESENTER);
    expect(card.querySelector('.db-asks')).toBeNull();
  });

  it('puts page text in as text, never as HTML', () => {
    const st = statementOf(['我希望<img src=x onerror=alert(1)>有关部门尽快处理。']);
    const card = renderSpeakerCard(st, { topic: 0, statement: 0 }, LABELS, PLAIN_PRESENTER);
    expect(card.querySelector('.db-asks img')).toBeNull();
    expect(card.querySelector('.db-asks')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
