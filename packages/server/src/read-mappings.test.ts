import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { READ_MAPPINGS } from './read-mappings';
import { buildAppSchema } from './schema';

/** `Type.field` of every type-graphql field resolver, with whether its code reads the viewer. */
function fieldResolvers(): Map<string, { readonly readsViewer: boolean }> {
  const storage = getMetadataStorage();
  const typeNames = new Map<unknown, string>(storage.objectTypes.map((t) => [t.target, t.name]));
  const found = new Map<string, { readonly readsViewer: boolean }>();
  for (const resolver of storage.fieldResolvers) {
    const type = typeNames.get(resolver.getObjectType?.());
    const method: unknown = (resolver.target.prototype as Record<string, unknown>)[
      resolver.methodName
    ];
    // A per-viewer rule reads `viewer` (ctx.viewer, or a service call given it).
    const readsViewer = typeof method === 'function' && /\bviewer\b/.test(method.toString());
    if (type) found.set(`${type}.${resolver.schemaName}`, { readsViewer });
  }
  return found;
}

describe('the read mappings (READ_MAPPINGS)', () => {
  let resolvers: Map<string, { readonly readsViewer: boolean }>;

  beforeAll(async () => {
    await buildAppSchema(); // fills type-graphql's metadata
    resolvers = fieldResolvers();
  });

  it('map every field resolver of a compiled type, or name it as left to its resolver with its rule', () => {
    const unaccounted = READ_MAPPINGS.flatMap((mapping) =>
      [...resolvers.keys()]
        .filter((key) => key.startsWith(`${mapping.type}.`))
        .map((key) => key.slice(mapping.type.length + 1))
        .filter((field) => !mapping.fields[field] && !mapping.resolverFields?.[field])
        .map((field) => `${mapping.type}.${field}`),
    );
    expect(unaccounted).toEqual([]);
  });

  it('say, for each mapped field whose resolver decides by the viewer, how the mapping applies that rule by role', () => {
    const perViewer = [...resolvers].filter(([, resolver]) => resolver.readsViewer);
    // The rule this guards: contacts and member people are per viewer (a probe that it finds them).
    expect(perViewer.map(([key]) => key)).toEqual(
      expect.arrayContaining(['Person.email', 'Person.phone', 'Network.members']),
    );
    const unruled = perViewer
      .map(([key]) => key.split('.') as [string, string])
      .filter(([type, field]) => {
        const mapping = READ_MAPPINGS.find((candidate) => candidate.type === type);
        return mapping?.fields[field] && !mapping.resolverFields?.[field]
          ? !mapping.viewerRules?.[field]
          : false;
      })
      .map(([type, field]) => `${type}.${field}`);
    expect(unruled).toEqual([]);
  });

  it('name only real field resolvers as left to their resolvers or ruled by viewer', () => {
    const stale = READ_MAPPINGS.flatMap((mapping) =>
      [
        ...Object.keys(mapping.resolverFields ?? {}).filter(
          (field) =>
            mapping.fields[field] !== undefined || !resolvers.has(`${mapping.type}.${field}`),
        ),
        ...Object.keys(mapping.viewerRules ?? {}).filter(
          (field) =>
            !mapping.fields[field] || !resolvers.get(`${mapping.type}.${field}`)?.readsViewer,
        ),
      ].map((field) => `${mapping.type}.${field}`),
    );
    expect(stale).toEqual([]);
  });
});
