import type { ClassType } from 'type-graphql';

/** Resolver classes of this module, registered in schema.ts. */
export const REFERRAL_RESOLVERS: readonly ClassType[] = [];
