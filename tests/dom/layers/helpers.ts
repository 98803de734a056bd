/** Shared helpers for the layer DOM tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { createLayerController, type AnalysisLike } from '@/entrypoints/dubao.content/layers/controller';
import { createLibSource } from './source';

export const SEED_HTML = readFileSync(resolve(__dirname, '../../fixtures/seed-epaper.html'), 'utf8');

/** The seed e-paper page's <body> markup. */
export function seedBody(): string {
  const match = /<body[^>]*>([\s\S]*)<\/body>/i.exec(SEED_HTML);
  return match ? match[1]! : '';
}

/** Every Text node under a root, in document order (object identity matters). */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const live: { dispose(): void }[] = [];

/** Disposes every controller a test made (also when the test failed half-way). */
export function disposeAll(): void {
  for (const c of live.splice(0)) c.dispose();
}

export function setup(options: { settings?: Partial<Settings>; analysis?: AnalysisLike | null } = {}) {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const source = createLibSource();
  const controller = createLayerController({
    document,
    engines: source,
    getSettings: () => settings,
    getAnalysis: () => options.analysis ?? null,
  });
  live.push(controller);
  return { controller, source, settings };
}

/** Han characters of a string. */
export function hanCount(text: string): number {
  return Array.from(text).filter((c) => /\p{Script=Han}/u.test(c)).length;
}

/** The readings shown over a root: rt attributes (never DOM text). */
export function readingsOf(root: ParentNode): string[] {
  return [...root.querySelectorAll('rt[data-dubao]')].map(
    (rt) => rt.getAttribute('data-r') ?? [...rt.querySelectorAll('[data-r]')].map((s) => s.getAttribute('data-r')).join(''),
  );
}

/**
 * An IntersectionObserver as the browser's: the boxes of everything observed (from `boxOf`),
 * delivered in one callback after the current task (`answers` false: a background tab, which never
 * renders). Counts the elements observed and the passes asked for.
 */
export function installIntersectionObserver(boxOf: (el: Element) => DOMRect, answers = true): { observed(): number; passes(): number } {
  let observed = 0;
  let passes = 0;
  class Observer {
    private targets: Element[] = [];
    private live = true;
    constructor(private readonly callback: (entries: object[], observer: unknown) => void) {}
    observe(target: Element): void {
      observed++;
      this.targets.push(target);
      if (this.targets.length > 1) return;
      passes++;
      if (!answers) return;
      setTimeout(() => {
        if (!this.live) return;
        this.callback(this.targets.map((t) => ({ target: t, boundingClientRect: boxOf(t), isIntersecting: true })), this);
      }, 0);
    }
    disconnect(): void {
      this.live = false;
    }
    unobserve(): void {}
    takeRecords(): object[] {
      return [];
    }
  }
  Object.defineProperty(window, 'IntersectionObserver', { value: Observer, configurable: true, writable: true });
  return { observed: () => observed, passes: () => passes };
}
