import type { Quote, Span } from '../../core/types.ts';
import { extendCue, findCues, type CueMatch } from './cues.ts';
import type { QuotedSegment } from './marks.ts';
import { TRAILING_CUE_WINDOW } from './rules.ts';
import { findSourceAfter, findSourceBefore, guessSubject } from './speaker.ts';

/** A direct quote with the segments it consumed. */
export interface DirectQuote extends Quote {
  /** Index of the last paragraph its content reaches. */
  lastParagraph: number;
}

/** A name after a dash that follows a quote: `” ― Jane Doe`. */
const DASH_ATTRIBUTION = /^[―—–]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?=\s*[.,]?\s*$|\s*[.,]?\s*[“"])/u;

/** A period that ends a sentence, not one closing an abbreviation ("Mr.", "Sen.", an initial). */
const PERIOD = String.raw`(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|[A-Z]))\.`;
const SENTENCE_STOP = new RegExp(String.raw`[!?;“"«„]|''|${PERIOD}`);
const SENTENCE_BREAK = new RegExp(String.raw`.*(?:[!?]|${PERIOD})["”’']*\s+`, 's');

/** A short quoted title: up to six capitalised words ("Sunday Morning Futures,"). */
const TITLE = /^\P{L}*\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|a|in|on|for|to)){0,5}\P{L}*$/u;

/** How far back (characters) from a cue the start of its sentence is searched for. */
const SENTENCE_LOOKBACK_CHARS = 600;

/** Longest stretch (characters) between a cue and the opening mark of the quote it introduces. */
const LEADING_CUE_GAP = 60;

