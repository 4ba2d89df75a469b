import { BULLET_CHARACTERS } from './rules.ts';

/** A list-item marker found in running text ("1.", "2.)", "b.", "3)"). */
interface ListMarker {
  start: number;
  value: number;
  style: string;
}

// A marker is a short number or a lower-case letter, then ".", ".)" or ")", then a space and an
// item that does not start lower-case. Upper-case letters are left out: "Plan A. Plan B." is prose.
const MARKER = /(?<=^|[\s\p{Zs}])(\d{1,3}|[ivx]{1,5}|[a-z])(\.\)|\.|\))(?=\s+["'“‘(]?[\p{Lu}\d])/gu;

/**
 * Offsets in [start, end) where a list item begins: each bullet, and each numbered or lettered
 * marker that has a neighbour in sequence (n and n+1, same style), so a lone "5." is not a list.
 */
export function findListStarts(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  for (let i = start; i < end; i++) {
    if (BULLET_CHARACTERS.includes(text[i]!) && (i === start || /\s/.test(text[i - 1]!))) cuts.push(i);
  }
  const markers = findMarkers(text.slice(start, end), start, text, cuts);
  const inSequence = markers.filter((m) => markers.some((o) => o.style === m.style && (o.value === m.value + 1 ? o.start > m.start : o.value === m.value - 1 && o.start < m.start)));
  for (const marker of inSequence) cuts.push(marker.start);
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** Markers in a slice, skipping those that directly follow a bullet (the bullet already starts the item). */
function findMarkers(slice: string, offset: number, text: string, bullets: readonly number[]): ListMarker[] {
  const found: ListMarker[] = [];
  for (const match of slice.matchAll(MARKER)) {
    const start = offset + match.index!;
    let before = start - 1;
    while (before >= offset && /\s/.test(text[before]!)) before--;
    if (before >= offset && bullets.includes(before)) continue;
    const label = match[1]!;
    const delimiter = match[2]!;
    if (/^\d+$/.test(label)) found.push({ start, value: Number(label), style: `number${delimiter}` });
    if (label.length === 1 && /[a-z]/.test(label)) found.push({ start, value: label.charCodeAt(0) - 96, style: `letter${delimiter}` });
    const roman = romanValue(label);
    if (roman > 0) found.push({ start, value: roman, style: `roman${delimiter}` });
  }
  return found;
}

/** Offsets in [start, end) where a new line starts a new sentence: after a blank line, or before a line that does not start lower-case. */
export function findLineStarts(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  for (let i = start; i < end; i++) {
    if (text[i] !== '\n') continue;
    let next = i + 1;
    while (next < end && /\s/.test(text[next]!)) next++;
    if (next >= end) break;
    const blank = text.slice(i + 1, next).includes('\n');
    if (blank || !/\p{Ll}/u.test(text[next]!)) cuts.push(next);
    i = next - 1;
  }
  return cuts;
}

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10 };

/** Value of a lower-case roman numeral made of i, v and x ("iv" → 4), or 0 when it is not one. */
function romanValue(label: string): number {
  if (!/^[ivx]+$/.test(label)) return 0;
  let total = 0;
  for (let k = 0; k < label.length; k++) {
    const digit = ROMAN_DIGITS[label[k]!]!;
    const next = ROMAN_DIGITS[label[k + 1] ?? ''] ?? 0;
    total += digit < next ? -digit : digit;
  }
  return total;
}
