import type { Quote, Span } from '../../core/types.ts';
import { extendCue, findCues, NOUN_CUES, type CueMatch } from './cues.ts';
import { LISTENER_VERBS } from './rules.ts';
import type { SpanSet } from './span-set.ts';
import { findSourceAfter, findSourceBefore, guessSubject } from './speaker.ts';


/** A cue preceded by "to" or a determiner is an infinitive or a noun ("declined to say", "the call"), not a report. */
const NOT_A_REPORT_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|that|his|her|their|its|our|my|your|no|any|such)\s+$/iu;

/** How a listener object after "told" / "asked" looks: pronoun, "reporters", a capitalised name, "the …". */
const LISTENER_OBJECT = /^\s+(?:reporters|journalists|supporters|voters|the crowd|the audience|him|her|them|me|us|you|(?:the|a|an)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?=\s+(?:that|on|in|about)\b|[,:])|\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|al))*)/u;

/** Finds reported speech in sentences: `X said (that) …`, `…, X said.`, `according to X, …`, `…, said X.`. */
export function findReportedSpeech(text: string, sentences: readonly Span[], blocked: SpanSet, quoted: SpanSet, direct: readonly Quote[] = []): Quote[] {
  const quotes: Quote[] = [];
  let nextDirect = 0;
  let turnEnd = -1;
  for (const sentence of sentences) {
    const end = trimContentEnd(text, sentence.start, sentence.end);
    let coveredUntil = sentence.start;
    let last: Quote | undefined;
    // `“…,” she said, adding that …`: a participle with no report before it takes the direct quote's speaker.
    while (nextDirect < direct.length && direct[nextDirect]!.cue.end <= sentence.start) nextDirect++;
    const directSpeaker = (offset: number): Span | undefined => {
      let speaker: Span | undefined;
      for (let i = nextDirect; i < direct.length && direct[i]!.cue.end <= offset; i++) speaker = direct[i]!.source ?? speaker;
      return speaker;
    };
    // Inside a transcript turn ("SMITH: …" to the end of its line) every sentence is the speaker's own words.
    if (sentence.start < turnEnd) continue;
    const headline = headlineQuote(text, sentence, end, blocked);
    if (headline) {
      const turn = TRANSCRIPT_SPEAKER.test(text.slice(headline.source!.start, headline.source!.end)) ? lineEnd(text, sentence.end) : undefined;
      if (turn !== undefined && turn > end) {
        const content = trimContent(text, headline.content[0]!.start, turn);
        if (content) headline.content = blocked.subtract(content).map((p) => trimContent(text, p.start, p.end)).filter((p): p is Span => p !== undefined);
        turnEnd = turn;
      }
      if (headline.content.length) {
        quotes.push(headline);
        last = headline;
        coveredUntil = Math.max(...headline.content.map((c) => c.end));
      }
    }
    const cues = findCues(text, sentence);
    for (const [index, cue] of cues.entries()) {
      // Cues inside quotation marks are the quoted speaker's own words, not the article's attribution.
      if (blocked.overlaps(cue) || quoted.strictlyInside(cue)) continue;
      if (cue.learned && (insideSpeakerPhrase(text, cue, cues[index + 1]) || NOUN_BEFORE_VERB.test(text.slice(cue.end, cue.end + 12)))) continue;
      const participle = cue.word.endsWith('ing') && /,\s*$/.test(text.slice(sentence.start, cue.start));
      if (cue.start < coveredUntil && !participle && cue.sourceAfter && last) {
        // "Most voters said A, according to the poll": the poll reports the whole report; both are attributions.
        const outer = accordingToQuote(text, cue, sentence.start, end, sentence.end);
        if (outer?.source && outer.content[0]!.end <= cue.start) {
          const lastSpan = last.content[last.content.length - 1]!;
          if (lastSpan.end > cue.start) lastSpan.end = trimContentEnd(text, lastSpan.start, cue.start);
          quotes.push(outer);
          coveredUntil = Math.max(coveredUntil, outer.source.end);
          continue;
        }
      }
      // "SMITH: I think we want …": a speaker's turn is one attribution; cues inside it are the speaker's words.
      if (headline && cue.start < coveredUntil) continue;
      if (cue.start < coveredUntil && !participle) {
        const second = last ? secondReport(text, cue, last, end) : undefined;
        if (second) {
          quotes.push(second);
          last = second;
          coveredUntil = Math.max(cue.end, ...second.content.map((c) => c.end));
        }
        continue;
      }
      const noun = NOUN_CUES.has(cue.word) && !participle ? nounQuote(text, cue, sentence.start, end) : undefined;
      if (noun) {
        noun.content = noun.content.flatMap((span) => clip(text, span, blocked));
        // A noun cue sits inside a clause; the clause's own report ("Smith said his attacks on …") still counts.
        if (noun.content.length) quotes.push(noun);
        continue;
      }
      if (cue.nounOnly) continue;
      if (!participle && NOT_A_REPORT_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 12), cue.start))) continue;
      const quote = OPENING_PARTICIPLES.has(cue.word) && /^[\s"“]*$/.test(text.slice(sentence.start, cue.start))
        ? openingParticipleQuote(text, cue, end)
        : participle
        ? participleQuote(text, cue, end, last?.source ?? directSpeaker(cue.start) ?? guessSubject(text, sentence.start, cue.start))
        : cue.sourceAfter
          ? accordingToQuote(text, cue, sentence.start, end, sentence.end)
          : verbQuote(text, cue, Math.max(sentence.start, coveredUntil), end, sentence.start, sentence.end);
      if (!quote) continue;
      // "Turnout is expected to rise", "the deal seemed close": a passive or raising cue has no speaker in the text.
      if (quote.source && !cue.sourceAfter && (RAISING_CUES.has(cue.word) || (cue.learned && /\b(?:is|are|was|were|been|being|be)\s+$/.test(text.slice(Math.max(sentence.start, cue.start - 8), cue.start)) && !/^\s+by\b/.test(text.slice(cue.end, cue.end + 4))))) delete quote.source;
      quote.content = quote.content.flatMap((span) => clip(text, span, blocked));
      if (!quote.content.length) continue;
      if (participle && last && last.content.length) {
        // "X said A, adding that B": A stops at the comma before the participle.
        const lastSpan = last.content[last.content.length - 1]!;
        if (lastSpan.end > cue.start) lastSpan.end = trimContentEnd(text, lastSpan.start, cue.start);
      }
      quotes.push(quote);
      last = quote;
      coveredUntil = Math.max(cue.end, ...quote.content.map((s) => s.end), quote.source?.end ?? 0);
    }
  }
  return quotes.filter((q) => q.content.every((s) => s.end > s.start));
}

