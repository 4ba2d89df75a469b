import type { Span } from '../../core/types.ts';

/** Words whose period does not end a sentence ("Mr.", "Sen.", initials, "U.S."). */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|etc|Inc|Corp|Co|Ltd|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])$/;

/**
 * Splits text into sentences at line ends and at . ! ? before a capital, except after abbreviations;
 * used only when no sentence layer is given.
 */
export function fallbackSentences(text: string): Span[] {
  const sentences: Span[] = [];
  const boundary = /[.!?]+["”’'')\]]*(?=\s+["“‘(\[]?[\p{Lu}\d])|\n+/gu;
  let start = 0;
  const push = (end: number): void => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) sentences.push({ start: a, end: b });
  };
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    if (match[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}
