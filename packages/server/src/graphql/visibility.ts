import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { hasRole, ROLES, type Role } from '../auth';
import type { Context } from '../context';
import { ForbiddenError } from '../errors';

/**
 * Fields of one type by the lowest role that may read them: space-separated names, or `*` for
 * every field not named elsewhere in the entry.
 */
export type FieldGroups = Readonly<Partial<Record<Role, string>>>;

/**
 * The visibility matrix (docs/decisions/011-visibility-matrix.md): who may read each field of the
 * API. Every object type has an entry; a type the public reads names its public fields one by
 * one, so a new field there is either named here or falls under the entry's `*` of a higher
 * role, never public by accident. `*Connection`/`*Edge` types without an entry take their nodes'
 * visibility; an entry for a type the schema does not have is ignored. Enforced on every field by {@link enforceVisibility}, and by the read compiler
 * through the roles it is given (compiled and DataLoader paths answer alike).
 */
export const FIELD_VISIBILITY: Readonly<Record<string, FieldGroups>> = {
  Query: {
    public:
      'institutions institution services service networks network meetings meeting trainings ' +
      'training topics topic targetGroups municipalities regions region referralPaths referralPath ' +
      'referralRoutes coverage networkGraph search systemStatus viewer',
    member:
      'people person gaps gap caseReviews caseReview actionItems actionItem sinceLastMeeting ' +
      'resilience ' +
      'trainingPlan pastTrainings networkComposition ' +
      'reportableServices savedViews savedView',
    // Dated snapshots hold people: analysts and up (decision 028).
    analyst: 'snapshots',
    // A new root field is for coordinators until it is named above; the audit trail (history,
    // deletedEntries) stays there.
    coordinator: '*',
  },
  // A shelter's staff report its free places (the service checks that they work there).
  Mutation: { member: 'reportFreePlaces', coordinator: '*', admin: 'loadRegion' },

  // The directory: institutions (a shelter's address is never stored), services, networks with
  // their institution members, events without their people, the taxonomies.
  Institution: {
    public:
      'id name kind operator municipality street postalCode phone email website openingHours ' +
      'available24x7 languages accessibility sourceUrl lastVerifiedAt isFictional services ' +
      'networks referralsIn referralsOut createdAt updatedAt version',
    member: '*', // people, updatedBy
  },
  Service: {
    public:
      'id name description institution topics targetGroups minAge maxAge languages area ' +
      'openingHours available24x7 capacityTotal capacityFree capacityReportedAt selfReferral ' +
      'consentRequired cost accessibility interpreting boysMaxAge createdAt updatedAt version',
    member: '*', // updatedBy
  },
  Network: {
    public: 'id name kind description area members createdAt updatedAt version',
    member: '*', // updatedBy
  },
  // Person rows are left out of a network's members for the public (network.service, mapping).
  Membership: {
    public: 'network institution memberId memberKind role since',
    member: '*', // person
  },
  Meeting: {
    public:
      'id title kind date isFictionalDate location summary networks institutions workshops ' +
      'agenda excusedInstitutions createdAt updatedAt version',
    member: '*', // people, excusedPeople, actionItems, updatedBy
  },
  // An agenda is public like the meeting; who presents is public for an institution only.
  AgendaItem: { public: 'position title kind presenterInstitution', member: '*' },
  Training: {
    public: 'id title date provider completed topics meeting createdAt updatedAt version',
    member: '*', // participants, updatedBy
  },
  // Routes with function contacts: a referral path's ends, topics and timing are public; the
  // agreement's consent and data mode, its conditions and whether it is formal are internal.
  ReferralPath: {
    public:
      'id from to topics urgency responseHours afterHours routeTemplate createdAt updatedAt version',
    member: '*', // consent, dataMode, conditions, formalAgreement, updatedBy
  },
  ReferralRouteTemplate: { public: 'id title trigger mechanism steps fromKinds' },
  Region: {
    public:
      'id kind name ags population populationYear approximate isTown courtDistrict seat level ' +
      'hosts boundary neighbours institutions services',
  },
  // The loaded region (decision 030): public but for who loaded it; loading is for admins.
  RegionSetup: {
    public: 'version county municipalities externals updatedAt source notes',
    admin: 'updatedBy',
  },
  RegionLoadResult: { admin: '*' },
  RegionChange: { admin: '*' },
  Topic: {
    public: 'id label isGroup parent children criticality services',
    member: '*', // experts
  },
  TargetGroup: { public: 'id label minAge maxAge' },
  LocalizedText: { public: 'de en' },
  OpeningInterval: { public: 'day opens closes' },
  PageInfo: { public: 'hasNextPage endCursor' },
  SearchHit: { public: 'kind node score' },
  SystemStatus: { public: 'version database' },
  DatabaseStatus: { public: 'name version edition' },
  ViewerInfo: { public: 'name role canSeeContacts canEdit' },

  // People and everything about them: members and up.
  Person: { member: '*' },
  Employment: { member: '*' },
  Expertise: { member: '*' },
  PersonRef: { member: '*' },

  // Referral routes: public, without the agreements' consent, data mode and conditions per hop.
  ReferralRouteSearch: {
    public:
      'graphVersion municipalities startInstitutions matchingServiceCount topicServiceCount ' +
      'routes truncated ranking rejections leftOut noRoute',
  },
  ReferralRoute: {
    public:
      'rank kind start startReach endInstitution endService endReach endCapacity hops cost ' +
      'costTerms expectedHours explanation languageMatch openQuestions',
  },
  // Free places are public on services too (Service.capacityFree).
  RouteCapacity: { public: 'state free reportedAt' },
  ReferralRouteHop: {
    public:
      'via from to referralPathId routeTemplate reason responseHours responseEstimated ' +
      'waitHours handOverAt contactAt receiverAvailability reach inferred step',
    member: '*', // consent, dataMode, conditions
  },
  // How a step is reached: function contacts (decision 011: public), never a protected address
  // (street and postal code are null for shelters); people's own contacts for members only.
  RouteReach: {
    public:
      'entryId serviceId phone email website addressProtected street postalCode municipality at ' +
      'availability todayHours nextOpeningAt available24x7 weeklyHours',
    member: 'people',
  },
  RouteContactPerson: { member: '*' },
  RouteCostTerm: { public: 'kind hours label' },
  RouteRelaxation: { public: 'constraint description municipality routes' },
  NoRouteExplanation: {
    public: 'summary failedConstraints fruitless fruitlessMunicipalities relaxations',
  },
  // What an answer left out: service and institution names and their municipality (never an
  // address), each reason in words; public like the routes.
  RouteLeftOut: { public: 'constraint serviceCount description nearest' },
  LeftOutService: { public: 'service institution municipality municipalityName reasons' },
  EligibilityNote: { public: 'constraint child label' },
  RelaxedMunicipality: { public: 'code name' },
  ConstraintRejection: {
    public:
      'constraint serviceCount institutionCount referralPathCount services institutions referralPathIds',
  },
  InstitutionRef: { public: 'id name kind municipality available24x7 institution' },
  ServiceRef: { public: 'id name institutionId available24x7 service' },
  NetworkRef: { public: 'id name kind network' },

  // Coverage: the matrix of services per topic × municipality and shelter places are public (the
  // directory, counted); who holds a topic, the ranked gap list and the totals are internal.
  Coverage: {
    public: 'asOf graphVersion municipalities topics cells targetGroupCells shelterCapacity',
    member: '*', // gaps, summary
  },
  CoverageCell: {
    public:
      'topic municipality targetGroup serviceCount services services24x7 institutions languages',
    member: '*', // people, personCount
  },
  ShelterCapacity: {
    public:
      'places freePlaces population placesPer10k requiredPlaces shortfall ratio services ' +
      'municipalitiesWithoutShelter',
  },
  CoverageGap: { member: '*' },
  CoverageSummary: { member: '*' },
  CoverageCellRef: { member: '*' },

  // The explorer's graph is public; its weak-point marks are internal.
  NetworkGraph: {
    public: 'graphVersion municipalities betweennessMethod nodes edges hidden limit',
  },
  GraphNode: {
    public:
      'id kind label institutionKind networkKind municipality available24x7 degree subtitle ' +
      'services topics targetGroups networks x y',
    member: '*', // betweenness, articulationPoint, singlePointOfFailure
  },
  GraphNodeService: { public: 'id name' },
  GraphHiddenCount: { public: 'kind count' },
  GraphEdge: {
    public: 'id kind source target level urgency routeTemplate',
    member: '*', // bridge
  },

  // Internal analyses: weak points, what-ifs, composition against the law, training plans.
  Resilience: { member: '*' },
  SinglePoints: { member: '*' },
  TopicHolders: { member: '*' },
  SingleInstitutionCell: { member: '*' },
  CollaborationStructure: { member: '*' },
  CollaborationNode: { member: '*' },
  CollaborationBridge: { member: '*' },
  ArticulationPoint: { member: '*' },
  BrokerReport: { member: '*' },
  Broker: { member: '*' },
  WhatIfRemoved: { member: '*' },
  BrokenRoute: { member: '*' },
  LostCell: { member: '*' },
  // People on whom an institution's link hangs, and the two kinds of isolation (decision 024).
  PersonLinks: { member: '*' },
  PersonCutPoint: { member: '*' },
  PersonBridge: { member: '*' },
  Isolation: { member: '*' },
  NetworkComposition: { member: '*' },
  PartnerExpectationCheck: { member: '*' },
  MetRequirement: { member: '*' },
  MissingRequirement: { member: '*' },
  NetworkOverlap: { member: '*' },
  BridgingMember: { member: '*' },
  TrainingPlan: { member: '*' },
  ProposedTraining: { member: '*' },
  PlannedSeat: { member: '*' },
  TrainingAudience: { member: '*' },
  PlannedTrainer: { member: '*' },
  TrainingEffect: { member: '*' },
  PlanEffect: { member: '*' },
  UnclosableGaps: { member: '*' },
  PastTrainings: { member: '*' },
  PastTraining: { member: '*' },
  Gap: { member: '*' },
  CaseReview: { member: '*' },
  // Agreed work of the network, with who is responsible: members and up (decision 027).
  ActionItem: { member: '*' },
  // What changed since a meeting names members and people: members and up (decision 027).
  SinceMeeting: { member: '*' },
  MemberChange: { member: '*' },
  InstitutionChange: { member: '*' },
  ChangedGap: { member: '*' },
  // Saved explorer views name people's nodes and are the network's working material (decision 026).
  SavedView: { member: '*' },
  NodePosition: { member: '*' },
  RecordedTraining: { coordinator: '*' },
  Snapshot: { analyst: '*' },
  // The audit trail: coordinators and admins only, never the public or members.
  Change: { coordinator: '*' },
  FieldChange: { coordinator: '*' },
  RestoredEntry: { coordinator: '*' },
  // Importing spreadsheets (decision 031): coordinators only; rows may show contact data.
  ImportColumnMapping: { coordinator: '*' },
  ImportField: { coordinator: '*' },
  ImportMapping: { coordinator: '*' },
  ImportSheetPreview: { coordinator: '*' },
  ImportRowNote: { coordinator: '*' },
  ImportFieldChange: { coordinator: '*' },
  ImportRow: { coordinator: '*' },
  ImportCounts: { coordinator: '*' },
  ImportDryRun: { coordinator: '*' },
  ImportCreated: { coordinator: '*' },
  ImportCommitResult: { coordinator: '*' },
};

