/**
 * How a speaker states where they stand, and the vow that only closes a speech (issue 18).
 * - A stand (表态): "我们是反对…的": a vox pop or a deputy says for or against in so many words; that is
 *   the view the rest explains (the personal story, "我在…受过…", supports it). "我是…" here is no self-introduction.
 * - A phrase put right (驳论): "所谓的A，其实是B": the speaker's correction of a common view is the point. (The answer
 *   to a doubt others raised, "有人质疑…？但事实是…", was read too and left out for the lazy script's size: on the fit sets
 *   the one such statement closes on a vow, which moves it alone.)
 * - A vow to contribute (表决心): "我们将…，为…献计出力 / 贡献力量 / 作出更大贡献": the formula an official closes on,
 *   like a good wish; the point is what came before it. (Not urged on others: "要…为…作出贡献" asks, ./requests.ts.)
 */

// (put with 是…的, "我们是反对…的": a bare "我支持X！" is the chant of a rally)
// (the regexes spell each variant in a character class: the lazy script has little room)
const STAND = /我[们們哋地]?[都也]?是(?=[^。！？!?，,]{2,32}的(?:[。！!，,]|$))(?:支持|反[对對]|[赞贊]成|[拥擁][护護])/;

const REFRAMES = /所[谓謂][^。！？!?]{1,20}?(?:其[实實]|[实實][际際]上)就?是/;

// (the modal right after the speaker, "我们将…", "我也会…": not a 会 inside a word, "我希望县两会…", nor a wish put to others)
const VOWS = /(?:^|[，,])我[们們]?[也还還]?[将將会會愿願][^。！？!?]*?[为為][^。！？!?]{1,30}?(?:[献獻][计計]出力|添[砖磚]加瓦|[贡貢][献獻])[^。！？!?，,]{0,6}\W*$/;

/** Whether the sentence states the speaker's stand for or against something. */
export function statesStand(text: string): boolean {
  return STAND.test(text);
}

/** Whether the sentence puts a common phrase right ("所谓的A，其实是B"). */
export function reframesPhrase(text: string): boolean {
  return REFRAMES.test(text);
}

/** Whether the sentence is a speaker's vow to contribute, a closing formula. */
export function vowsToContribute(text: string): boolean {
  return VOWS.test(text);
}
