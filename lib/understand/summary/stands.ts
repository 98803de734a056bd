/**
 * How a speaker states where they stand, and the vow that only closes a speech (issue 18).
 * - A stand (表态): "我们是反对…的", "我坚决支持…": a vox pop or a deputy says for or against in so many words; that is
 *   the view the rest explains (the personal story, "我在…受过…", supports it). "我是…" here is no self-introduction.
 * - A rebuttal (驳论): the speaker cites what others say or doubt ("有人质疑…？", "不少人以为…") and answers it with the
 *   facts ("但事实是…", "实际上…"), or puts a common phrase right ("所谓的A，其实是B"): the answer is the point.
 * - A vow to contribute (表决心): "我们将…，为…献计出力 / 贡献力量 / 作出更大贡献": the formula an official closes on,
 *   like a good wish; the point is what came before it. (Not urged on others: "要…为…作出贡献" asks, ./requests.ts.)
 */

// (put with 是…的, "我们是反对…的", or with a firm adverb, "我坚决支持…": a bare "我支持X！" is the chant of a rally)
const STAND_WHO = '(?:^|[，,。；;：:“「\\s])(?:我[们們哋地]?|本人)(?:都|也)?';
const STAND_VERB = '(?:支持|反[对對]|[赞贊]成|[拥擁][护護])';
const STAND = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ STAND_WHO.concat('(?:是', STAND_VERB, '[^。！？!?，,]{0,30}的(?=[。！!，,]|$)|(?:一直|始终|始終)?(?:坚决|堅決|完全|绝对|絕對)', STAND_VERB, ')'),
);

// (the doubt cited before the answer, by someone other than the speaker)
const OTHERS_DOUBT = /(?:有人|有些人|一些人|不少人|[很许許]多人|外界|坊[间間])[^。！？!?]{0,6}?(?:质疑|質疑|[说說]|[认認]为|以[为為]|担心|擔心|[觉覺]得|怀疑|懷疑)/;
const ANSWERS_WITH_FACTS = /^[\s“「]*(?:但是?|可是?|然而)?[，,]?(?:事[实實](?:上|[却卻]?是)|[实實]际上|實際上|其[实實])/;
const REFRAMES = /所[谓謂][^。！？!?]{1,20}?(?:其[实實]|[实實]际上|實際上)(?:就)?是/;

// (the modal right after the speaker, "我们将…", "我也会…": not a 会 inside a word, "我希望县两会…", nor a wish put to others)
const VOWS = /(?:^|[，,])(?:我[们們]?|本人)(?:也|[还還]|都|更|一定)?(?:[将將会會愿願]|必[将將]|要(?!求))[^。！？!?]*?[为為][^。！？!?]{1,30}?(?:献计出力|獻計出力|添[砖磚]加瓦|[贡貢][献獻](?:[^。！？!?，,]{0,4}(?:力量|智慧))?|作出[^。！？!?，,]{0,6}[贡貢][献獻]|做出[^。！？!?，,]{0,6}[贡貢][献獻])[。！!]*\s*$/;

/** Whether the sentence states the speaker's stand for or against something. */
export function statesStand(text: string): boolean {
  return STAND.test(text);
}

/** Whether the sentence answers a view of others cited before it (`before`: the statement's text up to it) or reframes a phrase. */
export function rebutsView(text: string, before: string): boolean {
  return REFRAMES.test(text) || (ANSWERS_WITH_FACTS.test(text) && OTHERS_DOUBT.test(before));
}

/** Whether the sentence is a speaker's vow to contribute, a closing formula. */
export function vowsToContribute(text: string): boolean {
  return VOWS.test(text);
}
