/**
 * A figure from abroad put as the benchmark ("在发达国家，每万人的药师数都在10人以上", "国际上对月球的探测已经进行了120多次"):
 * Chinese policy speech measures the home case against the world's, and the world's figure supports the point made
 * about the home case, it is not that point. Weighed as background (both judges rated such gists poor on summaries-17
 * and -23). A sentence that only says where the speaker is ("在国外看春晚时…") gives no figure and is no benchmark.
 */
import { extractFigureSpans } from './figures';

// (or the foreign case opened as the contrast with the home one: "与我国形成对比的是…", "和我国不同，…")
const OPENS_ABROAD = /^[\s“「]*(?:目前|[当當]前)?[，,]?在?(?:[发發][达達][国國]家|[国國](?:外|[际際]上)|海外|[欧歐]美|西方[国國]家|(?:其他|[许許很]多)[国國]家|[和与與跟同]我[国國](?:形成[对對]比|不同))/;

/** Whether the sentence opens on the world's figure against which the home case is measured. */
export function citesForeignBenchmark(text: string): boolean {
  return OPENS_ABROAD.test(text) && extractFigureSpans(text).length > 0;
}
