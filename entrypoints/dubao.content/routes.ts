/**
 * The content script's messages (popup, background): each waits for the boot, never throws at the
 * sender (failures are reported and the state is answered anyway), and answers with the page state.
 */
import { onMessage, type LayerName, type PageState } from '@/lib/messages';
import type { ScriptState } from '@/lib/settings';
import type { DubaoUi } from './ui/app';

export interface ContentRoutes {
  booted(): Promise<void>;
  snapshot(): PageState;
  publish(): void;
  setLayer(layer: LayerName, on?: boolean, target?: ScriptState): Promise<void>;
  ensureUi(): Promise<DubaoUi | null>;
  report(error: unknown): void;
  /** How many people the page quotes, by the reading the sidebar will show; null where it is not offered. */
  countQuoted(): Promise<{ people: number } | null>;
  /** The popup opened (it asks for the state first): a layer may be switched on next. */
  prepare?(): void;
}

/** Starts answering; returns what stops it. */
export function routeMessages(app: ContentRoutes): () => void {
  const guarded = async (work: () => Promise<void>): Promise<void> => {
    await app.booted();
    try {
      await work();
    } catch (error) {
      app.report(error);
    }
  };
  const removers = [
    onMessage('getPageState', async () => {
      await app.booted();
      app.prepare?.();
      return app.snapshot();
    }),
    onMessage('setLayer', async ({ data }) => {
      await guarded(() => app.setLayer(data.layer, data.on, data.state));
      return app.snapshot();
    }),
    onMessage('toggleSidebar', async ({ data }) => {
      await guarded(async () => {
        const ui = await app.ensureUi();
        if (data.quoted) await ui?.showQuoted();
        else ui?.toggleSidebar(data.open);
      });
      const state = app.snapshot();
      app.publish();
      return state;
    }),
    // A failed reading answers null (the popup keeps its plain button), never an error at the sender.
    onMessage('countQuoted', async () => {
      await app.booted();
      return app.countQuoted().catch((error) => (app.report(error), null));
    }),
    onMessage('showSelection', async ({ data }) => {
      await guarded(async () => {
        const ui = await app.ensureUi();
        const selection = window.getSelection();
        const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
        await ui?.showSelection(data.text, range?.getBoundingClientRect() ?? null);
      });
    }),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
