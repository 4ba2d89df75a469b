import type { Stage } from './stage.ts';
import { sentencesStage } from '../annotate/sentences/index.ts';
import { createEntitiesStage, type EntityModel } from '../annotate/entities/index.ts';
import { timesStage } from '../annotate/times/index.ts';
import { quantitiesStage } from '../annotate/quantities/index.ts';
import { quotesStage } from '../annotate/quotes/index.ts';
import { claimsStage } from '../annotate/claims/index.ts';

/** Resources the stages need, loaded once by the caller (models are files: loading is I/O, not ours). */
export interface StageResources {
  entityModel: EntityModel;
}

/** The one ordered list of annotation stages. Each declares what it needs; buildPipeline checks the order. */
export function createStages(resources: StageResources): Stage[] {
  return [sentencesStage, createEntitiesStage(resources.entityModel), timesStage, quantitiesStage, quotesStage, claimsStage] as Stage[];
}
