/**
 * Stage 3 of the parser: walk the framed flow, one item at a time, into topics and statements: who
 * speaks, their paragraphs, the reporter whose byline closes their block; what comes before the first
 * voice is the lead. Then roles given once (or in the lead) are carried to bare names.
 */
import type { Credit, Speaker } from '../outline';
import type { Item, StatementBuild, TopicBuild } from './feature-items';
import { matchByline, startsWithDashes } from './lines';
import { endsWithRoleWord } from './names';
import { isAnonymousVoice } from './anonymous-voices';
import { mergeSpeakers } from './merge-speakers';
import { preferTitleRoles } from './person-roles';

// A paragraph that reports someone else's words is the reporter's narrative, not the speaker's speech.
const REPORTED =
  /^[^，,。：:“”「」？！?!]{2,24}?(表示|指出|认为|認為|说|說|称|稱|预计|預計|估计|估計|预测|預測|透露|强调|強調|坦言|直言|提到|介绍|介紹)/;
// The reporter's voice resuming after the speakers: "据悉，…", "记者了解到，…".
const NARRATIVE_START = /^(据悉|據悉|据了解|據了解|记者了解到|記者了解到|记者注意到|記者注意到|记者获悉|記者獲悉|据介绍|據介紹|另悉|又讯|又訊|编后|編後|记者手记|記者手記|【解说】|【解說】|【导语】|【導語】|【画外音】|【畫外音】)/;
const FIRST_PERSON = /我(?![市省区區县縣国國校院局委厅廳部乡鄉镇鎮村])|咱/;

export interface Walk {
  topics: TopicBuild[];
  credits: Credit[];
  captions: string[];
  leadParts: string[];
  leadEls: Element[];
  /** Interviewer's questions asked inside speakers' blocks (not speech, not topics). */
  questions: number;
  /** Bylines that closed a voice's block. */
  bylines: number;
}

// how a host's or a speaker's first words open: a greeting, a question, an address to the room
const OPENING_WORDS = /^(?:请问|請問|欢迎|歡迎|各位|诸位|諸位|在座|大家|谢谢|謝謝|感谢|感謝|今天|我们|我們|我|您|你)/;

/** The role a lead gives a name: "张新海，市住建局副局长；…" or "张新海（市住建局副局长）". */
function introducedRole(name: string, lead: string): string | null {
  let from = lead.indexOf(name);
  while (from !== -1) {
    const after = lead.slice(from + name.length);
    // "张新海，市住建局副局长", "张新海（市住建局副局长）", or a guest list's "胡彬彬　中南大学…主任"
    const m = /^(?:\s*[，,：:]\s*([^；;。，,（()）\n]{2,30})|\s*[（(]([^（()）\n]{2,30})[)）]|[ \t\u3000]+([^；;。，,（()）\s]{2,30})(?=\n|$))/.exec(after);
    const role = m ? (m[1] ?? m[2] ?? m[3])!.trim() : null;
    // "王某：欢迎两位嘉宾。", "王某：请问在座的各位专家？": a speaker's opening words, not an introduction
    if (role && endsWithRoleWord(role) && !OPENING_WORDS.test(role) && !/^\s*[：:]\s*[^\n]*?[？?！!]/.test(after.slice(0, 40))) return role;
    from = lead.indexOf(name, from + name.length);
  }
  return null;
}

/** The walk's mutable state and the moves it makes, one per kind of line. */
class Walker {
  readonly out: Walk = { topics: [], credits: [], captions: [], leadParts: [], leadEls: [], questions: 0, bylines: 0 };
  articleReporter: string | null = null;
  private topic: TopicBuild | null = null;
  private stmt: StatementBuild | null = null;
  private sinceByline: StatementBuild[] = [];
  private pending: Item[] = [];
  private seenFeature = false;
  private expectTitle: Item | null = null;