/** Attaches cues and speakers to quoted segments: quote-then-cue, cue-then-quote, and split quotes. */
export function attributeSegments(text: string, segments: readonly QuotedSegment[], paragraphs: readonly Span[]): { quotes: DirectQuote[]; partial: QuotedSegment[] } {
  const quotes: DirectQuote[] = [];
  const partial: QuotedSegment[] = [];
  let i = 0;
  while (i < segments.length) {
    const chain = takeChain(segments, i);
    i += chain.length;
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    const paragraph = paragraphs[last.paragraph]!;
    const next = segments[i] && segments[i]!.paragraph === last.paragraph ? segments[i] : undefined;
    const lastEnd = last.markEnd ?? last.end;
    let trailing = findTrailingCue(text, lastEnd, Math.min(next?.start ?? paragraph.end, lastEnd + TRAILING_CUE_WINDOW));
    // `… "reckless." The agency said North Korea had …` starts a new report: a quote that ends its
    // sentence takes a trailing cue only when nothing but punctuation follows the cue.
    const quoted = text.slice(last.start, lastEnd);
    if (trailing && /[.!?]["”’'»」]*$/.test(quoted) && !/^\s*(?:[.,;:]|$)/.test(text.slice(trailing.end, Math.min(next?.start ?? paragraph.end, trailing.end + 8)))) trailing = undefined;
    // A quote with no comma before its cue is a partial quote mid-sentence (`was “no evidence" of a plot, the mayor said`)
    // unless the speaker follows the mark at once.
    if (trailing && !/[,?!\u2014–-]["”’'»」]*$/.test(quoted) && !/^\s*[,\u2014–―]/.test(text.slice(lastEnd, lastEnd + 3)) && trailing.phraseStart !== undefined && !/^\s*$/.test(text.slice(lastEnd, trailing.phraseStart))) trailing = undefined;
    // `on “Sunday Morning Futures,” Rep. Roe said the …`: a quoted title before a report is no direct quote.
    if (trailing && TITLE.test(quoted) && /^\s+\p{L}/u.test(text.slice(trailing.end, trailing.end + 3))) trailing = undefined;
    const firstParagraph = paragraphs[first.paragraph]!;
    const previous = segments[i - chain.length - 1];
    const leftLimit = previous && previous.paragraph === first.paragraph ? previous.end : firstParagraph.start;
    let leading = trailing ? undefined : findLeadingCue(text, leftLimit, first.start);
    // "Smith continued:" closing one paragraph introduces the quote that opens the next.
    const above = paragraphs[first.paragraph - 1];
    if (!trailing && !leading && leftLimit === firstParagraph.start && above && /:\s*$/.test(text.slice(above.start, above.end))) {
      const lastAbove = segments[i - chain.length - 1];
      leading = findLeadingCue(text, lastAbove && lastAbove.paragraph === first.paragraph - 1 ? lastAbove.end : above.start, first.start);
    }
    const attribution = trailing ?? leading;
    if (attribution && !attribution.source) {
      // `“A,” Smith said, adding later, “B.”`: a speakerless cue in the same sentence as the last quote's keeps its speaker.
      const previousQuote = quotes[quotes.length - 1];
      if (previousQuote?.source && previousQuote.cue.end <= attribution.cue.start && !SENTENCE_BREAK_BETWEEN.test(text.slice(previousQuote.cue.end, attribution.cue.start))) attribution.source = { ...previousQuote.source };
    }
    if (attribution) {
      const content: Span[] = chain.map(spanOnly);
      let lastParagraph = last.paragraph;
      // `"A," she said, "B."` and `"A," she said. "B."`: the next quote in the paragraph joins this one.
      // Not when the next quote runs on into the sentence (`“B” to drive up …, she said`): that is a partial quote of its own.
      if (trailing && next && /^[\s,.;:\u2014–-]*$/.test(text.slice(trailing.end, next.start)) && !RUNS_ON.test(text.slice(next.end, next.end + 40))) {
        const more = takeChain(segments, i);
        i += more.length;
        content.push(...more.map(spanOnly));
        lastParagraph = more[more.length - 1]!.paragraph;
      }
      quotes.push({ cue: attribution.cue, content, ...(attribution.source ? { source: attribution.source } : {}), direct: true, lastParagraph });
      continue;
    }
    // A paragraph that is only a quote carries on the speaker of the quote just before it.
    const previousQuote = quotes[quotes.length - 1];
    const opensSentence = first.start === firstNonSpace(text, firstParagraph) || /[.!?]["”’']*\s+$/.test(text.slice(Math.max(leftLimit, first.start - 12), first.start));
    const closesSentence = /^["”’']*\s*(?:[.!?]|$)/.test(text.slice(last.end, Math.min(paragraph.end, last.end + 8))) || /[.!?]["”’']*$/.test(text.slice(last.start, last.end));
    if (opensSentence && closesSentence && previousQuote && first.paragraph - previousQuote.lastParagraph <= 1) {
      previousQuote.content.push(...chain.map(spanOnly));
      previousQuote.lastParagraph = last.paragraph;
      continue;
    }
    partial.push(...chain);
  }
  return { quotes, partial };
}

/** Longest speaker phrase (words) after an inverted cue right behind a quote: `," said a longtime aide who …`. */
const INVERTED_SOURCE_MAX_WORDS = 20;

/** Text right after a closing mark that carries the sentence on: a lowercase word, not a cue. */
const RUNS_ON = /^\s+(?!(?:he|she|they|it|we|i|said|says|added|adds|the|a|an)\b)\p{Ll}/u;

/** A sentence end or paragraph break between two cues: their quotes are separate reports. */
const SENTENCE_BREAK_BETWEEN = /[.!?]["”’]?\s|\n/;

interface Attribution {
  cue: Span;
  source?: Span;
  /** Where the attribution text ends. */
  end: number;
  /** Where the speaker's core noun phrase starts (an appositive before it may widen `source`). */
  phraseStart?: number;
}

function spanOnly(span: Span): Span {
  return { start: span.start, end: span.end };
}

/** A segment plus the segments that carry it on over the next paragraphs. */
function takeChain(segments: readonly QuotedSegment[], i: number): QuotedSegment[] {
  const chain = [segments[i]!];
  while (segments[i + chain.length]?.continuation) chain.push(segments[i + chain.length]!);
  return chain;
}

/** `," said Smith`, `," Smith said`, `," the minister told reporters`. */
function findTrailingCue(text: string, from: number, limit: number): Attribution | undefined {
  const head = /^[\s,]*/.exec(text.slice(from, limit))![0];
  const start = from + head.length;
  // `“…,” when Clinton blasted him` opens a subordinate clause, not an attribution.
  if (start >= limit || /^(?:when|as|while|after|before|because|if|since|until|though|although|and|but)\b/i.test(text.slice(start, start + 10))) return undefined;
  const dash = DASH_ATTRIBUTION.exec(text.slice(start, limit));
  if (dash) {
    const source = { start: start + dash[0].length - dash[1]!.length, end: start + dash[0].length };
    return { cue: { start, end: start + 1 }, source, end: source.end };
  }
  const cue = firstCue(text, start, limit);
  if (!cue) return undefined;
  if (cue.start === start) {
    const cueEnd = extendCue(text, cue.end, limit);
    const source = findSourceAfter(text, cueEnd, limit, INVERTED_SOURCE_MAX_WORDS);
    return source ? { cue: { start: cue.start, end: cueEnd }, source, end: source.end } : { cue: { start: cue.start, end: cueEnd }, end: cueEnd };
  }
  const before = findSourceBefore(text, start, cue.start);
  if (!before.source) return undefined;
  // Everything between the closing mark and the cue names the speaker ("Smith, a lawyer for the firm, said").
  let sourceEnd = before.cueStart;
  while (sourceEnd > start && /[\s,]/.test(text[sourceEnd - 1]!)) sourceEnd--;
  const conjunction = /^(?:and|but|or)\s+/i.exec(text.slice(start, sourceEnd));
  const sourceStart = start + (conjunction ? conjunction[0].length : 0);
  const cueEnd = extendCue(text, cue.end, limit);
  return { cue: { start: before.cueStart, end: cueEnd }, source: { start: sourceStart, end: sourceEnd }, end: cueEnd, phraseStart: before.source.start };
}

/** `Smith said: "`, `Smith told reporters, "`, `Smith: "`. */
function findLeadingCue(text: string, limit: number, markStart: number): Attribution | undefined {
  const context = text.slice(Math.max(limit, markStart - LEADING_CUE_GAP - 80), markStart);
  const colon = /:\s*$/.test(context);
  const cues = findCues(text, { start: Math.max(limit, markStart - LEADING_CUE_GAP - 80), end: markStart }).filter((c) => c.start >= limit && !c.nounOnly);
  const cue = cues[cues.length - 1];
  if (cue && markStart - cue.end <= LEADING_CUE_GAP && !/[.!?]["”’]?\s/.test(text.slice(cue.end, markStart)) && !cue.sourceAfter) {
    const gap = text.slice(cue.end, markStart);
    // After the cue only a listener, a noun cue, a time or punctuation may come; a clause means a partial quote.
    if (colon || /^[\s,]*$/.test(gap) || /^[^,;:]{0,40}[,:]\s*$/.test(gap)) {
      const sentenceStart = sentenceStartBefore(text, limit, cue.start);
      const before = findSourceBefore(text, sentenceStart, cue.start);
      // "…, stating: “…”": a participle's speaker is the subject of its sentence.
      const participle = cue.word.endsWith('ing') && /,\s*$/.test(text.slice(sentenceStart, cue.start));
      const source = participle ? guessSubject(text, sentenceStart, cue.start) : before.source ?? findSourceAfter(text, cue.end, markStart);
      return { cue: { start: before.cueStart, end: cue.end }, ...(source ? { source } : {}), end: cue.end };
    }
  }
  if (colon) {
    const colonAt = markStart - context.length + context.lastIndexOf(':');
    const before = findSourceBefore(text, sentenceStartBefore(text, limit, colonAt), colonAt);
    if (before.source) return { cue: { start: colonAt, end: colonAt + 1 }, source: before.source, end: colonAt + 1 };
  }
  return undefined;
}

function firstCue(text: string, start: number, limit: number): CueMatch | undefined {
  const stop = SENTENCE_STOP.exec(text.slice(start, limit));
  const end = stop ? start + stop.index : limit;
  // A learned cue word can sit inside the speaker phrase ("presidential hopeful Jane Roe said"): listed cues come first.
  const cues = findCues(text, { start, end }).filter((c) => !c.sourceAfter && !c.nounOnly);
  return cues.find((c) => !c.learned) ?? cues[0];
}

/** The start of the sentence holding `offset`, not before `limit`. */
function sentenceStartBefore(text: string, limit: number, offset: number): number {
  // A speaker phrase sits close to its cue, so a bounded look-back keeps long paragraphs linear.
  limit = Math.max(limit, offset - SENTENCE_LOOKBACK_CHARS);
  const before = text.slice(limit, offset);
  const match = SENTENCE_BREAK.exec(before);
  return match ? limit + match[0].length : limit;
}

function firstNonSpace(text: string, span: Span): number {
  let i = span.start;
  while (i < span.end && /\s/.test(text[i]!)) i++;
  return i;
}
