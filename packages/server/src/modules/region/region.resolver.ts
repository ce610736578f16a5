import type { RegionCatalog } from '@schutznetz/domain';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import { regionRecord } from '../reference/reference.service';
import type { Region } from '../reference/reference.type';
import { LoadRegionInput } from './region.input';
import type { RegionSetup as StoredSetup } from './region.service';
import { RegionChangeKind, RegionLoadResult, RegionSetup } from './region.type';

function setupOf(setup: StoredSetup): RegionSetup {
  const catalog: RegionCatalog = setup.catalog;
  const records = (entries: RegionCatalog['all']): Region[] => entries.map(regionRecord);
  return {
    version: setup.version,
    county: catalog.county === null ? null : regionRecord(catalog.county),
    municipalities: records(catalog.municipalities),
    externals: records(catalog.externals),
    updatedAt: setup.updatedAt,
    updatedBy: setup.updatedBy,
    source: catalog.definition?.source ?? null,
    notes: [...(catalog.definition?.notes ?? [])],
  };
}

@Resolver(() => RegionSetup)
export class RegionSetupResolver {
  @Query(() => RegionSetup, {
    description: 'The region this instance serves: county, municipalities, externals, version.',
  })
  async region(@Ctx() ctx: Context): Promise<RegionSetup> {
    return setupOf(await ctx.services.region.setup());
  }

  @Authorized<Role>('admin')
  @Mutation(() => RegionLoadResult, {
    description:
      'Loads a region file (admins only) in one write: adds, changes and removes regions so the ' +
      'stored region equals the file. BAD_USER_INPUT names the file path at fault; removing a ' +
      'region that entries are located in or serve is refused; CONFLICT when expectedVersion is ' +
      'stale. The same file twice changes nothing.',
  })
  async loadRegion(
    @Arg('input', () => LoadRegionInput) input: LoadRegionInput,
    @Ctx() ctx: Context,
  ): Promise<RegionLoadResult> {
    const result = await ctx.services.region.load(
      input.definition,
      { dryRun: input.dryRun ?? false, expectedVersion: input.expectedVersion ?? null },
      { actor: ctx.actor, now: new Date().toISOString() },
    );
    return {
      applied: result.applied,
      version: result.version,
      changes: result.changes.map((c) => ({
        code: c.code,
        change: RegionChangeKind[c.change],
        fields: [...c.fields],
      })),
      region: setupOf(result.setup),
    };
  }
}
