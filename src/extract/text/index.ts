import type { Message, Paragraph } from '../../core/types.ts';
import { BOILERPLATE_RULES, MAX_BOILERPLATE_LINE_CHARS, TAIL_REGION_SHARE, UI_WORDS, type BoilerplateRule } from './rules.ts';

/** Longest line, in words, that can still be a headline or section heading. */
export const MAX_HEADING_WORDS = 16;

/** The result of cleaning a plain-text or Markdown article. */
export interface TextExtraction {
  text: string;
  paragraphs: Paragraph[];
  title?: string;
  messages: Omit<Message, 'stage'>[];
}

interface Line {
  text: string;
  heading: boolean;
}

/** Cleans plain text or Markdown: normalises whitespace, drops boilerplate lines, marks title and headings. */
export function extractText(raw: string, options: { markdown?: boolean } = {}): TextExtraction {
  const messages: Omit<Message, 'stage'>[] = [];
  const lines = splitLines(normaliseText(raw), options.markdown ?? false);
  const kept = removeBoilerplate(lines, messages);
  const withoutRepeats = dropRepeatedTitle(kept, messages);
  return assemble(withoutRepeats, messages);
}

/** Unicode NFC, Unix newlines, no control characters, single spaces inside lines. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2060]/g, '')
    .replace(/[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ');
}

function splitLines(text: string, markdown: boolean): Line[] {
  const lines: Line[] = [];
  for (const rawLine of text.split('\n')) {
    let line = rawLine.trim();
    let heading = false;
    if (markdown) {
      const match = /^(#{1,6})\s+(.*)$/.exec(line);
      if (match) {
        heading = true;
        line = match[2]!.replace(/\s+#+$/, '');
      }
      line = stripMarkdownInline(line);
    }
    if (line.length > 0) lines.push({ text: line, heading });
  }
  return lines;
}

/** Removes inline Markdown syntax that is not text: emphasis markers, link targets, images. */
function stripMarkdownInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^>\s?/, '')
    .replace(/^[-*+]\s+/, '• ')
    .trim();
}

function matchRule(line: string): BoilerplateRule | undefined {
  if (line.length > MAX_BOILERPLATE_LINE_CHARS) return undefined;
  // Closing-block rules win over line rules: a newsletter box opener also ends the article.
  return BOILERPLATE_RULES.find((rule) => rule.scope === 'tail' && rule.pattern.test(line)) ?? BOILERPLATE_RULES.find((rule) => rule.pattern.test(line));
}

function removeBoilerplate(lines: Line[], messages: Omit<Message, 'stage'>[]): Line[] {
  const tailFrom = Math.floor(lines.length * (1 - TAIL_REGION_SHARE));
  const kept: Line[] = [];
  let previousDropped = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rule = matchRule(line.text);
    if (rule?.scope === 'tail' && i >= tailFrom && i > 0) {
      messages.push({ level: 'info', rule: `boilerplate:${rule.name}`, reason: `dropped ${lines.length - i} closing lines from "${clip(line.text)}" (${rule.reason})` });
      break;
    }
    if (rule) {
      messages.push({ level: 'info', rule: `boilerplate:${rule.name}`, reason: `dropped "${clip(line.text)}" (${rule.reason})` });
      previousDropped = true;
      continue;
    }
    if (previousDropped && UI_WORDS.has(line.text.toLowerCase())) {
      messages.push({ level: 'info', rule: 'boilerplate:ui-word', reason: `dropped "${clip(line.text)}" (interface word next to boilerplate)` });
      continue;
    }
    previousDropped = false;
    kept.push(line);
  }
  return kept;
}

/** True for a short line without closing punctuation: a headline or section heading. */
export function looksLikeHeading(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (words > MAX_HEADING_WORDS) return false;
  if (/[.!?,;:…]["'”’)]?$/.test(line)) return false;
  return /^[\p{Lu}\p{N}"'“‘]/u.test(line);
}

/** Share of shared words above which a heading near the top repeats the title in other casing or wording. */
export const REPEATED_TITLE_WORD_OVERLAP = 0.7;

function words(line: string): Set<string> {
  return new Set(line.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

function wordOverlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, Math.max(a.size, b.size));
}

function dropRepeatedTitle(lines: Line[], messages: Omit<Message, 'stage'>[]): Line[] {
  if (lines.length < 2 || !(lines[0]!.heading || looksLikeHeading(lines[0]!.text))) return lines;
  const title = words(lines[0]!.text);
  return lines.filter((line, index) => {
    if (index === 0 || index > 3 || !looksLikeHeading(line.text) || wordOverlap(words(line.text), title) < REPEATED_TITLE_WORD_OVERLAP) return true;
    messages.push({ level: 'info', rule: 'repeated-title', reason: `dropped a repeat of the title: "${clip(line.text)}"` });
    return false;
  });
}

function assemble(lines: Line[], messages: Omit<Message, 'stage'>[]): TextExtraction {
  const paragraphs: Paragraph[] = [];
  let text = '';
  let title: string | undefined;
  lines.forEach((line, index) => {
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    text += line.text;
    const heading = line.heading || looksLikeHeading(line.text);
    const kind: Paragraph['kind'] = heading ? (index === 0 ? 'title' : 'heading') : 'body';
    if (kind === 'title') title = line.text;
    paragraphs.push({ start, end: text.length, kind });
  });
  return { text, paragraphs, title, messages };
}

function clip(line: string): string {
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
