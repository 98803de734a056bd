// addons-linter ships no types; this covers the programmatic API scripts/lint-firefox.ts uses.
declare module 'addons-linter' {
  interface LinterConfig {
    _: string[];
    logLevel?: string;
    stack?: boolean;
    pretty?: boolean;
    warningsAsErrors?: boolean;
    metadata?: boolean;
    output?: 'none' | 'text' | 'json';
    boring?: boolean;
    selfHosted?: boolean;
    shouldScanFile?: (fileName: string) => boolean;
  }
  const linter: {
    createInstance(options: { config: LinterConfig; runAsBinary?: boolean }): { run(): Promise<unknown> };
  };
  export default linter;
}
