import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';

@ObjectType({ description: 'A text in German and English.' })
export class LocalizedText {
  @Field({ description: 'German.' })
  de!: string;

  @Field({ description: 'English.' })
  en!: string;
}

@ObjectType({ description: 'A topic of expertise and of services (domain.md §8.3), hierarchical.' })
export class Topic {
  @Field(() => ID, { description: 'Topic code, e.g. "domestic_violence".' })
  id!: string;

  @Field(() => LocalizedText, { description: 'Name of the topic.' })
  label!: LocalizedText;

  @Field(() => Int, {
    description: 'How critical gaps in this topic are: 3 = acute danger, 1 = supportive.',
  })
  criticality!: number;

  @Field({ description: 'True for a group of topics rather than a catalogue topic.' })
  isGroup!: boolean;

  parentCode!: string | null;
}

@ObjectType({ description: 'A group of people services are for (domain.md §8.4), with ages.' })
export class TargetGroup {
  @Field(() => ID, { description: 'Target group code, e.g. "children_6_14".' })
  id!: string;

  @Field(() => LocalizedText, { description: 'Name of the target group.' })
  label!: LocalizedText;

  @NullableField(Int, 'Lowest age in completed years (inclusive).')
  minAge!: number | null;

  @NullableField(Int, 'Age from which the group no longer applies (exclusive), in years.')
  maxAge!: number | null;
}

@ObjectType({
  description:
    'The county, one of its municipalities, or an external region that hosts services for it, ' +
    'as the loaded region file gives them (decision 030).',
})
export class Region {
  @Field(() => ID, { description: 'Region code, e.g. "koethen", "dessau_rosslau".' })
  id!: string;

  @Field({ description: '"county", "municipality" or "external".' })
  kind!: string;

  @Field(() => LocalizedText, { description: 'Name of the region.' })
  name!: LocalizedText;

  @NullableField(String, 'Official key (AGS): 8 digits for a municipality, 5 for the county.')
  ags!: string | null;

  @NullableField(Int, 'Inhabitants, where known.')
  population!: number | null;

  @NullableField(Int, 'Year the population figure refers to, where known.')
  populationYear!: number | null;

  @NullableField(Boolean, 'True when the population is rounded or estimated.')
  approximate!: boolean | null;

  @NullableField(Boolean, 'For a municipality: true for a town (Stadt), false for a Gemeinde.')
  isTown!: boolean | null;

  @NullableField(
    String,
    'For a municipality: the code of the municipality whose Amtsgericht serves it.',
  )
  courtDistrict!: string | null;

  @NullableField(String, 'For the county: the code of the municipality it is administered from.')
  seat!: string | null;

  @NullableField(String, 'For an external region: "city", "state" or "federal".')
  level!: string | null;

  @NullableField(LocalizedText, 'For an external region: the services that sit there, in words.')
  hosts!: LocalizedText | null;

  @NullableField(
    GraphQLJSON,
    'For a municipality: its boundary as a GeoJSON Polygon or MultiPolygon geometry, if loaded.',
  )
  boundary!: unknown;

  neighbourCodes!: readonly string[];
}
