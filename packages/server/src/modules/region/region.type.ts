import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { Region } from '../reference/reference.type';

@ObjectType({
  description:
    'The region this instance serves (decision 030): the county, its municipalities and the ' +
    'external regions, loaded from a region file; versioned.',
})
export class RegionSetup {
  @Field(() => Int, {
    description: 'Raised by every load that changes the region; 0 while none is loaded.',
  })
  version!: number;

  @NullableField(Region, 'The county; null while no region is loaded.')
  county!: Region | null;

  @Field(() => [Region], { description: 'The county’s municipalities, in the file’s order.' })
  municipalities!: Region[];

  @Field(() => [Region], {
    description:
      'Places outside the county where services for it sit (cities, the Land, the Bund).',
  })
  externals!: Region[];

  @NullableField(String, 'When the region was last changed by a load (ISO 8601).')
  updatedAt!: string | null;

  @NullableField(String, 'Who last changed the region (admins only).')
  updatedBy!: string | null;

  @NullableField(String, 'Where the region file’s figures come from, as the file names it.')
  source!: string | null;

  @Field(() => [String], {
    description: 'The region file’s notes (how neighbours were derived, what is estimated, …).',
  })
  notes!: string[];
}

export enum RegionChangeKind {
  ADDED = 'ADDED',
  CHANGED = 'CHANGED',
  REMOVED = 'REMOVED',
}

registerEnumType(RegionChangeKind, {
  name: 'RegionChangeKind',
  description: 'What a region load does to one region.',
});

@ObjectType({ description: 'What a region load does (or would do) to one region.' })
export class RegionChange {
  @Field({ description: 'The region’s code.' })
  code!: string;

  @Field(() => RegionChangeKind, { description: 'Added, changed or removed.' })
  change!: RegionChangeKind;

  @Field(() => [String], {
    description: 'For a change: the file’s fields that differ (name, population, neighbours, …).',
  })
  fields!: string[];
}

@ObjectType({ description: 'The answer of loadRegion.' })
export class RegionLoadResult {
  @Field({
    description: 'True when the region was written: not a dry run, and something changed.',
  })
  applied!: boolean;

  @Field(() => Int, {
    description: 'The region’s version after the load (unchanged if not written).',
  })
  version!: number;

  @Field(() => [RegionChange], {
    description: 'Region by region, what the load changes; empty when the file equals the region.',
  })
  changes!: RegionChange[];

  @Field(() => RegionSetup, {
    description: 'The region after the load; on a dry run, as the file would make it.',
  })
  region!: RegionSetup;
}
