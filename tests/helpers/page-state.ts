import type { PageState } from '@/lib/messages';

/** A tab's page state as the seed page reports it (4 topics, 4 speakers, layers off), patched. */
export function pageState(patch: Partial<PageState> = {}): PageState {
  return {
    chinese: true,
    lang: 'zh-CN',
    hanShare: 0.92,
    script: 'simplified',
    detected: true,
    topics: 4,
    speakers: 4,
    pinyin: false,
    scriptState: 'original',
    sidebarOpen: false,
    disabled: false,
    ...patch,
  };
}
