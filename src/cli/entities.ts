import { findStory } from '../library/index.ts';
import { COMMON_HELP, counted, withStore, integerFlag, writeJson, type Command } from './command.ts';

/** `dossier entities`: canonical people, organisations and places with aliases, roles and counts. */
export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'list people, organisations and places with aliases, roles and mention counts',
  usage: `Usage: dossier entities [options]

Options:
  --story ID    only entities of this story
  --limit N     most entities listed (default 50)
${COMMON_HELP}`,
  options: { story: { type: 'string' }, limit: { type: 'string' } },
  async run({ values }, io) {
    const limit = integerFlag('limit', values.limit, 50, 1, 100000);
    return withStore(values, io, async (store) => {
      const articleIds = values.story ? (await findStory(store, values.story as string)).articleIds : undefined;
      const entities = (await store.listEntities({ articleIds })).slice(0, limit);
      if (values.json) {
        writeJson(io, entities);
        return 0;
      }
      for (const e of entities) {
        const aliases = e.aliases.filter((a) => a !== e.name);
        const roles = e.roles.map((r) => `${r.role} (${r.articleIds.length})`);
        io.stdout.write(`${e.type.padEnd(4)} ${e.name}  ×${e.mentionCount} in ${counted(new Set(e.members.map((m) => m.articleId)).size, 'article', 'articles')}${aliases.length ? `  aka ${aliases.join(', ')}` : ''}${roles.length ? `  roles: ${roles.join('; ')}` : ''}\n`);
      }
      return 0;
    });
  },
};
