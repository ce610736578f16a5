import { Max, Min } from 'class-validator';
import {
  ArgsType,
  Args,
  createUnionType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { Meeting, Training } from '../event/event.type';
import { Institution } from '../institution/institution.type';
import { Network } from '../network/network.type';
import { Service } from '../offering/offering.type';
import { Person } from '../person/person.type';
import { SEARCHABLE_LABELS, type SearchableLabel } from '@schutznetz/domain';

const SearchKind = Object.fromEntries(
  SEARCHABLE_LABELS.map((label) => [label.toUpperCase(), label]),
);
registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What kind of entry a search hit is.',
});

/** The GraphQL class of each searchable label. */
const RESULT_TYPES = { Institution, Person, Service, Network, Meeting, Training } as const;

const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'An institution, person, service, network, meeting or training.',
  types: () => [Institution, Person, Service, Network, Meeting, Training] as const,
});

@ObjectType({ description: 'One search hit with its relevance.' })
export class SearchHit {
  @Field(() => SearchKind, { description: 'Kind of entry.' })
  kind!: SearchableLabel;

  @Field(() => Float, { description: 'Relevance (higher is better).' })
  score!: number;

  id!: string;
}

@ArgsType()
class SearchArgs {
  @Field({ description: 'Words to look for (each word as a prefix; all must occur).' })
  text!: string;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds of entry.' })
  kinds?: SearchableLabel[] | null;

  @Field(() => Int, { defaultValue: 20, description: 'How many hits (1–100).' })
  @Min(1)
  @Max(100)
  first = 20;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over institutions, people (members and up), services, networks, meetings and trainings, best first.',
  })
  async search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    const hits = await ctx.services.search.search(
      args.text,
      args.kinds ?? undefined,
      args.first,
      ctx.viewer,
    );
    return hits.map((hit) => ({ kind: hit.label, score: hit.score, id: hit.id }));
  }

  @FieldResolver(() => SearchResult, { description: 'The entry found.' })
  async node(@Root() hit: SearchHit, @Ctx() ctx: Context): Promise<typeof SearchResult> {
    const { services } = ctx;
    const loaders: Record<SearchableLabel, (id: string) => Promise<object | null>> = {
      Institution: (id) => services.institution.findById(id),
      Person: (id) => services.person.findById(id),
      Service: (id) => services.offering.findById(id),
      Network: (id) => services.network.findById(id),
      Meeting: (id) => services.event.findMeeting(id),
      Training: (id) => services.event.findTraining(id),
    };
    const record = await loaders[hit.kind](hit.id);
    if (!record) throw new Error(`search hit ${hit.id} vanished`);
    // type-graphql tells union members apart by class, so the plain record gets its class.
    return Object.assign(new RESULT_TYPES[hit.kind](), record);
  }
}

export const SEARCH_RESOLVERS = [SearchResolver];
