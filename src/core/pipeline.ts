import type { Stage, StageContext } from './stage.ts';
import type { Article, LayerName, Message } from './types.ts';

/** A checked, ordered list of stages ready to run over articles. */
export interface Pipeline {
  stages: readonly Stage[];
  run(article: Article): Article;
}

/**
 * Builds a pipeline, checking at set-up that every stage's required layers are provided by an
 * earlier stage (or by extraction, which provides paragraphs). Misconfiguration throws here.
 */
export function buildPipeline(stages: readonly Stage[], resources: ReadonlyMap<string, unknown> = new Map(), initial: readonly LayerName[] = ['paragraphs']): Pipeline {
  const available = new Set<LayerName>(initial);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new Error(`pipeline: stage "${stage.name}" is listed twice`);
    names.add(stage.name);
    for (const need of stage.requires) {
      if (!available.has(need)) {
        throw new Error(`pipeline: stage "${stage.name}" requires layer "${need}", but no earlier stage provides it (available: ${[...available].join(', ') || 'none'})`);
      }
    }
    available.add(stage.provides);
  }
  return { stages, run: (article) => runStages(stages, article, resources) };
}

/** Runs the stages in order; a stage that throws leaves an error message and no layer. */
function runStages(stages: readonly Stage[], article: Article, resources: ReadonlyMap<string, unknown>): Article {
  const layers = { ...article.layers };
  const messages: Message[] = [...article.messages];
  for (const stage of stages) {
    const missing = stage.requires.filter((need) => layers[need] === undefined);
    if (missing.length > 0) {
      messages.push({ level: 'warning', stage: stage.name, rule: 'missing-layer', reason: `skipped: layer ${missing.join(', ')} is missing` });
      continue;
    }
    const context: StageContext = {
      resources,
      report: (message) => messages.push({ ...message, stage: stage.name }),
    };
    const view: Readonly<Article> = Object.freeze({ ...article, layers: Object.freeze({ ...layers }), messages });
    try {
      const layer = stage.run(view, context);
      (layers as Record<string, unknown>)[stage.provides] = layer;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      messages.push({ level: 'error', stage: stage.name, rule: 'stage-failed', reason });
    }
  }
  return { ...article, layers, messages };
}
