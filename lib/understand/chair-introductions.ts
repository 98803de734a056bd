/**
 * The chair of a lecture or a talk opens it by introducing the guest ("我们的讲座现在开始。今天我们请到了某某老师…",
 * "欢迎某某教授", "有请某某先生"): however long the introduction (the guest's career, the chair's memories of them),
 * the turn presents another voice of the piece, and the chair is no voice of the feature (the host is not a speaker).
 * A lecture with its chair is then one speaker. Pure string tests, both scripts.
 */
import type { StatementBuild } from './feature-items';
import { whoOf } from './find-interviewer';

// inviting or welcoming a guest, the guest's name a few characters after ("请到了中国当代最著名的民法学家某某老师";
// "邀请到" holds "请到")
const INTRODUCES = /(?:[请請]到|有[请請]|[欢歡]迎)([^。！？!?；;]{0,32})/gu;

const TITLED = /^\p{Script=Han}(?:老[师師]|教授|先生|女士|博士)$/u;

/** Whether the voice's turn introduces another voice of the piece (a name of two characters or more) as the guest: the chair's. */
export function introducesGuest(s: StatementBuild, all: readonly StatementBuild[]): boolean {
  const others = all.map((o) => o.speaker.name ?? '').filter((n) => n.length >= 2 && n !== s.speaker.name);
  // (the guest then labelled by surname and title: "梁老师" introduced as "梁某某老师")
  const named = (intro: string, n: string) => intro.includes(n) || (TITLED.test(n) && intro.includes(n[0]!) && intro.slice(intro.indexOf(n[0]!)).slice(1, 5).includes(n.slice(1)));
  return s.paragraphs.some((p) => [...p.matchAll(INTRODUCES)].some((m) => others.some((n) => named(m[1]!, n))));
}

// a programme's host greeting its audience ("各位好，这里是2017上海民生访谈", "欢迎收听…", "我是主持人某某"): the
// voice is the programme's, in every turn
const HOST_GREETING = /(?:^|[，,。！!\s])(?:[这這]里是|[這这]裡是)[^。！？!?，,]{0,20}(?:[访訪][谈談]|[节節]目|直播|[热熱]线|[熱热][線线]|[电電]台|[广廣]播)|[欢歡]迎(?:大家)?(?:收[听聽看]|[锁鎖]定)|我是(?:本[节節]目的?)?主持人/u;

/** The voices that greet a programme's audience or introduce its guest in one of their turns: its hosts, in every turn. */
export function findProgrammeHosts(all: readonly StatementBuild[]): Set<string> {
  const hosts = new Set<string>();
  for (const s of all) if (s.paragraphs.some((p) => HOST_GREETING.test(p))) hosts.add(whoOf(s));
  // a co-host who introduces the guest on the same programme is one too
  if (hosts.size) for (const s of all) if (introducesGuest(s, all)) hosts.add(whoOf(s));
  hosts.delete('');
  return hosts;
}