/** Person ids are `person:` + the demo's number or a random UUID (creates, decision 011). */
export const PERSON_ID_PREFIX = 'person:';

/**
 * Who may pass a value in an input field that can take person ids. `personIds`: only person
 * ids need the role (the field also takes institution ids, which stay public); `any`: every
 * value does (the field takes people only).
 */
export interface InputRule {
  readonly role: Role;
  readonly values: 'personIds' | 'any';
}

/**
 * Input fields that take person ids: a filter by people is refused to a role that may not see
 * people as soon as a person id is passed, before anything is looked up, so a real and a made-up
 * id get the same answer.
 */
export const INPUT_VISIBILITY: Readonly<Record<string, InputRule>> = {
  // Participants of a meeting are institutions and people.
  'MeetingFilterInput.participants': { role: 'member', values: 'personIds' },
  // Participants of a training are people.
  'TrainingFilterInput.participants': { role: 'member', values: 'any' },
  // Members of a network are institutions and people.
  'NetworkFilterInput.members': { role: 'member', values: 'personIds' },
  // The explorer's focus is any node.
  'NetworkGraphFilterInput.focus': { role: 'member', values: 'personIds' },
};

/**
 * Fields that answer null, instead of FORBIDDEN, to a role below theirs: marks inside answers
 * the public reads as a whole (the explorer's graph, a route's hops), so that the rest stays
 * usable. Each must be nullable.
 */