  private ensureTopic(): TopicBuild {
    if (!this.topic) this.openTopic(null, null, true);
    return this.topic!;
  }
  private openTopic(title: string | null, el: Element | null, implicit: boolean): void {
    this.topic = { title, titleEl: el, implicit, statements: [] };
    this.out.topics.push(this.topic);
  }
  private toLead(it: Item): void {
    this.out.leadParts.push(it.text);
    this.out.leadEls.push(...it.els);
  }
  flushPending(): void {
    if (!this.seenFeature) this.pending.forEach((it) => this.toLead(it));
    this.pending = [];
  }
  private openStatement(speaker: Speaker, host: boolean, els: Element[], evidence: number): StatementBuild {
    const s: StatementBuild = { speaker, host, evidence, reporter: null, paragraphs: [], els: [...els] };
    this.ensureTopic().statements.push(s);
    this.sinceByline.push(s);
    this.seenFeature = true;
    return s;
  }
  private applyByline(reporter: string): void {
    for (const s of this.sinceByline) if (!s.reporter) s.reporter = reporter;
    if (this.sinceByline.length) this.out.bylines++;
    this.sinceByline = [];
  }
  /** Adds a paragraph to the open statement, taking a trailing byline off it. */
  private addParagraph(s: StatementBuild, text: string, els: Element[]): void {
    const byline = matchByline(text);
    const body = byline ? byline.rest : text;
    if (body.trim()) s.paragraphs.push(body.trim());
    s.els.push(...els);
    if (byline) {
      this.applyByline(byline.reporter);
      this.stmt = null;
    }
  }

  step(it: Item): void {
    if (it.kind === 'meta' && it.credits) for (const c of it.credits) this.out.credits.push({ role: c.role, names: c.names });
    if (it.merged || it.kind === 'skip' || it.kind === 'meta') return;
    if (this.expectTitle && (it.kind === 'body' || it.kind === 'caption' || it.kind === 'label') && it.block.text.length <= 40) {
      this.openTopic(it.block.text, it.els[0] ?? this.expectTitle.els[0] ?? null, false);
      this.expectTitle = null;
      return;
    }
    this.expectTitle = null;
    switch (it.kind) {
      case 'credit':
        for (const c of it.credits ?? []) this.out.credits.push({ role: c.role, names: c.names });
        return;
      case 'caption':
        this.out.captions.push(it.text);
        return;
      case 'byline':
        if (!this.seenFeature) this.articleReporter = it.reporter ?? null;
        else this.applyByline(it.reporter ?? '');
        this.stmt = null;
        return;
      case 'marker':
      case 'topic':
        this.stmt = null;
        this.flushPending();
        this.seenFeature = true;
        if (it.kind === 'marker') this.expectTitle = it;
        else this.openTopic(it.title ?? it.text, it.els[0] ?? null, it.implicit ?? false);
        return;
      case 'question':
        // asked of the speaker whose block is open: neither speech nor a section
        if (this.stmt) this.out.questions++;
        else this.pending.push({ ...it, kind: 'body' });
        return;
      case 'label':
        return this.label(it);
      case 'attribution':
        return this.attribution(it);
      case 'body':
        return this.body(it);
    }
  }

  private label(it: Item): void {
    this.stmt = null;
    this.flushPending();
    if (it.host) {
      // a reporter who asks ("總臺記者 朱某：", "李某(本台记者)：") is credited, never a voice
      const reporter = it.speaker?.name && /记者|記者/.test(it.speaker.role ?? '') ? it.speaker.name : null;
      if (reporter && !this.out.credits.some((c) => c.names.includes(reporter))) this.out.credits.push({ role: it.speaker!.role!, names: [reporter] });
      // a host's question heads the answers that follow it; a host's opening words introduce the voices
      const said = it.text.trim();
      // a section the page titled (a heading, a 话题 line) keeps its title: the host's question is under it
      const titled = this.topic !== null && this.topic.title !== null && this.topic.statements.length === 0;
      if (said && said.length <= 80 && /[？?]$/.test(said) && !titled) {
        this.openTopic(said, it.els[0] ?? null, true);
        this.seenFeature = true;
      } else if (said && !this.seenFeature) {
        this.toLead(it);
      }
      this.out.questions += said ? 1 : 0;
      return;
    }
    const s = this.openStatement(it.speaker ?? { name: null, role: null }, false, it.els, it.evidence ?? 0);
    if (it.said) s.said = true;
    if (it.reported) s.reported = true;
    this.stmt = s;
    if (it.text) this.addParagraph(s, it.text, []);
  }