/** A learned cue word followed by an auxiliary is a noun subject ("talks would follow"), not a report. */
const NOUN_BEFORE_VERB = /^\s+(?:would|will|is|was|are|were|has|have|had|could|can|should|may|might)\b/;

/** How far (characters) a listed cue may follow a learned one that then counts as part of its speaker phrase. */
const SPEAKER_PHRASE_GAP = 40;

/** A learned cue word right before a listed cue with only words between is part of the speaker ("hopeful Jane Roe said"). */
function insideSpeakerPhrase(text: string, cue: CueMatch, next: CueMatch | undefined): boolean {
  if (!next || next.learned || next.start - cue.end > SPEAKER_PHRASE_GAP) return false;
  return /^[\s\p{L}.'’-]*$/u.test(text.slice(cue.end, next.start)) && /\p{Lu}/u.test(text.slice(cue.end, next.start));
}

/** "Name: what they said" at a sentence start, as in headlines ("Pence: Flowers Won't Be at Debate"). */
const HEADLINE_SPEAKER = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}):[ \t]+(?=\S)/u;

/** A transcript speaker label in capitals: "TAPPER", "GOV. FALLIN". */
const TRANSCRIPT_SPEAKER = /^[\p{Lu}][\p{Lu}.'’ -]+$/u;

/** The end of the line holding `offset`. */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline;
}

