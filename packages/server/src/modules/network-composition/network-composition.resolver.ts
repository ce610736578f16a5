import { Arg, Ctx, ID, Query, Resolver, type ClassType } from 'type-graphql';
import type { Context } from '../../context';
import { AnalysisScopeInput } from '../analysis/analysis.input';
import { NetworkComposition } from './network-composition.type';
import type { NetworkCompositionView } from './network-composition.views';

@Resolver()
export class NetworkCompositionResolver {
  @Query(() => NetworkComposition, {
    description:
      'Composition of one network: expected partner kinds present and missing, overlaps with ' +
      'other networks, and the members who bridge them.',
  })
  networkComposition(
    @Arg('network', () => ID, { description: 'Network id.' }) network: string,
    @Arg('scope', () => AnalysisScopeInput, { nullable: true }) scope: AnalysisScopeInput | null,
    @Ctx() ctx: Context,
  ): Promise<NetworkCompositionView> {
    return ctx.services.networkComposition.analyseNetwork(network, scope, ctx.viewer);
  }
}

/** Resolver classes of network composition, registered in schema.ts. */
export const NETWORK_COMPOSITION_RESOLVERS: readonly ClassType[] = [NetworkCompositionResolver];
