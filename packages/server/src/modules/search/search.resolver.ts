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
    const load = {
      Institution: () =>
        services.institution.findById(hit.id).then((n) => n && Object.assign(new Institution(), n)),
      Person: () =>
        services.person.findById(hit.id).then((n) => n && Object.assign(new Person(), n)),
      Service: () =>
        services.offering.findById(hit.id).then((n) => n && Object.assign(new Service(), n)),
      Network: () =>
        services.network.findById(hit.id).then((n) => n && Object.assign(new Network(), n)),
      Meeting: () =>
        services.event.findMeeting(hit.id).then((n) => n && Object.assign(new Meeting(), n)),
      Training: () =>
        services.event.findTraining(hit.id).then((n) => n && Object.assign(new Training(), n)),
    }[hit.kind];
    const node = await load();
    if (!node) throw new Error(`search hit ${hit.id} vanished`);
    return node;
  }
}

export const SEARCH_RESOLVERS = [SearchResolver];
