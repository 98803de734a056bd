/**
 * The invariant of the layers: whatever sequence of toggles, setting changes and page mutations
 * (interleaved, awaited or not), once both layers are off the page is exactly what it would be
 * had DuBao never run — same markup, and the page's own Text objects where the page left them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, type ScriptState, type Settings } from '@/lib/settings';
import { createLayerController } from '@/entrypoints/dubao.content/layers/controller';
import { createLibSource } from './source';

const WORDS = ['发展', '银行', '行动', '增长', '乡长', '经济', '算法', '软件', '干部', '头发', '重庆', '长城', '記者', '臺灣', '后来', '里面'];
const OTHER = ['the budget', ' ', '2024年', ':', '“', '”', '。', 'News ', '、', 'x'];

const textArb = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER) }), { minLength: 0, maxLength: 6 })
  .map((parts) => parts.join(''));

type Tree = { tag: string; children: (Tree | string)[] };
const TAGS = ['p', 'div', 'span', 'b', 'em', 'a', 'li', 'h2'];
const SKIP_TAGS = ['code', 'pre', 'textarea'];

const { tree: treeArb } = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
  tree: fc.record({
    tag: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...TAGS) }, { weight: 1, arbitrary: fc.constantFrom(...SKIP_TAGS) }),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textArb, tie('tree')),
}));

type Command =
  | { kind: 'pinyin'; on: boolean; wait: boolean }
  | { kind: 'script'; state: ScriptState; wait: boolean }
  | { kind: 'settings'; grouping: 'word' | 'character'; toneColors: boolean; notation: 'pinyin' | 'zhuyin' }
  | { kind: 'setData'; text: number; value: string }
  | { kind: 'setTextContent'; el: number; value: string }
  | { kind: 'append'; el: number; value: string }
  | { kind: 'remove'; el: number }
  | { kind: 'moveText'; text: number; el: number }
  | { kind: 'idle' };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('pinyin' as const), on: fc.boolean(), wait: fc.boolean() }),
  fc.record({ kind: fc.constant('script' as const), state: fc.constantFrom<ScriptState>('original', 'tw', 'twp', 'hk', 'cn'), wait: fc.boolean() }),
  fc.record({
    kind: fc.constant('settings' as const),
    grouping: fc.constantFrom('word' as const, 'character' as const),
    toneColors: fc.boolean(),
    notation: fc.constantFrom('pinyin' as const, 'zhuyin' as const),
  }),
  fc.record({ kind: fc.constant('setData' as const), text: fc.nat(), value: textArb }),
  fc.record({ kind: fc.constant('setTextContent' as const), el: fc.nat(), value: textArb }),
  fc.record({ kind: fc.constant('append' as const), el: fc.nat(), value: textArb }),
  fc.record({ kind: fc.constant('remove' as const), el: fc.nat() }),
  fc.record({ kind: fc.constant('moveText' as const), text: fc.nat(), el: fc.nat() }),
  fc.constant({ kind: 'idle' as const }),
);

/** Builds the tree into a parent, recording elements and text nodes in creation order. */
function build(doc: Document, parent: Node, tree: Tree, els: Element[], texts: Text[]): void {
  const el = doc.createElement(tree.tag);
  els.push(el);
  parent.appendChild(el);
  for (const child of tree.children) {
    if (typeof child === 'string') {
      const t = doc.createTextNode(child);
      texts.push(t);
      el.appendChild(t);
    } else build(doc, el, child, els, texts);
  }
}

/** One page: the real document (with DuBao) or the reference (without), driven identically. */
class Page {
  els: Element[] = [];
  texts: Text[] = [];
  constructor(readonly doc: Document, readonly body: HTMLElement, trees: Tree[]) {
    for (const tree of trees) build(doc, body, tree, this.els, this.texts);
  }
  apply(c: Command): void {
    const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
    switch (c.kind) {
      case 'setData': {
        const t = pick(this.texts, c.text);
        if (t) t.data = c.value;
        break;
      }
      case 'setTextContent': {
        const el = pick(this.els, c.el);
        if (!el) break;
        el.textContent = c.value;
        if (el.firstChild) this.texts.push(el.firstChild as Text);
        break;
      }
      case 'append': {
        const el = pick(this.els, c.el);
        if (!el) break;
        const p = this.doc.createElement('p');
        const t = this.doc.createTextNode(c.value);
        p.appendChild(t);
        el.appendChild(p);
        this.els.push(p);
        this.texts.push(t);
        break;
      }
      case 'remove':
        pick(this.els, c.el)?.remove();
        break;
      case 'moveText': {
        const t = pick(this.texts, c.text);
        const el = pick(this.els, c.el);
        if (t && el) el.appendChild(t);
        break;
      }
      default:
        break;
    }
  }
}

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('layers: random toggles and page mutations end with the page as it would be without DuBao', () => {
  it('holds for random Chinese/English trees', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(treeArb, { minLength: 1, maxLength: 4 }), fc.array(commandArb, { maxLength: 14 }), async (trees, commands) => {
        document.body.innerHTML = '';
        document.head.innerHTML = '';
        document.documentElement.setAttribute('lang', 'zh-CN');
        const refDoc = document.implementation.createHTMLDocument('ref');
        const real = new Page(document, document.body, trees);
        const ref = new Page(refDoc, refDoc.body, trees);
        let settings: Settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page' };
        const controller = createLayerController({
          document,
          engines: createLibSource(),
          getSettings: () => settings,
          getAnalysis: () => null,
        });
        const pending: Promise<void>[] = [];
        try {
          for (const c of commands) {
            if (c.kind === 'pinyin') {
              const p = controller.setPinyin(c.on);
              if (c.wait) await p;
              else pending.push(p);
            } else if (c.kind === 'script') {
              const p = controller.setScript(c.state);
              if (c.wait) await p;
              else pending.push(p);
            } else if (c.kind === 'settings') {
              settings = { ...settings, grouping: c.grouping, toneColors: c.toneColors, notation: c.notation };
              pending.push(controller.applySettings(settings));
            } else if (c.kind === 'idle') {
              await controller.idle();
            } else {
              real.apply(c);
              ref.apply(c);
              // Sometimes let the observer see it before the next step, sometimes not.
              if (c.kind === 'setData') await Promise.resolve();
            }
          }
          await Promise.all(pending);
          await controller.setPinyin(false);
          await controller.setScript('original');
          await controller.idle();
          expect(document.body.innerHTML).toBe(refDoc.body.innerHTML);
          // The page's own Text objects are where the page left them, with the page's data.
          real.texts.forEach((t, i) => {
            const r = ref.texts[i]!;
            expect(t.data).toBe(r.data);
            expect(t.isConnected).toBe(refDoc.body.contains(r));
          });
          expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
        } finally {
          controller.dispose();
        }
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});