export const HIDDEN_AS_NULL: ReadonlySet<string> = new Set([
  'GraphNode.betweenness',
  'GraphNode.articulationPoint',
  'GraphNode.singlePointOfFailure',
  'GraphEdge.bridge',
  'ReferralRouteHop.consent',
  'ReferralRouteHop.dataMode',
  'ReferralRouteHop.conditions',
  'RouteReach.people',
]);

const RANK = new Map<Role, number>(ROLES.map((role, index) => [role, index]));
const higher = (a: Role, b: Role): Role => ((RANK.get(a) ?? 0) >= (RANK.get(b) ?? 0) ? a : b);

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );
}

/** `Type.field` → the lowest role that may read it, for every field of every object type. */
export function fieldRoles(schema: GraphQLSchema): Map<string, Role> {
  const roles = new Map<string, Role>();
  const problems: string[] = [];
  const types = objectTypes(schema);
  const structural: GraphQLObjectType[] = [];
  for (const type of types) {
    const groups = FIELD_VISIBILITY[type.name];
    if (!groups) {
      if (/(Connection|Edge)$/.test(type.name)) structural.push(type);
      else problems.push(`type ${type.name} has no entry`);
      continue;
    }
    const fields = type.getFields();
    let rest: Role | undefined;
    for (const role of ROLES) {
      for (const name of (groups[role] ?? '').split(/\s+/).filter(Boolean)) {
        if (name === '*') rest = role;
        else if (!fields[name]) problems.push(`${type.name}.${name} is not a field`);
        else if (roles.has(`${type.name}.${name}`)) problems.push(`${type.name}.${name} twice`);
        else roles.set(`${type.name}.${name}`, role);
      }
    }
    for (const name of Object.keys(fields)) {
      const key = `${type.name}.${name}`;
      if (roles.has(key)) continue;
      if (rest) roles.set(key, rest);
      else problems.push(`${key} is not classified`);
    }
  }
  // Connections and edges: each field as visible as what it returns (nodes, edges, page info).
  for (let changed = true; changed;) {
    changed = false;
    for (const type of structural) {
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        if (roles.has(key)) continue;
        const role = lowestRole(getNamedType(field.type), roles, schema);
        if (role) {
          roles.set(key, role);
          changed = true;
        }
      }
    }
  }
  for (const type of structural) {
    for (const name of Object.keys(type.getFields())) {
      if (!roles.has(`${type.name}.${name}`))
        problems.push(`${type.name}.${name} is not classified`);
    }
  }
  if (problems.length) {
    throw new Error(
      `Visibility matrix (src/graphql/visibility.ts) does not fit the schema: ${problems.join('; ')}`,
    );
  }
  return roles;
}

