import type { Span } from '../core/types.ts';

/** A pointer to the sentence (or passage) of one article that supports a briefing item. */
export interface Citation {
  articleId: string;
  /** Index of the source in `Briefing.sources` (1-based, as printed). */
  source: number;
  span: Span;
  /** True when the cited article is a copy of another article in the story. */
  copy: boolean;
}

/** A sentence of the briefing and where it comes from; `text` is the first citation's span. */
export interface BriefItem {
  text: string;
  citations: Citation[];
}

/** A dated event. */
export interface TimelineEntry extends BriefItem {
  /** TimeML value of the date (2025-12-28, 2025-12, 2025-W52...). */
  date: string;
}

/** One fact the sources report differently, or that rests on one source. */
export interface ContestedFact {
  key: string;
  /** Names that tell this fact apart from others with the same key. */
  context: string[];
  status: 'conflicting' | 'single-source' | 'consistent';
  variants: { value: string; hedge?: string; items: BriefItem[] }[];
}

/** Statements by one speaker in date order. */
export interface SpeakerStatements {
  speaker: string;
  entityId?: string;
  /** `wordings`: the same statement as other articles worded it, when the words differ. */
  statements: (BriefItem & { direct: boolean; date?: string; wordings: BriefItem[] })[];
}

/** A source article of the briefing. */
export interface BriefSource {
  number: number;
  articleId: string;
  title?: string;
  /** The first sentence, shortened, of an article without a title: what names it in a source list. */
  lead?: string;
  outlet?: string;
  url?: string;
  input: string;
  publishedAt?: string;
  copyOf?: string;
}

/** The briefing of one story: every item carries at least one citation. */
export interface Briefing {
  story: { id: string; title: string; firstSeen?: string; lastSeen?: string; datedBy?: 'published' | 'ingested'; articles: number; independentSources: number };
  keyPoints: BriefItem[];
  timeline: TimelineEntry[];
  contested: ContestedFact[];
  /** Facts that two or more independent sources report alike. */
  corroborated: ContestedFact[];
  whoSaidWhat: SpeakerStatements[];
  sources: BriefSource[];
}
