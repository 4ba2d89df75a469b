import { eld } from 'eld/medium';

/** Characters of text sampled for language detection; more adds time, not accuracy. */
export const LANGUAGE_SAMPLE_CHARS = 2000;

/** Detects the language of a text as an ISO 639-1 code, or undefined when too short or unclear. */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  if (sample.replace(/[^\p{L}]/gu, '').length < 10) return undefined;
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : undefined;
}
