import { readFileSync } from 'node:fs';
import { isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from './schema';

describe('schema.graphql', () => {
  it('matches the schema the resolvers build (run `npm run schema` after an API change)', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(printAppSchema(await buildAppSchema())).toBe(committed);
  });

  it('describes every type and field, so analysts can read it in Apollo Sandbox', async () => {
    const schema = await buildAppSchema();
    const undocumented: string[] = [];
    const roots = new Set(['Query', 'Mutation', 'Subscription']);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description && !roots.has(type.name)) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values<{ name: string; description?: string | null }>(
          type.getFields(),
        )) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('lets only coordinators and admins change data, except staff reporting their own places', async () => {
    await buildAppSchema();
    const mutations = getMetadataStorage().mutations;
    expect(mutations.length).toBeGreaterThan(20);
    const unguarded = mutations
      .filter(
        (mutation) => !(mutation.roles ?? []).some((r) => r === 'coordinator' || r === 'admin'),
      )
      .map((mutation) => [mutation.schemaName, mutation.roles]);
    // Loading the county's region file is for admins alone (decision 030).
    expect(mutations.find((m) => m.schemaName === 'loadRegion')?.roles).toEqual(['admin']);
    // A shelter's own staff report its free places; the service checks that the signed-in
    // person works there (decision 021). Never open to the public.
    expect(unguarded).toEqual([['reportFreePlaces', ['member']]]);
  });
});
