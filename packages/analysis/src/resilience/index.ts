/**
 * Resilience: the public API. One file per role: `single-points` (topics and cells that hang on
 * one holder), `what-if` (what leaving would cost), `structure` (weak points and isolated
 * institutions of the collaboration graph), `people-links` (people on whom an institution's
 * link to the networks hangs) and `brokers` (betweenness).
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
  findPersonLinks,
  linkGraph,
  type LinkGraph,
  type LinkNodeKind,
  type PersonBridge,
  type PersonCutPoint,
  type PersonLinkReport,
} from './people-links';
export {
  findIsolatedInstitutions,
  findIsolation,
  findStructuralWeakPoints,
  type IsolatedInstitution,
  type IsolationReport,
} from './structure';
export {
  whatIfRemoved,
  withoutNode,
  type BrokenRoute,
  type LostCell,
  type WhatIfOptions,
  type WhatIfReport,
} from './what-if';