/** The lowest role that may read anything of `type` (a leaf: public); undefined while unknown. */
function lowestRole(
  type: GraphQLNamedType,
  roles: ReadonlyMap<string, Role>,
  schema: GraphQLSchema,
): Role | undefined {
  if (isUnionType(type)) {
    let low: Role | undefined;
    for (const member of schema.getPossibleTypes(type)) {
      const role = lowestRole(member, roles, schema);
      if (role === undefined) return undefined;
      if (low === undefined || (RANK.get(role) ?? 0) < (RANK.get(low) ?? 0)) low = role;
    }
    return low ?? 'public';
  }
  if (!isObjectType(type)) return 'public';
  let low: Role | undefined;
  for (const name of Object.keys(type.getFields())) {
    const role = roles.get(`${type.name}.${name}`);
    if (role === undefined) return undefined;
    if (low === undefined || (RANK.get(role) ?? 0) < (RANK.get(low) ?? 0)) low = role;
  }
  return low ?? 'public';
}

/**
 * Checks that the matrix is consistent with itself and with the `@Authorized` decorators: a
 * field never returns a type its role may not read anything of, and a decorated field's role in
 * the matrix is the decorator's. Returns the problems (none when consistent).
 */
export function visibilityProblems(
  schema: GraphQLSchema,
  roles: ReadonlyMap<string, Role>,
  decorated: ReadonlyMap<string, readonly string[]>,
): string[] {
  const problems: string[] = [];
  for (const type of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const role = roles.get(key) ?? 'public';
      const needed = lowestRole(getNamedType(field.type), roles, schema) ?? 'public';
      if (higher(role, needed) !== role) {
        problems.push(`${key} is ${role} but returns ${getNamedType(field.type).name} (${needed})`);
      }
      const declared = (decorated.get(key) ?? []) as Role[];
      const strictest = declared.reduce<Role>((a, b) => higher(a, b), 'public');
      if (declared.length && strictest !== role) {
        problems.push(`${key} is ${role} here but @Authorized('${strictest}')`);
      }
    }
  }
  for (const key of HIDDEN_AS_NULL) {
    const [typeName = '', name = ''] = key.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[name] : undefined;
    if (!field || isNonNullType(field.type)) problems.push(`${key} cannot answer null`);
    if ((roles.get(key) ?? 'public') === 'public') problems.push(`${key} is public`);
  }
  for (const key of Object.keys(INPUT_VISIBILITY)) {
    const [typeName = '', name = ''] = key.split('.');
    const type = schema.getType(typeName);
    if (!isInputObjectType(type) || !type.getFields()[name])
      problems.push(`${key} is not an input field`);
  }
  return problems;
}

