/**
 * The viewport pass's check of the screen: ruby makes lines taller, so text that stood at the
 * bottom of the screen before the pass is pushed below it by the rubies above. The pass measures
 * the rest of the screen again part-way down and leaves what now stands below it to the next pass:
 * the screen is still written whole in the task the reader waits for, the rest follows, and undo
 * gives back the page exactly. Block positions are given (happy-dom does no layout); a paragraph
 * carrying ruby grows by GROWTH px and pushes every paragraph after it down.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createLayerController } from '@/entrypoints/dubao.content/layers/controller';
import { SCREEN_CHECK } from '@/entrypoints/dubao.content/layers/layer-orchestrator';
import { screenPart } from '@/entrypoints/dubao.content/layers/viewport-order';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { textNodes } from './helpers';
import { createLibSource } from './source';

const SCREEN = 800;
const STEP = 100;
const HEIGHT = 40;
const GROWTH = 60;
const controllers: { dispose(): void }[] = [];

const box = (top: number, height = HEIGHT): DOMRect => ({ top, bottom: top + height, left: 0, right: 600, width: 600, height, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;

/** Paragraph i at i × STEP px, pushed down by GROWTH px for every paragraph above it that carries ruby. */
function makePage(count: number): HTMLParagraphElement[] {
  Object.defineProperty(window, 'innerHeight', { value: SCREEN, configurable: true });
  const paragraphs = Array.from({ length: count }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `第${i}段：城市发展需要长期规划。`;
    document.body.append(p);
    return p;
  });
  paragraphs.forEach((p, i) => {
    p.getBoundingClientRect = () => box(i * STEP + GROWTH * paragraphs.slice(0, i).filter((q) => q.querySelector('ruby')).length);
  });
  return paragraphs;
}

function start(onViewport: () => void) {
  const settings: Settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page' };
  const controller = createLayerController({
    document,
    engines: createLibSource(),
    getSettings: () => settings,
    getAnalysis: () => null,
    orchestrator: { onProgress: (p) => p.phase === 'viewport' && onViewport() },
  });
  controllers.push(controller);
  return controller;
}

const annotated = (paragraphs: HTMLParagraphElement[]): number[] => paragraphs.flatMap((p, i) => (p.querySelector('ruby') ? [i] : []));

afterEach(() => {
  for (const c of controllers.splice(0)) c.dispose();
  document.body.innerHTML = '';
});

describe('the viewport pass measures the rest of the screen again', () => {
  it('what the rubies above pushed below the screen waits for the next pass; the page comes back exactly', async () => {
    // Paragraphs 0–7 stand on screen before the pass (tops 0–700); 8 and 9 below it.
    const paragraphs = makePage(10);
    const before = document.body.innerHTML;
    const nodes = textNodes(document.body);
    let atViewport: number[] = [];
    const controller = start(() => (atViewport = annotated(paragraphs)));
    await controller.setPinyin(true);
    // The check comes at paragraph 6 (top 600 ≥ 0.7 × 800): six paragraphs above it grew by 60 px,
    // so 6 stands at 960 and 7 at 1060, both below the screen now; 0–5 are written.
    expect(6 * STEP).toBeGreaterThanOrEqual(SCREEN * SCREEN_CHECK);
    expect(atViewport).toEqual([0, 1, 2, 3, 4, 5]);
    await controller.idle();
    expect(annotated(paragraphs)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe(before);
    expect(textNodes(document.body)).toEqual(nodes);
    nodes.forEach((n) => expect(n.isConnected).toBe(true));
  });

  it('what still stands on screen at the check is written in the same pass', async () => {
    Object.defineProperty(window, 'innerHeight', { value: SCREEN, configurable: true });
    const paragraphs = Array.from({ length: 6 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = `第${i}段：银行行长介绍了情况。`;
      document.body.append(p);
      return p;
    });
    // Tops 0, 150, 300, 450, 600, 750 before the pass; each paragraph with ruby grows by 20 px.
    paragraphs.forEach((p, i) => {
      p.getBoundingClientRect = () => box(i * 150 + 20 * paragraphs.slice(0, i).filter((q) => q.querySelector('ruby')).length);
    });
    let atViewport: number[] = [];
    const controller = start(() => (atViewport = annotated(paragraphs)));
    await controller.setPinyin(true);
    // At the check (paragraph 4, top 600): 4 stands at 680 and 5 at 830 (below the screen).
    expect(atViewport).toEqual([0, 1, 2, 3, 4]);
    await controller.idle();
    expect(annotated(paragraphs)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('screenPart', () => {
  const node = (): { text: Text; block: HTMLParagraphElement } => {
    const block = document.createElement('p');
    block.textContent = '城市发展需要长期规划';
    document.body.append(block);
    return { text: block.firstChild as Text, block };
  };

  it.each([
    ['wholly below the screen', box(820), 'below'],
    ['at the screen\'s bottom edge exactly', box(SCREEN), 'below'],
    ['on screen', box(300), null],
    ['crossing the bottom edge, too short to split: whole', box(780), null],
    ['above the screen', box(-200), null],
  ] as const)('%s', (_, rect, expected) => {
    const { text, block } = node();
    block.getBoundingClientRect = () => rect;
    expect(screenPart(document, text, block, SCREEN, true)).toEqual(expected);
  });
});
