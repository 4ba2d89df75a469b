import type { Article, LayerName, Layers, Message } from './types.ts';

/** What a stage gets besides the article: shared read-only resources and a message sink. */
export interface StageContext {
  /** Reports a problem in the data; the runner stamps the stage name. */
  report(message: Omit<Message, 'stage'>): void;
  /** Resources loaded once at set-up (models, lexicons), keyed by name. */
  resources: ReadonlyMap<string, unknown>;
}

/** An annotation stage: reads a frozen article and returns one layer. */
export interface Stage<L extends LayerName = LayerName> {
  name: string;
  /** The layer this stage returns. */
  provides: L;
  /** Layers that must already be present. */
  requires: readonly LayerName[];
  run(article: Readonly<Article>, context: StageContext): Layers[L];
}

/** Helper to declare a stage with its layer type checked. */
export function defineStage<L extends LayerName>(stage: Stage<L>): Stage<L> {
  return stage;
}