  private attribution(it: Item): void {
    this.stmt = null;
    // the speech is the run of paragraphs just before (or the quotation on the line itself); before the
    // first voice, what precedes the quotes is the lead
    let run = it.text ? [] : this.pending;
    if (it.text) this.flushPending();
    // a dash line that named nobody ("——一位导游这样说") signed the quotations above it: they are not this voice's
    let signed = -1;
    run.forEach((p, k) => {
      if (startsWithDashes(p.text)) signed = k;
    });
    if (signed >= 0) run = run.slice(signed + 1);
    const quoted = run.findIndex((p) => /^[“「『]/.test(p.text));
    if (!this.seenFeature) {
      const cut = quoted > 0 ? quoted : run.length > 1 && quoted < 0 ? 1 : 0;
      run.slice(0, cut).forEach((p) => this.toLead(p));
      run = run.slice(cut);
    } else if (quoted > 0) {
      run = run.slice(quoted);
    }
    this.pending = [];
    const s = this.openStatement(it.speaker ?? { name: null, role: null }, false, [], it.evidence ?? 0);
    s.attributed = true;
    for (const p of run) this.addParagraph(s, p.text, p.els);
    if (it.text) this.addParagraph(s, it.text, []);
    s.els.push(...it.els);
    this.stmt = null;
  }

  private body(it: Item): void {
    if (it.displaced) return this.toLead(it);
    const open = this.stmt;
    if (!open) {
      this.pending.push(it);
      return;
    }
    const narrative = NARRATIVE_START.test(it.text) || (REPORTED.test(it.text) && !FIRST_PERSON.test(it.text));
    // the reporter's sentences about the speaker under their own headline ("李某：改革要更深" then
    // "新思維李某表示，…"): still theirs
    const name = open.speaker.name;
    const stop = it.text.search(/[。！？!?]/);
    const own = !!name && name.length >= 2 && it.text.slice(0, stop === -1 ? undefined : stop).includes(name);
    if (open.paragraphs.length > 0 && narrative && !own) {
      this.stmt = null;
      this.pending.push(it);
    } else {
      this.addParagraph(open, it.text, it.els);
    }
  }
}

/** Walks the flow into topics and statements; roles given once carry over to the same name given bare. */
export function walkSpeakers(items: readonly Item[], allText: string): Walk {
  const w = new Walker();
  for (const it of items) w.step(it);
  w.flushPending();
  const out = w.out;
  const all = out.topics.flatMap((t) => t.statements);
  // a byline at the head of the article covers every voice that has none of its own
  if (w.articleReporter && !all.some((s) => s.reporter)) for (const s of all) s.reporter = w.articleReporter;

  // one person under two labels ("张晓丹(设计师)：" then "晓丹："): one name
  mergeSpeakers(all);
  // one person under a party's name first and their title later: listed by the title
  preferTitleRoles(all);
  // a speaker named in full once and by name alone later keeps the role given the first time; a bare
  // name takes the role the lead gave it ("本期嘉宾：张新海，市住建局副局长；…")
  const roles = new Map<string, string>();
  for (const s of all) if (s.speaker.name && s.speaker.role && !roles.has(s.speaker.name)) roles.set(s.speaker.name, s.speaker.role);
  for (const s of all) {
    const name = s.speaker.name;
    if (!name || s.speaker.role) continue;
    // the lead first; then the whole text, where a guest box may sit apart from the lead ("嘉宾：" lines)
    const role = roles.get(name) ?? introducedRole(name, out.leadParts.join('\n')) ?? introducedRole(name, allText);
    if (role) s.speaker = { name, role };
  }
  // statements with nothing said are dropped, and topics left empty with them; so are the lines of a
  // class of people with no name ("球迷：", "(家长)"): a story's passers-by, never a feature's speakers
  out.topics = out.topics
    .map((t) => ({ ...t, statements: t.statements.filter((s) => s.paragraphs.length > 0 && !isAnonymousVoice(s.speaker)) }))
    .filter((t) => t.statements.length > 0);
  return out;
}
