/**
 * Resilience: the public API. One file per role: `single-points` (topics and cells that hang on
 * one holder), `what-if` (what leaving would cost), `structure` (weak points and isolated
 * institutions of the collaboration graph) and `brokers` (betweenness).
 */
export {
  findBrokers,
  sampledBetweenness,
  type Broker,
  type BrokerOptions,
  type BrokerReport,
} from './brokers';
export {
  findSinglePoints,
  type SingleInstitutionCell,
  type SinglePointsOptions,
  type SinglePointsReport,
  type TopicHolders,
} from './single-points';
export {
  findIsolatedInstitutions,
  findStructuralWeakPoints,
  type IsolatedInstitution,
} from './structure';
export {
  whatIfRemoved,
  withoutNode,
  type BrokenRoute,
  type LostCell,
  type WhatIfOptions,
  type WhatIfReport,
} from './what-if';
