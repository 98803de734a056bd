/**
 * What a shared end-to-end scenario needs from a browser with the built extension loaded. One
 * implementation per browser (chromium.ts: playwright-core; firefox.ts: puppeteer-core over
 * WebDriver BiDi), so the scenarios in ../scenarios/ are written once and run in both.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface OpenOptions {
  /** Script source run in the page before its own scripts (also under a strict CSP). */
  initScript?: string;
}

export interface TestPage {
  /** Uncaught page errors and console errors (the content script's and CSP reports land there), as they come. */
  readonly errors: readonly string[];
  /** The main document's response status and headers (lower-case names); null/{} for extension pages. */
  readonly status: number | null;
  readonly headers: Readonly<Record<string, string>>;
  /** Runs `fn` in the page's main world with one serialisable argument. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real (trusted) mouse click on the element `selector` matches in the page, once it is visible. */
  click(selector: string): Promise<void>;
  /** The same inside DuBao's in-page UI (the open shadow root of <dubao-ui>). */
  clickUi(selector: string): Promise<void>;
  /** Presses one key (a KeyboardEvent key name: 'ArrowDown', 'Enter', 'Escape') where the focus is. */
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly name: BrowserName;
  /** A new tab showing `url`, loaded. */
  open(url: string, options?: OpenOptions): Promise<TestPage>;
  /** A new tab showing one of the extension's pages, e.g. 'popup.html?tabId=3', loaded. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** The extension's id for the tab showing `page` (brought to the front: no `tabs` permission to match URLs). */
  tabIdOf(page: TestPage): Promise<number>;
  /**
   * Runs `fn` in an extension context (Chromium: the service worker; Firefox: an extension page),
   * given the promise-based extension API (`browser`, else `chrome`) and one serialisable argument.
   */
  inExtension<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The toolbar button's badge text for a tab. */
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** The slice of the WebExtension API the scenarios call (promise-based in both browsers). */
export interface ExtensionApi {
  tabs: {
    query(query: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
}

/** The source of an expression that calls `fn` with the extension API and `arg` (evaluated as a string in the target). */
export function callSource(fn: (...args: never[]) => unknown, arg: unknown): string {
  return `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)})`;
}
