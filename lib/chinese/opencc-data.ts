/** Access to opencc-js's dictionaries and configurations (typed once here). */
import { Locale } from 'opencc-js';

export type Dict = string | readonly (readonly [string, string])[];
export type DictGroup = readonly Dict[];
export interface OpenccConfig {
  segmentation: Dict | DictGroup;
  conversionChain: readonly DictGroup[];
  normalizationChain?: readonly DictGroup[];
}

/** One of OpenCC's named conversion configurations (s2tw, tw2s …). */
export function openccConfig(name: string): OpenccConfig {
  const found = (Locale.configs as unknown as Record<string, OpenccConfig | undefined>)[name];
  if (!found) throw new Error(`opencc-js has no ${name} configuration`);
  return found;
}

/** Every dictionary text of opencc-js's configurations (the texts it ships, each once). */
export function openccTexts(): Set<string> {
  const texts = new Set<string>();
  const add = (d: unknown): void => {
    if (typeof d === 'string') texts.add(d);
    else if (Array.isArray(d)) d.forEach(add);
  };
  for (const c of Object.values(Locale.configs as unknown as Record<string, OpenccConfig>)) {
    add(c.segmentation);
    add(c.conversionChain);
    add(c.normalizationChain);
  }
  return texts;
}

/** Every "source target" pair of a dictionary (first target only, as OpenCC uses it). */
export function dictPairs(dict: Dict): Array<[string, string]> {
  if (typeof dict !== 'string') return dict.map(([a, b]) => [a, b]);
  const pairs: Array<[string, string]> = [];
  for (const line of dict.split('|')) {
    const [a, b] = line.split(' ');
    if (a && b) pairs.push([a, b]);
  }
  return pairs;
}

/** The character dictionary (last of the first stage) of a configuration: STCharacters for s2t, TSCharacters for t2s. */
export function characterDict(configName: string): Dict {
  const group = openccConfig(configName).conversionChain[0]!;
  return group[group.length - 1]!;
}
