// The word list the background carries, compiled at build time (scripts/build-segmenter-data.ts,
// segmenterDataPlugin): the compact text of lib/chinese/word-costs.ts.
declare module 'virtual:dubao-word-costs' {
  const text: string;
  export default text;
}