function headlineQuote(text: string, sentence: Span, end: number, blocked: SpanSet): Quote | undefined {
  const match = HEADLINE_SPEAKER.exec(text.slice(sentence.start, end));
  if (!match) return undefined;
  const source = { start: sentence.start, end: sentence.start + match[1]!.length };
  const cue = { start: source.end, end: source.end + 1 };
  const content = trimContent(text, sentence.start + match[0].length, end);
  if (!content || blocked.overlaps(cue)) return undefined;
  return { cue, content: [content], source, direct: false };
}

/** Longest source (words) after "according to": documents are often long ("a 52-count civil complaint filed by …"). */
const MAX_ACCORDING_TO_WORDS = 30;

/** `according to X, A` and `A, according to X`. */
function accordingToQuote(text: string, cue: CueMatch, sentenceStart: number, end: number, sentenceEnd: number): Quote | undefined {
  const source = findSourceAfter(text, cue.end, sentenceEnd, MAX_ACCORDING_TO_WORDS, true);
  const before = trimContent(text, sentenceStart, cue.start);
  if (before) return { cue: spanOf(cue), content: [before], ...(source ? { source } : {}), direct: false };
  if (!source) return undefined;
  const after = trimContent(text, source.end, end);
  return after ? { cue: spanOf(cue), content: [after], source, direct: false } : undefined;
}