type Resolver = GraphQLFieldResolver<unknown, Context>;

/** Argument paths (`filter.participants`) of a field that reach a restricted input field. */
function restrictedInputs(
  args: readonly { readonly name: string; readonly type: GraphQLInputType }[],
): { readonly path: readonly string[]; readonly rule: InputRule }[] {
  const found: { path: string[]; rule: InputRule }[] = [];
  const visit = (type: GraphQLInputType, path: string[], seen: ReadonlySet<string>): void => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const field of Object.values(named.getFields())) {
      const rule = INPUT_VISIBILITY[`${named.name}.${field.name}`];
      if (rule && rule.role !== 'public') found.push({ path: [...path, field.name], rule });
      visit(field.type, [...path, field.name], new Set([...seen, named.name]));
    }
  };
  for (const arg of args) visit(arg.type, [arg.name], new Set());
  return found;
}

/** True when `value` holds, at `path` (through lists), a value the rule restricts. */
function restricted(value: unknown, path: readonly string[], rule: InputRule): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => restricted(item, path, rule));
  const [head, ...rest] = path;
  if (head === undefined) {
    return (
      rule.values === 'any' || (typeof value === 'string' && value.startsWith(PERSON_ID_PREFIX))
    );
  }
  return (
    typeof value === 'object' && restricted((value as Record<string, unknown>)[head], rest, rule)
  );
}

/**
 * Enforces the matrix on a built schema: every field above `public` checks the viewer's role
 * before its resolver runs (FORBIDDEN otherwise, for a real and a made-up id alike; null for
 * {@link HIDDEN_AS_NULL}), and every
 * field whose arguments can carry a restricted input checks that too. Throws when the matrix
 * does not fit the schema. Returns the roles for the read compiler (`Type.field` → roles).
 */
export function enforceVisibility(
  schema: GraphQLSchema,
  decorated: ReadonlyMap<string, readonly string[]>,
): Map<string, readonly string[]> {
  const roles = fieldRoles(schema);
  const problems = visibilityProblems(schema, roles, decorated);
  if (problems.length) {
    throw new Error(`Visibility matrix (src/graphql/visibility.ts): ${problems.join('; ')}`);
  }
  const compiled = new Map<string, readonly string[]>();
  for (const type of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const role = roles.get(key) ?? 'public';
      const inputs = restrictedInputs(field.args);
      if (role === 'public' && !inputs.length) continue;
      if (role !== 'public') compiled.set(key, [role]);
      const original = (field.resolve ?? defaultFieldResolver) as Resolver;
      const hidden = HIDDEN_AS_NULL.has(key);
      // A refusal is a rejected promise, not a throw: graphql-js abandons the promises of a
      // list's earlier items when a later item throws synchronously, and their rejections
      // would then go unhandled.
      const guarded: Resolver = (source, args, context, info) => {
        if (!hasRole(context.viewer, role)) {
          if (hidden) return null;
          return Promise.reject(new ForbiddenError(`Your role does not allow reading ${key}.`));
        }
        for (const input of inputs) {
          if (
            !hasRole(context.viewer, input.rule.role) &&
            restricted(args, input.path, input.rule)
          ) {
            const name = input.path.join('.');
            return Promise.reject(
              new ForbiddenError(`${name}: filtering by people is for network members.`, {
                field: name,
              }),
            );
          }
        }
        return original(source, args, context, info);
      };
      field.resolve = guarded;
    }
  }
  return compiled;
}
