// The word list the background carries, compiled at build time (scripts/build-segmenter-data.ts,
// segmenterDataPlugin): the compact text of lib/chinese/word-costs.ts.
declare module 'virtual:dubao-word-costs' {
  const text: string;
  export default text;
}

// The same list cut to the common words (cutWordCosts at COMMON_MAX_COST), at build time.
declare module 'virtual:dubao-common-word-costs' {
  const text: string;
  export default text;
}