/** `X said (that) A`, `A, X said`, `A, said X`, `A, X said, B`. */
function verbQuote(text: string, cue: CueMatch, limit: number, end: number, sentenceStart: number, sentenceEnd: number): Quote | undefined {
  const passive = passiveQuote(text, cue, limit, end, sentenceEnd);
  if (passive) return passive;
  const before = findSourceBefore(text, limit, cue.start);
  const cueEnd = extendCue(text, cue.end, end);
  // "Roe, 56, who has served …, said the servers …": a speaker with a relative clause is not content before an inverted cue.
  const relativeSpeaker = before.source !== undefined && /,\s*(?:who|which)\s/.test(text.slice(before.source.start, before.cueStart));
  if (cue.strong && !relativeSpeaker && /[,\u2014–]\s*["”’]?\s*$/.test(text.slice(limit, before.cueStart))) {
    // Inverted order after the content: "…, said the minister."
    const source = findSourceAfter(text, cueEnd, sentenceEnd);
    const content = trimContent(text, limit, before.cueStart);
    if (source && content) return { cue: { start: before.cueStart, end: cueEnd }, content: [content], source, direct: false };
  }
  if (before.source) return trailingQuote(text, cue, before.source, before.cueStart, cueEnd, limit, end);
  // "The nominee outlined his plan and vowed to …": the coordinated verb shares the sentence subject.
  if (/\b(?:and|but|yet)\s+$/.test(text.slice(limit, before.cueStart))) {
    const subject = guessSubject(text, sentenceStart, before.cueStart);
    const after = trimContent(text, cueEnd, end);
    if (subject && after) return { cue: { start: before.cueStart, end: cueEnd }, content: [after], source: subject, direct: false };
  }
  return undefined;
}

/** "A was endorsed by X": the source follows "by", the content is the subject. */
function passiveQuote(text: string, cue: CueMatch, limit: number, end: number, sentenceEnd: number): Quote | undefined {
  const auxiliary = /\b(?:is|was|were|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u.exec(text.slice(limit, cue.start));
  const by = /^\s+by\s+/.exec(text.slice(cue.end, end));
  if (!auxiliary || !by) return undefined;
  const source = findSourceAfter(text, cue.end + by[0].length, sentenceEnd, MAX_ACCORDING_TO_WORDS);
  const auxiliaryStart = limit + auxiliary.index;
  const subject = findSourceBefore(text, limit, auxiliaryStart);
  if (!source || !subject.source) return undefined;
  return { cue: { start: subject.cueStart, end: cue.end + by[0].length - 1 }, content: [subject.source], source, direct: false };
}

function trailingQuote(text: string, cue: CueMatch, source: Span, cueStart: number, cueEnd: number, limit: number, end: number): Quote | undefined {
  const rest = text.slice(cueEnd, end);
  if (LISTENER_VERBS.has(cue.word)) {
    const object = LISTENER_OBJECT.exec(rest);
    if (object) cueEnd = extendCue(text, cueEnd + object[0].length, end);
  }
  const opener = /^\s*(?:,\s*)?(?::|that\b|(?=["“«„‘]))?\s*/.exec(text.slice(cueEnd, end))![0];
  // Inside a relative clause (", which officials said was final, …") the content ends at the clause's comma.
  const relative = /,\s*(?:(?:which|that|who|whom)\s+)?$/.test(text.slice(limit, source.start)) && (/^(?:who|which)$/i.test(text.slice(source.start, source.end)) || /,\s*(?:which|that|who|whom)\s+$/.test(text.slice(limit, source.start)));
  const contentEnd = relative ? untilComma(text, cueEnd + opener.length, end) : end;
  const after = trimContent(text, cueEnd + opener.length, untilBreak(text, cueEnd + opener.length, contentEnd));
  const before = trimContent(text, limit, source.start);
  const midSentence = before && /,\s*$/.test(text.slice(limit, source.start)) && /^\s*,/.test(text.slice(cueEnd, end));
  if (midSentence && after) return { cue: { start: cueStart, end: cueEnd }, content: [before, after], source, direct: false };
  if (after) return { cue: { start: cueStart, end: cueEnd }, content: [after], source, direct: false };
  if (!after && before && /,\s*["”’]?\s*$/.test(text.slice(limit, source.start))) return { cue: { start: cueStart, end: cueEnd }, content: [before], source, direct: false };
  return undefined;
}

/** A clause joint before a second speaker: "X said A, but Y argued B". */
const CLAUSE_JOINT = /(?:[,;]\s*(?:(?:and|but|while|whereas|although|though)\s+)?|\s(?:but|while|whereas|although|though)\s+)$/;

/** Splits a report whose content holds a second speaker's cue; the first content stops at the joint. */
function secondReport(text: string, cue: CueMatch, last: Quote, end: number): Quote | undefined {
  const lastSpan = last.content[last.content.length - 1]!;
  if (cue.start <= lastSpan.start || cue.start >= lastSpan.end || cue.sourceAfter) return undefined;
  const before = findSourceBefore(text, lastSpan.start, cue.start);
  if (!before.source) {
    // "X told … and says he will …": a coordinated cue keeps the speaker.
    const joint = /(?:,\s*)?\b(?:and|but|yet)\s+$/.exec(text.slice(lastSpan.start, before.cueStart));
    const after = trimContent(text, extendCue(text, cue.end, end), end);
    if (!joint || !after || !last.source) return undefined;
    const cut = trimContentEnd(text, lastSpan.start, lastSpan.start + joint.index);
    if (cut <= lastSpan.start) return undefined;
    lastSpan.end = cut;
    return { cue: { start: before.cueStart, end: extendCue(text, cue.end, end) }, content: [after], source: { ...last.source }, direct: false };
  }
  const joint = CLAUSE_JOINT.exec(text.slice(lastSpan.start, before.source.start));
  if (!joint) return undefined;
  const quote = trailingQuote(text, cue, before.source, before.cueStart, extendCue(text, cue.end, end), before.source.start, end);
  if (!quote) return undefined;
  const cut = trimContentEnd(text, lastSpan.start, lastSpan.start + joint.index);
  if (cut <= lastSpan.start) return undefined;
  lastSpan.end = cut;
  return quote;
}

/** Raising verbs: their subject is what seems, not who says so (PolNeAR leaves such sources out). */
const RAISING_CUES: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** Cues that open a sentence as a participle clause whose content runs to the comma ("Asked about the deal, …"). */
const OPENING_PARTICIPLES: ReadonlySet<string> = new Set(['asked', 'pressed', 'questioned', 'challenged', 'told']);

/** "Asked whether talks would resume, the minister …": a question put to the (unnamed here) subject; no source span. */
function openingParticipleQuote(text: string, cue: CueMatch, end: number): Quote | undefined {
  const content = trimContent(text, cue.end, untilComma(text, cue.end, end));
  return content && content.end < end ? { cue: spanOf(cue), content: [content], direct: false } : undefined;
}

/** A possessor right before a noun cue, with at most one modifier: "his", "Mr. Trump's", "the party's harsh". */
const POSSESSOR_BEFORE = /(?:\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)|((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}+)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s))\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/u;

/** The words that open a noun cue's content: "criticism of …", "support for …", "suggestion that …". */
const NOUN_CUE_LINK = /^\s+(?:of|for|on|to|that|about|against)\s+/;

/** "his criticism of the plan": the possessor is the source, what follows the linking word the content. */
function nounQuote(text: string, cue: CueMatch, sentenceStart: number, end: number): Quote | undefined {
  const possessor = POSSESSOR_BEFORE.exec(text.slice(Math.max(sentenceStart, cue.start - 60), cue.start));
  const link = NOUN_CUE_LINK.exec(text.slice(cue.end, end));
  if (!possessor || !link || /^(?:he|she|it|that|there|what|who|this)['’]s$/i.test(possessor[2] ?? '')) return undefined;
  const phrase = possessor[1] ?? possessor[2]!;
  const sourceStart = cue.start - possessor[0].length + possessor[0].indexOf(phrase);
  const from = cue.end + link[0].length;
  const content = trimContent(text, from, untilBreak(text, from, untilComma(text, from, end)));
  if (!content) return undefined;
  return { cue: { start: cue.start, end: cue.end + link[0].trimEnd().length }, content: [content], source: { start: sourceStart, end: sourceStart + phrase.length }, direct: false };
}

/** `…, adding that B`: the speaker is the one of the report just before. */
function participleQuote(text: string, cue: CueMatch, end: number, speaker: Span | undefined): Quote | undefined {
  const opener = /^\s*(?::|that\b)?\s*/.exec(text.slice(cue.end, end))![0];
  const after = trimContent(text, cue.end + opener.length, end);
  if (!after) return undefined;
  return { cue: spanOf(cue), content: [after], ...(speaker ? { source: { ...speaker } } : {}), direct: false };
}

/** Cuts the parts of a content span that already belong to an attributed direct quote. */
function clip(text: string, span: Span, blocked: SpanSet): Span[] {
  return blocked.subtract(span).map((p) => trimContent(text, p.start, p.end)).filter((p): p is Span => p !== undefined);
}

function spanOf(cue: CueMatch): Span {
  return { start: cue.start, end: cue.end };
}

/** A break that ends reported content: a semicolon or a spaced dash ("…, he said — probably not …"). */
const CONTENT_BREAK = /;|\s[\u2014―]\s|\s--\s/;

/** The first comma after `start` outside quotation marks, or `end`. */
function untilComma(text: string, start: number, end: number): number {
  const comma = text.slice(start, end).search(/,\s/);
  return comma < 0 || /["“”]/.test(text.slice(start, start + comma)) ? end : start + comma;
}

/** Where reported content starting at `start` stops: the first break outside quotation marks, or `end`. */
function untilBreak(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  const match = CONTENT_BREAK.exec(slice);
  if (!match || /["“”]/.test(slice.slice(0, match.index))) return end;
  return start + match.index;
}

/** Trims spaces and joining punctuation at both ends; undefined when nothing worded is left. */
function trimContent(text: string, start: number, end: number): Span | undefined {
  while (start < end && /[\s,;:\u2014–-]/.test(text[start]!)) start++;
  end = trimContentEnd(text, start, end);
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : undefined;
}

/** Drops trailing spaces, commas and sentence-final punctuation (closing quotation marks stay). */
function trimContentEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:.!?\u2014–-]/.test(text[end - 1]!)) end--;
  return end;
}
