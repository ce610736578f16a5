/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a request may see and do: PUBLIC sees institutions, services, networks and events; MEMBER and ANALYST also people and their work contacts; COORDINATOR and ADMIN may change data. */
export type AccessRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'COORDINATOR'
  | 'MEMBER'
  | 'PUBLIC';

/** Accessibility feature of a site or service. */
export type Accessibility =
  /** accessible toilet */
  | 'ACCESSIBLE_TOILET'
  /** easy language */
  | 'EASY_LANGUAGE'
  /** hearing loop */
  | 'HEARING_LOOP'
  /** home visits */
  | 'HOME_VISITS'
  /** online counselling */
  | 'ONLINE_COUNSELLING'
  /** phone counselling */
  | 'PHONE_COUNSELLING'
  /** sign language */
  | 'SIGN_LANGUAGE'
  /** step free access */
  | 'STEP_FREE_ACCESS';

/** Whether an agreed action item is still to do. */
export type ActionItemStatus =
  /** erledigt / done */
  | 'DONE'
  /** offen / open */
  | 'OPEN';

/** How a referral path behaves outside office hours. */
export type AfterHours =
  /** available 24 7 */
  | 'AVAILABLE_24_7'
  /** next working day */
  | 'NEXT_WORKING_DAY'
  /** not applicable */
  | 'NOT_APPLICABLE'
  /** unknown */
  | 'UNKNOWN';

/** One item of a meeting's agenda, in the order given. */
export type AgendaItemInput = {
  /** A member presents an offer, names a need, or another topic. */
  kind: AgendaItemKind;
  /** The institution or person who presents it. */
  presenterId?: string | number | null | undefined;
  /** What the item is about (2–200 characters, no personal data). */
  title: string;
};

/** What an agenda item is: members present their offers and name their needs. */
export type AgendaItemKind =
  /** Bedarf benennen / names a need */
  | 'NEED'
  /** Angebot vorstellen / presents an offer */
  | 'OFFER'
  /** Thema / another topic */
  | 'TOPIC';

/** How betweenness was computed. */
export type BetweennessMethod =
  /** Exact (Brandes) on a small scope. */
  | 'EXACT'
  /** Sampled from a fixed number of seeded sources on a large scope (reproducible). */
  | 'SAMPLED';

/** What a change did to its entry. */
export type ChangeAction =
  /** The entry was created. */
  | 'CREATED'
  /** The entry was deleted (it can be restored). */
  | 'DELETED'
  /** A deleted entry was restored. */
  | 'RESTORED'
  /** Fields of the entry changed. */
  | 'UPDATED';

/** Whether an accompanying child is a boy or a girl (for a shelter’s age limit for boys). */
export type ChildGender =
  /** A son: a shelter’s age limit for boys applies. */
  | 'BOY'
  /** A daughter: a limit for boys does not apply. */
  | 'GIRL';

/** A child who comes along with the person concerned (e.g. to a women’s shelter): every route must take the child too. */
export type ChildInput = {
  /** Age in completed years (0–17). */
  age: number;
  /** Boy or girl. Unstated: a limit for boys the child exceeds is a question to ask, not a refusal. */
  gender?: ChildGender | null | undefined;
};

/** Kind of node of the collaboration graph. */
export type CollaborationNodeKind =
  /** An institution. */
  | 'INSTITUTION'
  /** A network (only with networksAsNodes). */
  | 'NETWORK';

/** Whether a referral needs consent. */
export type Consent =
  /** inform before */
  | 'INFORM_BEFORE'
  /** legal basis required */
  | 'LEGAL_BASIS_REQUIRED'
  /** not applicable */
  | 'NOT_APPLICABLE'
  /** not required */
  | 'NOT_REQUIRED'
  /** required */
  | 'REQUIRED';

/** Whether the person’s consent to a hand-over can be obtained. */
export type ConsentAvailability =
  /** Only hops that work without consent. */
  | 'NOT_OBTAINABLE'
  /** Consent can be asked for (the default). */
  | 'OBTAINABLE';

/** What a service costs the person helped. */
export type Cost =
  /** fee */
  | 'FEE'
  /** free */
  | 'FREE'
  /** health insurance */
  | 'HEALTH_INSURANCE'
  /** means tested */
  | 'MEANS_TESTED';

/** Kind of coverage gap. */
export type CoverageGapKind =
  /** The topic is served, but not in the language. */
  | 'LANGUAGE'
  /** A critical topic has no service reachable around the clock. */
  | 'NO_24X7'
  /** Only general services, or specialised ones from outside the scope, reach the municipality. */
  | 'NO_LOCAL_SPECIALIST'
  /** No professional with valid expertise reaches the municipality. */
  | 'NO_QUALIFIED_PERSON'
  /** No service on the topic reaches the municipality. */
  | 'NO_SERVICE'
  /** Fewer shelter family places than the benchmark. */
  | 'SHELTER_CAPACITY';

/** A new action item (anonymised: no personal data in the text). */
export type CreateActionItemInput = {
  /** The case review it was agreed in. */
  caseReviewId?: string | number | null | undefined;
  /** A key of your choosing (1–100 characters, e.g. a UUID) that makes this create safe to retry: another create with the same key from the same viewer within 24 hours creates nothing and answers the entry created first; with other input it fails with BAD_USER_INPUT. */
  clientMutationId?: string | null | undefined;
  /** Due date (YYYY-MM-DD). */
  dueDate?: string | null | undefined;
  /** Gaps it works on (replaces the list). */
  gapIds?: Array<string | number> | null | undefined;
  /** The meeting it was agreed at. */
  meetingId?: string | number | null | undefined;
  /** Institutions or people responsible (replaces the list). */
  responsibleIds?: Array<string | number> | null | undefined;
  /** Open or done (new items are open). */
  status?: ActionItemStatus | null | undefined;
  /** What is to be done (3–500 characters). */
  text: string;
};

/** A new anonymised case review (no facts of the case). */
export type CreateCaseReviewInput = {
  /** Agreed action items (replaces the list). */
  actionItems?: Array<string> | null | undefined;
  /** A key of your choosing (1–100 characters, e.g. a UUID) that makes this create safe to retry: another create with the same key from the same viewer within 24 hours creates nothing and answers the entry created first; with other input it fails with BAD_USER_INPUT. */
  clientMutationId?: string | null | undefined;
  /** Date of the review (YYYY-MM-DD). */
  date: string;
  /** Gaps it points at (replaces the list). */
  gapIds?: Array<string | number> | null | undefined;
  /** Lessons learned, anonymised (10–4000 characters). */
  lessons: string;
  /** Network the review was held in. */
  networkId?: string | number | null | undefined;
  /** Route template concerned (R01–R22). */
  routeTemplate?: string | null | undefined;
  /** Short title (3–200 characters). */
  title: string;
};

/** A new institution. */
export type CreateInstitutionInput = {
  /** Accessibility features. */
  accessibility?: Array<Accessibility> | null | undefined;
  /** Reachable around the clock. */
  available24x7?: boolean | null | undefined;
  /** A key of your choosing (1–100 characters, e.g. a UUID) that makes this create safe to retry: another create with the same key from the same viewer within 24 hours creates nothing and answers the entry created first; with other input it fails with BAD_USER_INPUT. */
  clientMutationId?: string | null | undefined;
  /** Function e-mail address. */
  email?: string | null | undefined;
  /** True for invented demo data. */
  isFictional?: boolean | null | undefined;
  /** Kind of institution. */
  kind: InstitutionKind;
  /** Languages spoken. */
  languages?: Array<Language> | null | undefined;
  /** Date the data were verified (YYYY-MM-DD). */
  lastVerifiedAt?: string | null | undefined;
  /** Code of the municipality or region it is located in. */
  municipality: string | number;
  /** Name (2–200 characters). */
  name: string;
  /** Opening hours. */
  openingHours?: Array<OpeningIntervalInput> | null | undefined;
  /** Operator (Träger). */
  operator?: string | null | undefined;
  /** Function phone number. */
  phone?: string | null | undefined;
  /** Five-digit postal code. */
  postalCode?: string | null | undefined;
  /** Public source of these data. */
  sourceUrl?: string | null | undefined;
  /** Street and number; must stay empty for kinds with a protected address. */
  street?: string | null | undefined;
  /** Website (http or https). */
  website?: string | null | undefined;
};

/** A new meeting or conference. */
export type CreateMeetingInput = {
  /** The agenda in its order (replaces the list). */
  agenda?: Array<AgendaItemInput> | null | undefined;
  /** A key of your choosing (1–100 characters, e.g. a UUID) that makes this create safe to retry: another create with the same key from the same viewer within 24 hours creates nothing and answers the entry created first; with other input it fails with BAD_USER_INPUT. */
  clientMutationId?: string | null | undefined;
  /** Date (YYYY-MM-DD). */
  date: string;
  /** Institutions and people excused (replaces the list). */
  excusedIds?: Array<string | number> | null | undefined;
  /** The date is invented (demo data). */
  isFictionalDate?: boolean | null | undefined;
  /** Meeting or conference. */
  kind: MeetingKind;
  /** Where it takes place. */
  location?: string | null | undefined;
  /** Organising networks (replaces the list). */
  networkIds?: Array<string | number> | null | undefined;
  /** Institutions and people that took part (replaces the list). */
  participantIds?: Array<string | number> | null | undefined;
  /** Short anonymised summary (≤ 4000 chars). */
  summary?: string | null | undefined;
  /** Title (2–200 characters). */
  title: string;
};

/** A new person: either with given and family name, or a role contact with neither (then listingBasis must be ROLE_CONTACT). */
export type CreatePersonInput = {
  /** A key of your choosing (1–100 characters, e.g. a UUID) that makes this create safe to retry: another create with the same key from the same viewer within 24 hours creates nothing and answers the entry created first; with other input it fails with BAD_USER_INPUT. */
  clientMutationId?: string | null | undefined;
  /** Work e-mail address (never a private one). */
  email?: string | null | undefined;
  /** Family name (1–100 characters); leave empty together with givenName for a role contact. */
  familyName?: string | null | undefined;
  /** Job title or function (2–200 characters). */
  functionTitle: string;
  /** Given name (1–100 characters); leave empty together with familyName for a role contact. */
  givenName?: string | null | undefined;
  /** True for invented demo data. */
  isFictional?: boolean | null | undefined;
  /** Languages the person works in. */
  languages?: Array<Language> | null | undefined;
  /** Legal basis of the listing; ROLE_CONTACT exactly when there is no name. */
  listingBasis: ListingBasis;
  /** Work phone number (never a private one). */
  phone?: string | null | undefined;
  /** Qualifications relevant to routing. */
  qualifications?: Array<Qualification> | null | undefined;
};

/** A new referral path between two institutions. */
export type CreateReferralPathInput = {
  /** What happens outside office hours. Default: UNKNOWN. */
  afterHours?: AfterHours | null | undefined;
  /** A key of your choosing (1–100 characters, e.g. a UUID) that makes this create safe to retry: another create with the same key from the same viewer within 24 hours creates nothing and answers the entry created first; with other input it fails with BAD_USER_INPUT. */
  clientMutationId?: string | null | undefined;
  /** Further conditions in words (2–1000). */
  conditions?: string | null | undefined;
  /** Consent needed before the path is used. */
  consent: Consent;
  /** What personal data the referral passes on. */
  dataMode: DataMode;
  /** A formal cooperation agreement covers this path. Default: false. */
  formalAgreement?: boolean | null | undefined;
  /** The institution that refers. */
  fromId: string | number;
  /** Typical response time in hours (0–8760). */
  responseHours?: number | null | undefined;
  /** Route template ("R01" … "R22") this path instantiates; the ends must be of its kinds. */
  routeTemplate?: string | number | null | undefined;
  /** The institution referred to; another than fromId. */
  toId: string | number;
  /** Topic codes the path is used for. */
  topics?: Array<string | number> | null | undefined;
  /** How fast the referral happens. */
  urgency: Urgency;
};

/** A new saved explorer view. */
export type CreateSavedViewInput = {
  /** A key of your choosing (1–100 characters, e.g. a UUID) that makes this create safe to retry: another create with the same key from the same viewer within 24 hours creates nothing and answers the entry created first; with other input it fails with BAD_USER_INPUT. */
  clientMutationId?: string | null | undefined;
  /** Name of the view (3–120 characters). */
  name: string;
  /** Node positions (at most 10000). */
  positions?: Array<NodePositionInput> | null | undefined;
  /** The explorer state as URL search parameters without "?" (at most 4000 characters). */
  state?: string | null | undefined;
};

/** A new service of an institution. */
export type CreateServiceInput = {
  /** Accessibility features. */
  accessibility?: Array<Accessibility> | null | undefined;
  /** Municipality or region codes of the service area; replaces all. Default: none. */
  area?: Array<string | number> | null | undefined;
  /** Reachable around the clock. Default: false. */
  available24x7?: boolean | null | undefined;
  /** Sons who come with their mother are admitted up to this age (0–17, inclusive); null for no such limit. Default: null. */
  boysMaxAge?: number | null | undefined;
  /** Free places (at most capacityTotal); setting it records the report time. */
  capacityFree?: number | null | undefined;
  /** Places in total; null for a service without places. */
  capacityTotal?: number | null | undefined;
  /** A key of your choosing (1–100 characters, e.g. a UUID) that makes this create safe to retry: another create with the same key from the same viewer within 24 hours creates nothing and answers the entry created first; with other input it fails with BAD_USER_INPUT. */
  clientMutationId?: string | null | undefined;
  /** Consent is needed before a referral. Default: false. */
  consentRequired?: boolean | null | undefined;
  /** Cost for the person. Default: FREE. */
  cost?: Cost | null | undefined;
  /** What the service does (up to 2000 characters). */
  description?: string | null | undefined;
  /** The institution that offers the service. */
  institutionId: string | number;
  /** Interpreting (Sprachmittlung) can be arranged. Default: false. */
  interpreting?: boolean | null | undefined;
  /** Languages. Default: DE. */
  languages?: Array<Language> | null | undefined;
  /** Age from which the service no longer applies (0–120, exclusive), above minAge. */
  maxAge?: number | null | undefined;
  /** Lowest age served (0–120, inclusive). */
  minAge?: number | null | undefined;
  /** Name (2–200 characters). */
  name: string;
  /** Opening hours. */
  openingHours?: Array<OpeningIntervalInput> | null | undefined;
  /** People may come on their own. Default: true. */
  selfReferral?: boolean | null | undefined;
  /** Target group codes the service serves; replaces all of them. Default: none. */
  targetGroups?: Array<string | number> | null | undefined;
  /** Topic codes the service addresses (at least one). */
  topics: Array<string | number>;
};

/** What personal data a referral passes on: none (anonymous consultation), pseudonymised, identified with consent, or identified by law (e.g. § 8a SGB VIII, § 4 KKG). */
export type DataMode =
  /** identified by law */
  | 'IDENTIFIED_BY_LAW'
  /** identified with consent */
  | 'IDENTIFIED_WITH_CONSENT'
  /** none */
  | 'NONE'
  /** pseudonymised */
  | 'PSEUDONYMISED';

/** How deep a professional’s expertise in a topic goes. */
export type ExpertiseLevel =
  /** advanced */
  | 'ADVANCED'
  /** basic */
  | 'BASIC'
  /** expert */
  | 'EXPERT';

/** State of a recorded gap. */
export type GapStatus =
  /** closed */
  | 'CLOSED'
  /** in progress */
  | 'IN_PROGRESS'
  /** open */
  | 'OPEN';

/** Kind of edge of the network graph. */
export type GraphEdgeKind =
  /** Person → topic (HAS_EXPERTISE). */
  | 'EXPERTISE'
  /** Institution or person → network (MEMBER_OF). */
  | 'MEMBER_OF'
  /** Institution → topic: one of its services addresses the topic. */
  | 'OFFERS_TOPIC'
  /** Institution → institution (REFERS_TO): a referral path. */
  | 'REFERS_TO'
  /** Person → institution (WORKS_AT). */
  | 'WORKS_AT';

/** What the default picture of the network graph groups its nodes by. */
export type GraphLayout =
  /** Institutions by municipality, people with their employer. */
  | 'MUNICIPALITY'
  /** Members by their largest network, each network amid its members. */
  | 'NETWORK'
  /** No groups: laid out by the connections alone. */
  | 'NONE';

/** Kind of node of the network graph. */
export type GraphNodeKind =
  /** An institution. */
  | 'INSTITUTION'
  /** A network. */
  | 'NETWORK'
  /** A professional (members and up only). */
  | 'PERSON'
  /** A topic of services or expertise. */
  | 'TOPIC';

/** Kind of institution (domain.md §8.2), e.g. WOMENS_SHELTER, GENERAL_SOCIAL_SERVICE. */
export type InstitutionKind =
  /** Suchtberatung / Addiction counselling centre */
  | 'ADDICTION_COUNSELLING_CENTRE'
  /** Kindertageseinrichtung (Kita) / Childcare centre (Kita) */
  | 'CHILDCARE_CENTRE'
  /** Kinderschutzfachstelle / insoweit erfahrene Fachkraft (InsoFa) / Child protection advice unit (InsoFa) */
  | 'CHILD_PROTECTION_ADVICE_UNIT'
  /** Kinder- und Jugendlichenpsychotherapie / Child and adolescent psychotherapy practice */
  | 'CHILD_PSYCHOTHERAPY_PRACTICE'
  /** Schuldnerberatung / Debt counselling centre */
  | 'DEBT_COUNSELLING_CENTRE'
  /** Ergänzende unabhängige Teilhabeberatung (EUTB) / Independent disability counselling (EUTB) */
  | 'DISABILITY_COUNSELLING_EUTB'
  /** Leistungserbringer der Eingliederungshilfe / Disability support provider (Eingliederungshilfe) */
  | 'DISABILITY_SUPPORT_PROVIDER'
  /** Interventionsstelle häusliche Gewalt und Stalking / Domestic violence intervention centre */
  | 'DOMESTIC_VIOLENCE_INTERVENTION_CENTRE'
  /** Frühförderstelle / Early intervention centre */
  | 'EARLY_INTERVENTION_CENTRE'
  /** Agentur für Arbeit / Employment agency (Agentur für Arbeit) */
  | 'EMPLOYMENT_AGENCY'
  /** Gleichstellungsbeauftragte / Equal opportunities officer */
  | 'EQUAL_OPPORTUNITIES_OFFICER'
  /** Familienzentrum / Familienbildung / Family centre / family education */
  | 'FAMILY_CENTRE'
  /** Erziehungs- und Familienberatung (EFB) / Family counselling centre */
  | 'FAMILY_COUNSELLING_CENTRE'
  /** Familiengericht (Amtsgericht) / Family court (Amtsgericht) */
  | 'FAMILY_COURT'
  /** Familienhebamme / Familien-Gesundheits- und Kinderkrankenpflege (FGKiKP) / Family midwife / family paediatric nurse (FGKiKP) */
  | 'FAMILY_MIDWIFE_SERVICE'
  /** Fachstelle gegen Frauenhandel, Zwangsverheiratung und ehrbezogene Gewalt / Service against trafficking, forced marriage and honour-based violence */
  | 'FORCED_MARRIAGE_TRAFFICKING_SERVICE'
  /** Allgemeiner Sozialer Dienst (ASD) / General social service (ASD) */
  | 'GENERAL_SOCIAL_SERVICE'
  /** Frauenarztpraxis / Gynaecology practice */
  | 'GYNAECOLOGY_PRACTICE'
  /** Kinderschutzgruppe (Klinik) / Hospital child protection team */
  | 'HOSPITAL_CHILD_PROTECTION_TEAM'
  /** Klinik für Kinder- und Jugendmedizin / Hospital paediatrics */
  | 'HOSPITAL_PAEDIATRICS'
  /** Wohnungsunternehmen / Housing company */
  | 'HOUSING_COMPANY'
  /** Sprachmittlung / Interpreting service */
  | 'INTERPRETING_SERVICE'
  /** Jobcenter / Jobcenter */
  | 'JOBCENTER'
  /** Opferberatung des Sozialen Dienstes der Justiz / Justice victim counselling (Sozialer Dienst der Justiz) */
  | 'JUSTICE_VICTIM_COUNSELLING'
  /** Geburtsklinik / Maternity clinic */
  | 'MATERNITY_CLINIC'
  /** Lotsendienst Frühe Hilfen / Babylotsen / Maternity navigator service (Babylotsen) */
  | 'MATERNITY_NAVIGATOR_SERVICE'
  /** Medizinische Kinderschutzhotline (§ 6 KKG) / Medical child protection hotline (§ 6 KKG) */
  | 'MEDICAL_CHILD_PROTECTION_HOTLINE'
  /** Migrationsberatung (MBE / JMD) / Migration counselling (MBE / JMD) */
  | 'MIGRATION_COUNSELLING'
  /** Einrichtung der Müttergenesung / Mothers' convalescence service */
  | 'MOTHERS_CONVALESCENCE_SERVICE'
  /** Mehrgenerationenhaus / Multi-generation house */
  | 'MULTI_GENERATION_HOUSE'
  /** Hilfetelefon „Gewalt gegen Frauen“ 116 016 / National helpline "Violence against women" 116 016 */
  | 'NATIONAL_HELPLINE'
  /** Netzwerkkoordination Kinderschutz / Frühe Hilfen / Network coordination (child protection / early support) */
  | 'NETWORK_COORDINATION_UNIT'
  /** Kinder- und Jugendarztpraxis / Paediatric practice */
  | 'PAEDIATRIC_PRACTICE'
  /** Hilfen zur Erziehung (HzE) / Parenting support services (HzE) */
  | 'PARENTING_SUPPORT_SERVICES'
  /** Täterarbeit / Täterberatung / Perpetrator programme */
  | 'PERPETRATOR_PROGRAMME'
  /** Polizeirevier / Police station */
  | 'POLICE_STATION'
  /** Opferschutzbeauftragte der Polizei / Police victim protection officer */
  | 'POLICE_VICTIM_PROTECTION_OFFICER'
  /** Schwangerschafts(konflikt)beratung / Pregnancy counselling centre */
  | 'PREGNANCY_COUNSELLING_CENTRE'
  /** Frauenschutzwohnung / Protected flat */
  | 'PROTECTED_FLAT'
  /** Gesundheitsamt (mit Kinder- und Jugendärztlichem Dienst) / Public health office */
  | 'PUBLIC_HEALTH_OFFICE'
  /** Staatsanwaltschaft / Public prosecutor */
  | 'PUBLIC_PROSECUTOR'
  /** Landgericht / Regional court (Landgericht) */
  | 'REGIONAL_COURT'
  /** Schule / School */
  | 'SCHOOL'
  /** Schulsozialarbeit / School social work */
  | 'SCHOOL_SOCIAL_WORK'
  /** Fachberatungsstelle sexualisierte Gewalt / Sexual violence counselling centre */
  | 'SEXUAL_VIOLENCE_COUNSELLING_CENTRE'
  /** Sozialpädiatrisches Zentrum (SPZ) / Social paediatric centre (SPZ) */
  | 'SOCIAL_PAEDIATRIC_CENTRE'
  /** Sozialpsychiatrischer Dienst / Social psychiatric service */
  | 'SOCIAL_PSYCHIATRIC_SERVICE'
  /** Sozialamt / Social welfare office */
  | 'SOCIAL_WELFARE_OFFICE'
  /** Weißer Ring (Außenstelle) / Victim support NGO (Weißer Ring) */
  | 'VICTIM_SUPPORT_NGO'
  /** Frauenzentrum / Women's centre */
  | 'WOMENS_CENTRE'
  /** Frauenberatungsstelle / Women's counselling centre */
  | 'WOMENS_COUNSELLING_CENTRE'
  /** Frauenhaus / Frauen- und Kinderschutzhaus / Women's shelter */
  | 'WOMENS_SHELTER'
  /** Jugendclub / Jugendfreizeiteinrichtung / Youth club */
  | 'YOUTH_CLUB'
  /** Jugendamt (Fachbereich Kinder, Jugend und Familie) / Youth welfare office (Jugendamt) */
  | 'YOUTH_WELFARE_OFFICE';

/** Language of a service or professional (ISO 639-1; DGS = German Sign Language). */
export type Language =
  /** ar */
  | 'AR'
  /** de */
  | 'DE'
  /** dgs */
  | 'DGS'
  /** en */
  | 'EN'
  /** fa */
  | 'FA'
  /** fr */
  | 'FR'
  /** ku */
  | 'KU'
  /** pl */
  | 'PL'
  /** ro */
  | 'RO'
  /** ru */
  | 'RU'
  /** tr */
  | 'TR'
  /** uk */
  | 'UK'
  /** vi */
  | 'VI';

/** Legal basis on which a professional is listed: consent, a public function, or a role contact without a name. */
export type ListingBasis =
  /** consent */
  | 'CONSENT'
  /** public function */
  | 'PUBLIC_FUNCTION'
  /** role contact */
  | 'ROLE_CONTACT';

/** A region file to load (docs/region-file.md). */
export type LoadRegionInput = {
  /** The region file’s content (format "schutznetz-region/1"); problems are reported with `field` set to their path in the file, e.g. "municipalities[3].neighbours[1]". */
  definition: unknown;
  /** Only check the file and list the changes; write nothing. */
  dryRun?: boolean | null | undefined;
  /** The region version the file was prepared against; CONFLICT if it changed since. */
  expectedVersion?: number | null | undefined;
};

/** A regular network meeting or a conference (Fachtag) with workshops. */
export type MeetingKind =
  /** conference */
  | 'CONFERENCE'
  /** meeting */
  | 'MEETING';

/** Whether a member is an institution or a person. */
export type MemberKind =
  /** An institution. */
  | 'INSTITUTION'
  /** A person. */
  | 'PERSON';

/** An institution or person joining a network, or changing its role. */
export type MembershipInput = {
  /** The institution or person. */
  memberId: string | number;
  /** The network. */
  networkId: string | number;
  /** Role in the network. */
  role?: MembershipRole;
  /** Member since (YYYY-MM-DD). */
  since?: string | null | undefined;
};

/** Role of a member in a network. */
export type MembershipRole =
  /** coordinator */
  | 'COORDINATOR'
  /** guest */
  | 'GUEST'
  /** member */
  | 'MEMBER';

/** Filters of the network graph; each list matches any of its values. */
export type NetworkGraphFilterInput = {
  /** Depth of the focus neighbourhood in edges (0–6). Default: 1. */
  depth?: number | null | undefined;
  /** Kinds of edge. Default: all. */
  edgeKinds?: Array<GraphEdgeKind> | null | undefined;
  /** Focus: only the neighbourhood of this node (after the other filters). */
  focus?: string | number | null | undefined;
  /** Kinds of institution. */
  institutionKinds?: Array<InstitutionKind> | null | undefined;
  /** Municipalities (region codes): keeps the institutions located there, the people working at one of them, and networks and topics. */
  municipalities?: Array<string | number> | null | undefined;
  /** Networks: keeps them, their members and the members’ employers. */
  networks?: Array<string | number> | null | undefined;
  /** Kinds of node. Default: all. */
  nodeKinds?: Array<GraphNodeKind> | null | undefined;
  /** Topics: keeps these topics and the institutions and people holding them. */
  topics?: Array<string | number> | null | undefined;
};

/** Kind of network, e.g. the Arbeitskreis gegen Gewalt or the Netzwerk Frühe Hilfen. */
export type NetworkKind =
  /** Arbeitskreis gegen Gewalt / Working group against violence */
  | 'ANTI_VIOLENCE_WORKING_GROUP'
  /** Netzwerk Frühe Hilfen / Early support network (Frühe Hilfen) */
  | 'EARLY_SUPPORT_NETWORK'
  /** Kompetenzteam „Stark für Familien“ / Competence team "Strong for families" */
  | 'FAMILY_COMPETENCE_TEAM'
  /** Lokales Bündnis für Familie / Local alliance for families */
  | 'LOCAL_ALLIANCE_FOR_FAMILIES'
  /** Lokales Netzwerk Kinderschutz / Local child protection network */
  | 'LOCAL_CHILD_PROTECTION_NETWORK'
  /** Landesweites Netzwerk für ein Leben ohne Gewalt / Statewide network for a life without violence */
  | 'STATE_NETWORK_LIFE_WITHOUT_VIOLENCE';

/** Where one node is drawn, in model coordinates. */
export type NodePositionInput = {
  /** Id of the node. */
  nodeId: string | number;
  /** Horizontal position. */
  x: number;
  /** Vertical position. */
  y: number;
};

/** One opening interval (local time, Europe/Berlin). */
export type OpeningIntervalInput = {
  /** Closing time, "HH:MM", after the opening time. */
  closes: string;
  /** Day of the week. */
  day: Weekday;
  /** Opening time, "HH:MM". */
  opens: string;
};

/** Kind of link of a person in the link graph (decision 024). */
export type PersonLinkKind =
  /** The person works at an institution (WORKS_AT). */
  | 'EMPLOYMENT'
  /** The person is a member of a network (MEMBER_OF, any role). */
  | 'MEMBERSHIP';

/** A recognised qualification, e.g. INSOFA (insoweit erfahrene Fachkraft, § 8a SGB VIII). */
export type Qualification =
  /** addiction counselling */
  | 'ADDICTION_COUNSELLING'
  /** childcare child protection lead */
  | 'CHILDCARE_CHILD_PROTECTION_LEAD'
  /** family midwife */
  | 'FAMILY_MIDWIFE'
  /** fgkikp */
  | 'FGKIKP'
  /** forensic interviewing */
  | 'FORENSIC_INTERVIEWING'
  /** insofa */
  | 'INSOFA'
  /** school social work */
  | 'SCHOOL_SOCIAL_WORK'
  /** systemic counselling */
  | 'SYSTEMIC_COUNSELLING'
  /** trauma counselling */
  | 'TRAUMA_COUNSELLING'
  /** victim protection officer */
  | 'VICTIM_PROTECTION_OFFICER';

/** Whether the receiving institution can be reached at the moment of the hand-over. */
export type ReceiverAvailability =
  /** Closed at that moment: the route waits for the next opening. */
  | 'CLOSED'
  /** Open at that moment. */
  | 'OPEN'
  /** Reachable around the clock. */
  | 'OPEN_24_7'
  /** Opening hours not recorded. */
  | 'UNKNOWN';

/** A completed training to record; participants gain the expertise. */
export type RecordCompletedTrainingInput = {
  /** A key of your choosing (1–100 characters, e.g. a UUID) that makes this create safe to retry: another create with the same key from the same viewer within 24 hours creates nothing and answers the entry created first; with other input it fails with BAD_USER_INPUT. */
  clientMutationId?: string | null | undefined;
  /** Date of the training (YYYY-MM-DD), not in the future. Default: today. */
  date?: string | null | undefined;
  /** Level of the expertise gained. Default: BASIC. */
  level?: ExpertiseLevel | null | undefined;
  /** People who took part (1–200): anyone recorded, proposed for it or not. */
  personIds: Array<string | number>;
  /** Who gave it: a trainer or an organisation (2–300). */
  provider?: string | null | undefined;
  /** Title of a new training (2–300); not needed with trainingId. */
  title?: string | null | undefined;
  /** Topic code the training covered. */
  topic: string | number;
  /** An existing training to mark completed instead of creating one. */
  trainingId?: string | number | null | undefined;
};

/** What the person needs. Only topic and municipality are required. */
export type ReferralNeedInput = {
  /** Features the end service (or its institution) must offer. */
  accessibility?: Array<Accessibility> | null | undefined;
  /** Age in completed years (0–120). */
  age?: number | null | undefined;
  /** The moment the route starts (ISO 8601, e.g. "2026-03-14T23:00:00+01:00"); opening hours and 24/7 are checked for it. Without it, hours are not checked. */
  at?: string | null | undefined;
  /** Children who come along (at most 10), e.g. [{age: 9}, {age: 15, gender: BOY}]: each route respects their eligibility too (a service’s child age bands, a shelter’s age limit for boys). */
  children?: Array<ChildInput> | null | undefined;
  /** Default: OBTAINABLE. */
  consent?: ConsentAvailability | null | undefined;
  /** The data modes hops may use. Default: all. */
  dataModes?: Array<DataMode> | null | undefined;
  /** Accept services reported full (a place may come free). Default: false. */
  ignoreFullCapacity?: boolean | null | undefined;
  /** The end service must work in it. */
  language?: Language | null | undefined;
  /** Where the person lives (municipality code); the end service’s area must cover it. */
  municipality: string | number;
  /** Target group code, e.g. "women". */
  targetGroup?: string | number | null | undefined;
  /** Topic code, e.g. "domestic_violence". */
  topic: string | number;
  /** How long waiting for opening hours is acceptable. Default: DAYS. */
  urgency?: Urgency | null | undefined;
};

/** What a region load does to one region. */
export type RegionChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** Free places of a service with places at the route’s moment. */
export type RouteCapacityState =
  /** Free places reported within 24 hours of the moment. */
  | 'FREE'
  /** No free place reported within 24 hours of the moment: the route goes elsewhere. */
  | 'FULL'
  /** Not reported within 24 hours of the moment (or never): ask; never taken as full. */
  | 'UNKNOWN';

/** A condition a route is checked against; named when it rules candidates out or is relaxed. */
export type RouteConstraint =
  /** The accessibility features asked for. */
  | 'ACCESSIBILITY'
  /** The person’s age is within the service’s limits, and each accompanying child’s within the child age bands it takes and its age limit for boys. */
  | 'AGE'
  /** The end service’s area covers the municipality. */
  | 'AREA'
  /** Free places, where they are reported. */
  | 'CAPACITY'
  /** Hops that need consent when it cannot be obtained. */
  | 'CONSENT'
  /** Hops passing data in a mode that is not allowed. */
  | 'DATA_MODE'
  /** The end service works in the language or arranges interpreting; one recording no language is not ruled out (asked instead). */
  | 'LANGUAGE'
  /** Relaxation: look in a neighbouring municipality within the scope. */
  | 'MUNICIPALITY'
  /** Paths for structural matters only (no individual case). */
  | 'STRUCTURAL'
  /** The end service is for the target group. */
  | 'TARGET_GROUP'
  /** Open (or 24/7) when the route gets there, within what the urgency allows. */
  | 'TIME'
  /** The end service addresses the topic (or: no service on the topic in the scope). */
  | 'TOPIC';

/** One term of a route’s cost: expected time or an explicit penalty, in hours. */
export type RouteCostKind =
  /** A service with places does not report free ones. */
  | 'CAPACITY_UNKNOWN'
  /** Consent or prior information needed. */
  | 'CONSENT'
  /** A target group or a child’s age limit is not confirmed (not recorded, or not given). */
  | 'ELIGIBILITY_UNKNOWN'
  /** Penalty per hand-over between institutions. */
  | 'HAND_OVER'
  /** Opening hours of a receiver are unknown. */
  | 'HOURS_UNKNOWN'
  /** An institution on the way does not speak the language. */
  | 'INTERPRETER'
  /** The end service records no language: ask whether it can help in it. */
  | 'LANGUAGE_UNKNOWN'
  /** Travel outside the home municipality. */
  | 'OUT_OF_AREA'
  /** Expected response times of the hops. */
  | 'RESPONSE'
  /** The person must get in touch on their own. */
  | 'SELF_CONTACT'
  /** Waiting for opening hours. */
  | 'WAIT';

/** What carries a hop of a route. */
export type RouteHopVia =
  /** The start institution contacts the receiver directly (by phone), with the person’s consent. */
  | 'DIRECT_CONTACT'
  /** A step of the child-protection procedure that hands nobody over: the conversation at the start, the feedback to it. */
  | 'PROCEDURE_STEP'
  /** A referral path (REFERS_TO) from one institution to the next, or one inferred from its route template where none is recorded (see `inferred`). */
  | 'REFERRAL_PATH'
  /** The person gets in touch on their own (a start without an institution). */
  | 'SELF_REFERRAL';

/** How a route reaches its end service. */
export type RouteKind =
  /** The person contacts a service that takes self-referrals. */
  | 'DIRECT'
  /** The start institution offers a matching service itself. */
  | 'IN_HOUSE'
  /** The legal child-protection procedure of a professional bound by § 4 KKG (talk to child and parents, InsoFa consultation, ASD, feedback): first, whatever the other routes cost. */
  | 'PROCEDURE'
  /** Along referral paths between institutions. */
  | 'REFERRAL';

/** How a route’s end service meets the language the need asks for. */
export type RouteLanguageMatch =
  /** The service (or, recording none, its institution) works in the language. */
  | 'CONFIRMED'
  /** Through interpreting (Sprachmittlung) that the service arranges. */
  | 'INTERPRETING'
  /** The service records no language: ask before the hand-over (never taken as German). */
  | 'UNKNOWN';

/** A named step of the child-protection procedure (§ 4 KKG, § 8a SGB VIII), in its order. */
export type RouteProcedureStep =
  /** Pseudonymised consultation of an insoweit erfahrene Fachkraft (§ 4 Abs. 2 KKG, § 8b SGB VIII). */
  | 'CONSULTATION'
  /** Talk to the child and the parents, unless that endangers the child; at the start institution itself, no contact needed. */
  | 'CONVERSATION'
  /** The Jugendamt reports back to the reporting professional (§ 4 Abs. 4 KKG). */
  | 'FEEDBACK'
  /** Inform the ASD when the danger cannot be averted otherwise (§ 4 Abs. 3 KKG). */
  | 'NOTIFICATION';

/** Where a route starts: exactly one of `institutionId`, `institutionKind` with `municipality` ("a school in Aken"), or `self: true` (the person on their own). */
export type RouteStartInput = {
  /** A starting institution. */
  institutionId?: string | number | null | undefined;
  /** Every institution of this kind in the municipality (or serving it, if none sits there). */
  institutionKind?: InstitutionKind | null | undefined;
  /** Municipality code, with institutionKind. */
  municipality?: string | number | null | undefined;
  /** The person on their own: only services that take self-referrals. */
  self?: boolean | null | undefined;
};

/** What kind of entry a search hit is. */
export type SearchKind =
  | 'INSTITUTION'
  | 'MEETING'
  | 'NETWORK'
  | 'PERSON'
  | 'SERVICE'
  | 'TRAINING';

/** A person’s expertise in a topic; replaces the expertise in that topic if present. */
export type SetExpertiseInput = {
  /** How deep the expertise goes. */
  level: ExpertiseLevel;
  /** The person. */
  personId: string | number;
  /** The qualification behind the expertise, if any. */
  qualification?: Qualification | null | undefined;
  /** Held since (YYYY-MM-DD). */
  since?: string | null | undefined;
  /** Topic code, e.g. "domestic_violence". */
  topic: string | number;
  /** Valid until (YYYY-MM-DD), after `since`. */
  validUntil?: string | null | undefined;
};

/** How a training is held. */
export type TrainingFormat =
  /** A workshop of the yearly Fachtag. */
  | 'FACHTAG_WORKSHOP'
  /** Inhouse: at the institution that fills half the seats or more. */
  | 'INHOUSE'
  /** Präsenz: in person, for critical topics practised on cases. */
  | 'IN_PERSON'
  /** Online: for an audience spread over the county. */
  | 'ONLINE';

/** Priority of a proposed training. */
export type TrainingPriority =
  /** A critical topic (criticality 3) where it closes gaps or relieves a single holder. */
  | 'HIGH'
  /** Deepens: first holders at institutions that should hold the topic. */
  | 'LOW'
  /** Closes gaps or relieves a single holder in a topic of criticality 1–2. */
  | 'MEDIUM';

/** Changes to an action item; omitted fields stay as they are. */
export type UpdateActionItemInput = {
  /** The case review it was agreed in. */
  caseReviewId?: string | number | null | undefined;
  /** Due date (YYYY-MM-DD). */
  dueDate?: string | null | undefined;
  /** Gaps it works on (replaces the list). */
  gapIds?: Array<string | number> | null | undefined;
  /** The action item to change. */
  id: string | number;
  /** The meeting it was agreed at. */
  meetingId?: string | number | null | undefined;
  /** Institutions or people responsible (replaces the list). */
  responsibleIds?: Array<string | number> | null | undefined;
  /** Open or done (new items are open). */
  status?: ActionItemStatus | null | undefined;
  /** What is to be done (3–500 characters). */
  text?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to an institution. Omitted fields stay as they are; null clears an optional field. */
export type UpdateInstitutionInput = {
  /** Accessibility features. */
  accessibility?: Array<Accessibility> | null | undefined;
  /** Reachable around the clock. */
  available24x7?: boolean | null | undefined;
  /** Function e-mail address. */
  email?: string | null | undefined;
  /** The institution to change. */
  id: string | number;
  /** True for invented demo data. */
  isFictional?: boolean | null | undefined;
  /** Kind of institution. */
  kind?: InstitutionKind | null | undefined;
  /** Languages spoken. */
  languages?: Array<Language> | null | undefined;
  /** Date the data were verified (YYYY-MM-DD). */
  lastVerifiedAt?: string | null | undefined;
  /** Code of the municipality or region. */
  municipality?: string | number | null | undefined;
  /** Name (2–200 characters). */
  name?: string | null | undefined;
  /** Opening hours. */
  openingHours?: Array<OpeningIntervalInput> | null | undefined;
  /** Operator (Träger). */
  operator?: string | null | undefined;
  /** Function phone number. */
  phone?: string | null | undefined;
  /** Five-digit postal code. */
  postalCode?: string | null | undefined;
  /** Public source of these data. */
  sourceUrl?: string | null | undefined;
  /** Street and number; must stay empty for kinds with a protected address. */
  street?: string | null | undefined;
  /** The version you read; a newer one means a conflict. */
  version: number;
  /** Website (http or https). */
  website?: string | null | undefined;
};

/** Changes to a meeting; omitted fields stay as they are. */
export type UpdateMeetingInput = {
  /** The agenda in its order (replaces the list). */
  agenda?: Array<AgendaItemInput> | null | undefined;
  /** Date (YYYY-MM-DD). */
  date?: string | null | undefined;
  /** Institutions and people excused (replaces the list). */
  excusedIds?: Array<string | number> | null | undefined;
  /** The meeting to change. */
  id: string | number;
  /** The date is invented (demo data). */
  isFictionalDate?: boolean | null | undefined;
  /** Meeting or conference. */
  kind?: MeetingKind | null | undefined;
  /** Where it takes place. */
  location?: string | null | undefined;
  /** Organising networks (replaces the list). */
  networkIds?: Array<string | number> | null | undefined;
  /** Institutions and people that took part (replaces the list). */
  participantIds?: Array<string | number> | null | undefined;
  /** Short anonymised summary (≤ 4000 chars). */
  summary?: string | null | undefined;
  /** Title (2–200 characters). */
  title?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to a person. Omitted fields stay as they are; null clears an optional field. */
export type UpdatePersonInput = {
  /** Work e-mail address (never a private one). */
  email?: string | null | undefined;
  /** Family name (1–100 characters); leave empty together with givenName for a role contact. */
  familyName?: string | null | undefined;
  /** Job title or function (2–200 characters). */
  functionTitle?: string | null | undefined;
  /** Given name (1–100 characters); leave empty together with familyName for a role contact. */
  givenName?: string | null | undefined;
  /** The person to change. */
  id: string | number;
  /** True for invented demo data. */
  isFictional?: boolean | null | undefined;
  /** Languages the person works in. */
  languages?: Array<Language> | null | undefined;
  /** Legal basis of the listing; ROLE_CONTACT exactly when there is no name. */
  listingBasis?: ListingBasis | null | undefined;
  /** Work phone number (never a private one). */
  phone?: string | null | undefined;
  /** Qualifications relevant to routing. */
  qualifications?: Array<Qualification> | null | undefined;
  /** The version you read; a newer one means a conflict. */
  version: number;
};

/** Changes to a referral path. Omitted fields stay as they are; null clears an optional field. The ends cannot change: delete the path and create another. */
export type UpdateReferralPathInput = {
  /** What happens outside office hours. Default: UNKNOWN. */
  afterHours?: AfterHours | null | undefined;
  /** Further conditions in words (2–1000). */
  conditions?: string | null | undefined;
  /** Consent needed before use. */
  consent?: Consent | null | undefined;
  /** What personal data travels. */
  dataMode?: DataMode | null | undefined;
  /** A formal cooperation agreement covers this path. Default: false. */
  formalAgreement?: boolean | null | undefined;
  /** The referral path to change. */
  id: string | number;
  /** Typical response time in hours (0–8760). */
  responseHours?: number | null | undefined;
  /** Route template ("R01" … "R22") this path instantiates; the ends must be of its kinds. */
  routeTemplate?: string | number | null | undefined;
  /** Topic codes the path is used for. */
  topics?: Array<string | number> | null | undefined;
  /** How fast the referral happens. */
  urgency?: Urgency | null | undefined;
  /** The version you read; a newer one means a conflict. */
  version: number;
};

/** Changes to a saved view (a rename, new positions); omitted fields stay. */
export type UpdateSavedViewInput = {
  /** The saved view to change. */
  id: string | number;
  /** New name (3–120 characters). */
  name?: string | null | undefined;
  /** Node positions (replaces the list). */
  positions?: Array<NodePositionInput> | null | undefined;
  /** The explorer state as URL search parameters without "?". */
  state?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to a service. Omitted fields stay as they are; null clears an optional field; a given list of topics, target groups or area replaces the stored one. */
export type UpdateServiceInput = {
  /** Accessibility features. */
  accessibility?: Array<Accessibility> | null | undefined;
  /** Municipality or region codes of the service area; replaces all. Default: none. */
  area?: Array<string | number> | null | undefined;
  /** Reachable around the clock. Default: false. */
  available24x7?: boolean | null | undefined;
  /** Sons who come with their mother are admitted up to this age (0–17, inclusive); null for no such limit. Default: null. */
  boysMaxAge?: number | null | undefined;
  /** Free places (at most capacityTotal); setting it records the report time. */
  capacityFree?: number | null | undefined;
  /** Places in total; null for a service without places. */
  capacityTotal?: number | null | undefined;
  /** Consent is needed before a referral. Default: false. */
  consentRequired?: boolean | null | undefined;
  /** Cost for the person. Default: FREE. */
  cost?: Cost | null | undefined;
  /** What the service does (up to 2000 characters). */
  description?: string | null | undefined;
  /** The service to change. */
  id: string | number;
  /** Interpreting (Sprachmittlung) can be arranged. Default: false. */
  interpreting?: boolean | null | undefined;
  /** Languages. Default: DE. */
  languages?: Array<Language> | null | undefined;
  /** Age from which the service no longer applies (0–120, exclusive), above minAge. */
  maxAge?: number | null | undefined;
  /** Lowest age served (0–120, inclusive). */
  minAge?: number | null | undefined;
  /** Name (2–200 characters). */
  name?: string | null | undefined;
  /** Opening hours. */
  openingHours?: Array<OpeningIntervalInput> | null | undefined;
  /** People may come on their own. Default: true. */
  selfReferral?: boolean | null | undefined;
  /** Target group codes the service serves; replaces all of them. Default: none. */
  targetGroups?: Array<string | number> | null | undefined;
  /** Topic codes the service addresses (at least one); replaces all of them. */
  topics?: Array<string | number> | null | undefined;
  /** The version you read; a newer one means a conflict. */
  version: number;
};

/** How fast a referral must happen. */
export type Urgency =
  /** days */
  | 'DAYS'
  /** immediate */
  | 'IMMEDIATE'
  /** same day */
  | 'SAME_DAY'
  /** weeks */
  | 'WEEKS';

/** Day of the week. */
export type Weekday =
  /** fri */
  | 'FRI'
  /** mon */
  | 'MON'
  /** sat */
  | 'SAT'
  /** sun */
  | 'SUN'
  /** thu */
  | 'THU'
  /** tue */
  | 'TUE'
  /** wed */
  | 'WED';

export type AdminRegionQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRegionQuery = { region: { version: number, updatedAt: string | null, updatedBy: string | null, source: string | null, notes: Array<string>, county: { id: string, kind: string, ags: string | null, population: number | null, populationYear: number | null, approximate: boolean | null, isTown: boolean | null, courtDistrict: string | null, seat: string | null, level: string | null, name: { de: string, en: string }, hosts: { de: string, en: string } | null, neighbours: Array<{ id: string }> } | null, municipalities: Array<{ boundary: unknown, id: string, kind: string, ags: string | null, population: number | null, populationYear: number | null, approximate: boolean | null, isTown: boolean | null, courtDistrict: string | null, seat: string | null, level: string | null, name: { de: string, en: string }, hosts: { de: string, en: string } | null, neighbours: Array<{ id: string }> }>, externals: Array<{ id: string, kind: string, ags: string | null, population: number | null, populationYear: number | null, approximate: boolean | null, isTown: boolean | null, courtDistrict: string | null, seat: string | null, level: string | null, name: { de: string, en: string }, hosts: { de: string, en: string } | null, neighbours: Array<{ id: string }> }> } };

export type LoadRegionFileMutationVariables = Exact<{
  input: LoadRegionInput;
}>;


export type LoadRegionFileMutation = { loadRegion: { applied: boolean, version: number, changes: Array<{ code: string, change: RegionChangeKind, fields: Array<string> }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, role: AccessRole, canSeeContacts: boolean, canEdit: boolean } };

export type ReportableServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportableServicesQuery = { reportableServices: Array<{ id: string, name: string, version: number, capacityTotal: number | null, capacityFree: number | null, capacityReportedAt: string | null, institution: { id: string, name: string } }> };

export type ReportFreePlacesMutationVariables = Exact<{
  serviceId: string | number;
  free: number;
}>;


export type ReportFreePlacesMutation = { reportFreePlaces: { id: string, version: number, capacityFree: number | null, capacityReportedAt: string | null } };

export type ChangeFieldsFragment = { id: string, at: string, actor: string, action: ChangeAction, entity: string, entryId: string, name: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> };

export type ChangePageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, actor: string, action: ChangeAction, entity: string, entryId: string, name: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> };

export type EntryHistoryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type EntryHistoryQuery = { history: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, actor: string, action: ChangeAction, entity: string, entryId: string, name: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } };

export type DeletedEntriesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type DeletedEntriesQuery = { deletedEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, actor: string, action: ChangeAction, entity: string, entryId: string, name: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } };

export type HistoryNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type HistoryNamesQuery = { institutions: { nodes: Array<{ id: string, name: string }> }, people: { nodes: Array<{ id: string, displayName: string }> }, networks: { nodes: Array<{ id: string, name: string }> }, services: { nodes: Array<{ id: string, name: string }> }, referralPaths: { nodes: Array<{ id: string, from: { name: string }, to: { name: string } }> } };

export type RestoreEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreEntryMutation = { restoreEntry: { id: string, entity: string, restored: Array<string>, relationships: number, missingEnds: Array<string> } };

export type InstitutionEditFieldsFragment = { id: string, version: number, updatedAt: string, updatedBy: string, name: string, kind: InstitutionKind, operator: string | null, street: string | null, postalCode: string | null, phone: string | null, email: string | null, website: string | null, available24x7: boolean, languages: Array<Language>, accessibility: Array<Accessibility>, sourceUrl: string | null, lastVerifiedAt: string | null, municipality: { id: string }, openingHours: Array<{ day: Weekday, opens: string, closes: string }> };

export type InstitutionForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type InstitutionForEditQuery = { institution: { id: string, version: number, updatedAt: string, updatedBy: string, name: string, kind: InstitutionKind, operator: string | null, street: string | null, postalCode: string | null, phone: string | null, email: string | null, website: string | null, available24x7: boolean, languages: Array<Language>, accessibility: Array<Accessibility>, sourceUrl: string | null, lastVerifiedAt: string | null, services: Array<{ id: string, name: string }>, referralsOut: Array<{ id: string, to: { id: string, name: string }, routeTemplate: { id: string } | null }>, referralsIn: Array<{ id: string, from: { id: string, name: string }, routeTemplate: { id: string } | null }>, people: Array<{ role: string, person: { id: string, displayName: string } }>, networks: Array<{ role: MembershipRole, network: { id: string, name: string } }>, municipality: { id: string }, openingHours: Array<{ day: Weekday, opens: string, closes: string }> } | null };

export type UpdateInstitutionMutationVariables = Exact<{
  input: UpdateInstitutionInput;
}>;


export type UpdateInstitutionMutation = { updateInstitution: { id: string, version: number, updatedAt: string, updatedBy: string, name: string, kind: InstitutionKind, operator: string | null, street: string | null, postalCode: string | null, phone: string | null, email: string | null, website: string | null, available24x7: boolean, languages: Array<Language>, accessibility: Array<Accessibility>, sourceUrl: string | null, lastVerifiedAt: string | null, municipality: { id: string }, openingHours: Array<{ day: Weekday, opens: string, closes: string }> } };

export type CreateInstitutionMutationVariables = Exact<{
  input: CreateInstitutionInput;
}>;


export type CreateInstitutionMutation = { createInstitution: { id: string, version: number } };

export type DeleteInstitutionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteInstitutionMutation = { deleteInstitution: string };

export type MeetingEditFieldsFragment = { id: string, version: number, title: string, kind: MeetingKind, date: string, location: string | null, summary: string | null, networks: Array<{ id: string }>, institutions: Array<{ id: string, name: string }>, people: Array<{ id: string, displayName: string }> };

export type MeetingForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingForEditQuery = { meeting: { updatedAt: string, updatedBy: string, id: string, version: number, title: string, kind: MeetingKind, date: string, location: string | null, summary: string | null, networks: Array<{ id: string }>, institutions: Array<{ id: string, name: string }>, people: Array<{ id: string, displayName: string }> } | null };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { updateMeeting: { id: string, version: number, title: string, kind: MeetingKind, date: string, location: string | null, summary: string | null, networks: Array<{ id: string }>, institutions: Array<{ id: string, name: string }>, people: Array<{ id: string, displayName: string }> } };

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type CreateMeetingMutation = { createMeeting: { id: string, version: number } };

export type DeleteMeetingMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteMeetingMutation = { deleteMeeting: string };

export type NetworkMemberFieldsFragment = { id: string, version: number, members: Array<{ memberId: string, memberKind: string, role: MembershipRole, since: string | null, institution: { id: string, name: string } | null, person: { id: string, displayName: string } | null }> };

export type NetworksForEditQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworksForEditQuery = { networks: { nodes: Array<{ id: string, name: string }> } };

export type NetworkForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type NetworkForEditQuery = { network: { name: string, kind: NetworkKind, description: string | null, id: string, version: number, members: Array<{ memberId: string, memberKind: string, role: MembershipRole, since: string | null, institution: { id: string, name: string } | null, person: { id: string, displayName: string } | null }> } | null };

export type AddNetworkMemberMutationVariables = Exact<{
  input: MembershipInput;
}>;


export type AddNetworkMemberMutation = { addNetworkMember: { id: string, version: number, members: Array<{ memberId: string, memberKind: string, role: MembershipRole, since: string | null, institution: { id: string, name: string } | null, person: { id: string, displayName: string } | null }> } };

export type RemoveNetworkMemberMutationVariables = Exact<{
  networkId: string | number;
  memberId: string | number;
}>;


export type RemoveNetworkMemberMutation = { removeNetworkMember: { id: string, version: number, members: Array<{ memberId: string, memberKind: string, role: MembershipRole, since: string | null, institution: { id: string, name: string } | null, person: { id: string, displayName: string } | null }> } };

export type DeleteNetworkMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteNetworkMutation = { deleteNetwork: string };

export type PersonEditFieldsFragment = { id: string, version: number, displayName: string, givenName: string | null, familyName: string | null, functionTitle: string, listingBasis: ListingBasis, email: string | null, phone: string | null, languages: Array<Language>, qualifications: Array<Qualification> };

export type PersonExpertiseFieldsFragment = { id: string, version: number, expertise: Array<{ level: ExpertiseLevel, qualification: Qualification | null, since: string | null, validUntil: string | null, topic: { id: string } }> };

export type PersonEmploymentFieldsFragment = { id: string, version: number, employments: Array<{ role: string, since: string | null, institution: { id: string, name: string } }> };

export type PersonForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonForEditQuery = { person: { updatedAt: string, updatedBy: string, id: string, version: number, displayName: string, givenName: string | null, familyName: string | null, functionTitle: string, listingBasis: ListingBasis, email: string | null, phone: string | null, languages: Array<Language>, qualifications: Array<Qualification>, networks: Array<{ network: { id: string } }>, expertise: Array<{ level: ExpertiseLevel, qualification: Qualification | null, since: string | null, validUntil: string | null, topic: { id: string } }>, employments: Array<{ role: string, since: string | null, institution: { id: string, name: string } }> } | null };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, version: number, displayName: string, givenName: string | null, familyName: string | null, functionTitle: string, listingBasis: ListingBasis, email: string | null, phone: string | null, languages: Array<Language>, qualifications: Array<Qualification> } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { id: string, version: number } };

export type SetExpertiseMutationVariables = Exact<{
  input: SetExpertiseInput;
}>;


export type SetExpertiseMutation = { setExpertise: { id: string, version: number, expertise: Array<{ level: ExpertiseLevel, qualification: Qualification | null, since: string | null, validUntil: string | null, topic: { id: string } }> } };

export type RemoveExpertiseMutationVariables = Exact<{
  personId: string | number;
  topic: string | number;
}>;


export type RemoveExpertiseMutation = { removeExpertise: { id: string, version: number, expertise: Array<{ level: ExpertiseLevel, qualification: Qualification | null, since: string | null, validUntil: string | null, topic: { id: string } }> } };

export type AddEmploymentMutationVariables = Exact<{
  personId: string | number;
  institutionId: string | number;
  role: string;
  since?: string | null | undefined;
}>;


export type AddEmploymentMutation = { addEmployment: { id: string, version: number, employments: Array<{ role: string, since: string | null, institution: { id: string, name: string } }> } };

export type RemoveEmploymentMutationVariables = Exact<{
  personId: string | number;
  institutionId: string | number;
}>;


export type RemoveEmploymentMutation = { removeEmployment: { id: string, version: number, employments: Array<{ role: string, since: string | null, institution: { id: string, name: string } }> } };

export type DeletePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeletePersonMutation = { deletePerson: string };

export type ReferralPathEditFieldsFragment = { id: string, version: number, consent: Consent, dataMode: DataMode, urgency: Urgency, responseHours: number | null, formalAgreement: boolean, afterHours: AfterHours, conditions: string | null, routeTemplate: { id: string } | null, topics: Array<{ id: string }> };

export type ReferralPathForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralPathForEditQuery = { referralPath: { updatedAt: string, updatedBy: string, id: string, version: number, consent: Consent, dataMode: DataMode, urgency: Urgency, responseHours: number | null, formalAgreement: boolean, afterHours: AfterHours, conditions: string | null, from: { id: string, name: string }, to: { id: string, name: string }, routeTemplate: { id: string } | null, topics: Array<{ id: string }> } | null };

export type UpdateReferralPathMutationVariables = Exact<{
  input: UpdateReferralPathInput;
}>;


export type UpdateReferralPathMutation = { updateReferralPath: { id: string, version: number, consent: Consent, dataMode: DataMode, urgency: Urgency, responseHours: number | null, formalAgreement: boolean, afterHours: AfterHours, conditions: string | null, routeTemplate: { id: string } | null, topics: Array<{ id: string }> } };

export type CreateReferralPathMutationVariables = Exact<{
  input: CreateReferralPathInput;
}>;


export type CreateReferralPathMutation = { createReferralPath: { id: string, version: number } };

export type DeleteReferralPathMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteReferralPathMutation = { deleteReferralPath: string };

export type EditSearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  first: number;
}>;


export type EditSearchQuery = { search: Array<{ kind: SearchKind, node:
      | { id: string, name: string, municipality: { id: string } }
      | { id: string, title: string, date: string }
      | { id: string, name: string }
      | { id: string, displayName: string, functionTitle: string }
      | { id: string, name: string, institution: { name: string } }
      | { id: string, title: string }
     }> };

export type ServiceEditFieldsFragment = { id: string, version: number, name: string, description: string | null, minAge: number | null, maxAge: number | null, languages: Array<Language>, available24x7: boolean, selfReferral: boolean, consentRequired: boolean, cost: Cost, accessibility: Array<Accessibility>, capacityTotal: number | null, capacityFree: number | null, capacityReportedAt: string | null, interpreting: boolean, boysMaxAge: number | null, topics: Array<{ id: string }>, targetGroups: Array<{ id: string }>, area: Array<{ id: string }>, openingHours: Array<{ day: Weekday, opens: string, closes: string }> };

export type ServiceForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceForEditQuery = { service: { updatedAt: string, updatedBy: string, id: string, version: number, name: string, description: string | null, minAge: number | null, maxAge: number | null, languages: Array<Language>, available24x7: boolean, selfReferral: boolean, consentRequired: boolean, cost: Cost, accessibility: Array<Accessibility>, capacityTotal: number | null, capacityFree: number | null, capacityReportedAt: string | null, interpreting: boolean, boysMaxAge: number | null, institution: { id: string, name: string }, topics: Array<{ id: string }>, targetGroups: Array<{ id: string }>, area: Array<{ id: string }>, openingHours: Array<{ day: Weekday, opens: string, closes: string }> } | null };

export type UpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type UpdateServiceMutation = { updateService: { id: string, version: number, name: string, description: string | null, minAge: number | null, maxAge: number | null, languages: Array<Language>, available24x7: boolean, selfReferral: boolean, consentRequired: boolean, cost: Cost, accessibility: Array<Accessibility>, capacityTotal: number | null, capacityFree: number | null, capacityReportedAt: string | null, interpreting: boolean, boysMaxAge: number | null, topics: Array<{ id: string }>, targetGroups: Array<{ id: string }>, area: Array<{ id: string }>, openingHours: Array<{ day: Weekday, opens: string, closes: string }> } };

export type CreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type CreateServiceMutation = { createService: { id: string, version: number } };

export type InstitutionNameQueryVariables = Exact<{
  id: string | number;
}>;


export type InstitutionNameQuery = { institution: { id: string, name: string, municipality: { id: string } } | null };

export type DeleteServiceMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteServiceMutation = { deleteService: string };

export type EmergencyCardInstitutionsQueryVariables = Exact<{
  kinds: Array<InstitutionKind> | InstitutionKind;
}>;


export type EmergencyCardInstitutionsQuery = { institutions: { nodes: Array<{ id: string, name: string, kind: InstitutionKind, phone: string | null, website: string | null, street: string | null, postalCode: string | null, available24x7: boolean, municipality: { id: string }, openingHours: Array<{ day: Weekday, opens: string, closes: string }>, services: Array<{ id: string, name: string, available24x7: boolean, area: Array<{ id: string }> }> }> } };

export type ExplorerMeetingItemFragment = { id: string, title: string, date: string };

export type ExplorerInstitutionDetailsQueryVariables = Exact<{
  id: string | number;
  withPeople: boolean;
}>;


export type ExplorerInstitutionDetailsQuery = { institution: { id: string, name: string, kind: InstitutionKind, operator: string | null, street: string | null, postalCode: string | null, phone: string | null, email: string | null, website: string | null, available24x7: boolean, lastVerifiedAt: string | null, sourceUrl: string | null, municipality: { id: string }, services: Array<{ id: string, name: string }>, people?: Array<{ role: string, person: { id: string, displayName: string, functionTitle: string } }>, networks: Array<{ role: MembershipRole, network: { id: string, name: string } }>, referralsOut: Array<{ id: string, to: { id: string, name: string } }>, referralsIn: Array<{ id: string, from: { id: string, name: string } }> } | null, meetings: { nodes: Array<{ id: string, title: string, date: string }> } };

export type ExplorerPersonDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerPersonDetailsQuery = { person: { id: string, displayName: string, functionTitle: string, phone: string | null, email: string | null, employments: Array<{ role: string, institution: { id: string, name: string } }>, expertise: Array<{ level: ExpertiseLevel, qualification: Qualification | null, topic: { id: string } }>, networks: Array<{ role: MembershipRole, network: { id: string, name: string } }> } | null };

export type ExplorerNetworkDetailsQueryVariables = Exact<{
  id: string | number;
  withPeople: boolean;
}>;


export type ExplorerNetworkDetailsQuery = { network: { id: string, name: string, kind: NetworkKind, description: string | null, members: Array<{ memberId: string, role: MembershipRole, institution: { id: string, name: string } | null, person?: { id: string, displayName: string } | null }> } | null, meetings: { nodes: Array<{ id: string, title: string, date: string }> } };

export type ExplorerTopicDetailsQueryVariables = Exact<{
  id: string | number;
  withPeople: boolean;
}>;


export type ExplorerTopicDetailsQuery = { topic: { id: string, services: { nodes: Array<{ id: string, name: string, institution: { id: string, name: string } }> }, experts?: Array<{ level: ExpertiseLevel, person: { id: string, displayName: string } }> } | null };

export type ExplorerNetworkQueryVariables = Exact<{
  filter?: NetworkGraphFilterInput | null | undefined;
  layout?: GraphLayout | null | undefined;
}>;


export type ExplorerNetworkQuery = { networkGraph: { graphVersion: string, betweennessMethod: BetweennessMethod, limit: number, hidden: Array<{ kind: GraphNodeKind, count: number }>, nodes: Array<{ id: string, kind: GraphNodeKind, label: string, institutionKind: InstitutionKind | null, networkKind: NetworkKind | null, municipality: string | null, available24x7: boolean | null, degree: number, betweenness: number | null, articulationPoint: boolean | null, singlePointOfFailure: boolean | null, subtitle: string | null, topics: Array<string>, targetGroups: Array<string>, networks: Array<string>, x: number | null, y: number | null, services: Array<{ id: string, name: string }> }>, edges: Array<{ id: string, kind: GraphEdgeKind, source: string, target: string, bridge: boolean | null }> } };

export type SavedViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedViewsQuery = { savedViews: { totalCount: number, nodes: Array<{ id: string, name: string, createdBy: string, updatedAt: string, version: number }> } };

export type SavedViewQueryVariables = Exact<{
  id: string | number;
}>;


export type SavedViewQuery = { savedView: { id: string, name: string, state: string, createdBy: string, updatedAt: string, version: number, positions: Array<{ nodeId: string, x: number, y: number }> } | null };

export type CreateSavedViewMutationVariables = Exact<{
  input: CreateSavedViewInput;
}>;


export type CreateSavedViewMutation = { createSavedView: { id: string, name: string, version: number } };

export type UpdateSavedViewMutationVariables = Exact<{
  input: UpdateSavedViewInput;
}>;


export type UpdateSavedViewMutation = { updateSavedView: { id: string, name: string, state: string, version: number, updatedAt: string } };

export type DeleteSavedViewMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteSavedViewMutation = { deleteSavedView: string };

export type CoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageQuery = { coverage: { asOf: string, municipalities: Array<string>, summary: { cells: number, cellsWithService: number, cellsWithPerson: number, gaps: number }, topics: Array<{ id: string, isGroup: boolean, criticality: number, label: { de: string, en: string } }>, cells: Array<{ serviceCount: number, personCount: number, languages: Array<Language>, topic: { id: string }, municipality: { id: string }, services: Array<{ id: string, name: string, institutionId: string, available24x7: boolean }>, services24x7: Array<{ id: string }>, institutions: Array<{ id: string, name: string }>, people: Array<{ id: string, name: string }> }>, gaps: Array<{ id: string, kind: CoverageGapKind, severity: number, criticality: number, peopleAffected: number, language: Language | null, topic: { id: string }, municipality: { id: string } | null, reason: { de: string, en: string } }>, shelterCapacity: { places: number, freePlaces: number | null, population: number, requiredPlaces: number, shortfall: number, placesPer10k: number, municipalitiesWithoutShelter: Array<{ id: string }> } } };

export type ResilienceQueryVariables = Exact<{ [key: string]: never; }>;


export type ResilienceQuery = { resilience: { singlePoints: { topics: Array<{ singlePerson: boolean, singleInstitution: boolean, personCount: number, topic: { id: string }, people: Array<{ id: string, name: string }>, institutions: Array<{ id: string, name: string }> }> }, structure: { components: number, articulationPoints: Array<{ node: { id: string, name: string, kind: CollaborationNodeKind }, cutOff: Array<{ id: string, name: string }> }> }, personLinks: { cutPoints: Array<{ person: { id: string, name: string }, cutOff: Array<{ id: string, name: string }> }>, bridges: Array<{ kind: PersonLinkKind, person: { id: string, name: string }, other: { id: string, name: string }, cutOff: Array<{ id: string, name: string }> }> }, isolation: { inReferralGraph: Array<{ id: string, name: string }>, inNetworks: Array<{ id: string, name: string }> } } };

export type GapNetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type GapNetworksQuery = { networks: { nodes: Array<{ id: string, name: string }> } };

export type NetworkCompositionQueryVariables = Exact<{
  network: string | number;
}>;


export type NetworkCompositionQuery = { networkComposition: { missingCount: number, presentKinds: Array<InstitutionKind>, expectations: Array<{ code: string, basis: string, source: string, label: { de: string, en: string }, met: Array<{ requirementId: string, provision: string, label: { de: string, en: string }, institutions: Array<{ id: string, name: string }> }>, missing: Array<{ requirementId: string, provision: string, anyOf: Array<InstitutionKind>, label: { de: string, en: string }, candidates: Array<{ id: string, name: string }> }> }>, overlaps: Array<{ jaccard: number, sharedPersonCount: number, other: { id: string, name: string }, sharedInstitutions: Array<{ id: string, name: string }> }>, bridgingMembers: Array<{ id: string, name: string, kind: MemberKind, networks: Array<{ id: string, name: string }> }> } };

export type MeetingListQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingListQuery = { meetings: { totalCount: number, nodes: Array<{ id: string, title: string, date: string, kind: MeetingKind, location: string | null, networks: Array<{ id: string, name: string }> }> } };

export type ActionItemFieldsFragment = { id: string, version: number, text: string, status: ActionItemStatus, dueDate: string | null, responsibleInstitutions: Array<{ id: string, name: string }>, responsiblePeople: Array<{ id: string, displayName: string }>, gaps: Array<{ id: string, title: string }> };

export type MeetingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingDetailQuery = { meeting: { id: string, version: number, title: string, date: string, kind: MeetingKind, location: string | null, summary: string | null, networks: Array<{ id: string, name: string, members: Array<{ memberId: string, institution: { id: string, name: string } | null, person: { id: string, displayName: string } | null }> }>, agenda: Array<{ position: number, title: string, kind: AgendaItemKind, presenterInstitution: { id: string, name: string } | null, presenterPerson: { id: string, displayName: string } | null }>, institutions: Array<{ id: string, name: string }>, people: Array<{ id: string, displayName: string }>, excusedInstitutions: Array<{ id: string, name: string }>, excusedPeople: Array<{ id: string, displayName: string }>, actionItems: Array<{ id: string, version: number, text: string, status: ActionItemStatus, dueDate: string | null, responsibleInstitutions: Array<{ id: string, name: string }>, responsiblePeople: Array<{ id: string, displayName: string }>, gaps: Array<{ id: string, title: string }> }> } | null, gaps: { nodes: Array<{ id: string, title: string }> } };

export type UpdateMeetingAttendanceMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingAttendanceMutation = { updateMeeting: { id: string, version: number } };

export type UpdateMeetingAgendaMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingAgendaMutation = { updateMeeting: { id: string, version: number } };

export type CreateMeetingActionItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type CreateMeetingActionItemMutation = { createActionItem: { id: string, version: number, text: string, status: ActionItemStatus, dueDate: string | null, responsibleInstitutions: Array<{ id: string, name: string }>, responsiblePeople: Array<{ id: string, displayName: string }>, gaps: Array<{ id: string, title: string }> } };

export type UpdateMeetingActionItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type UpdateMeetingActionItemMutation = { updateActionItem: { id: string, version: number, text: string, status: ActionItemStatus, dueDate: string | null, responsibleInstitutions: Array<{ id: string, name: string }>, responsiblePeople: Array<{ id: string, displayName: string }>, gaps: Array<{ id: string, title: string }> } };

export type SinceLastMeetingQueryVariables = Exact<{
  meetingId?: string | number | null | undefined;
}>;


export type SinceLastMeetingQuery = { sinceLastMeeting: { until: string, snapshotTakenAt: string | null, snapshotLabel: string | null, meeting: { id: string, title: string, date: string } | null, membersJoined: Array<{ networkId: string, networkName: string, memberId: string, memberKind: string, memberName: string, role: MembershipRole }>, membersLeft: Array<{ networkId: string, networkName: string, memberId: string, memberKind: string, memberName: string, role: MembershipRole }>, institutionsAdded: Array<{ id: string, name: string }>, institutionsRemoved: Array<{ id: string, name: string }>, gapsOpened: Array<{ id: string, kind: CoverageGapKind, severity: number, reason: { de: string, en: string } }>, gapsClosed: Array<{ id: string, kind: CoverageGapKind, severity: number, reason: { de: string, en: string } }>, trainingsDone: Array<{ id: string, title: string, date: string | null }>, gapsRecorded: Array<{ id: string, title: string, date: string }>, recordedGapsClosed: Array<{ id: string, title: string }>, openActionItems: Array<{ id: string, text: string, dueDate: string | null, meeting: { id: string, title: string } | null, responsibleInstitutions: Array<{ id: string, name: string }> }> } };

export type LoadedRegionEntryFragment = { id: string, kind: string, ags: string | null, population: number | null, populationYear: number | null, approximate: boolean | null, isTown: boolean | null, courtDistrict: string | null, seat: string | null, level: string | null, name: { de: string, en: string }, hosts: { de: string, en: string } | null, neighbours: Array<{ id: string }> };

export type LoadedRegionQueryVariables = Exact<{ [key: string]: never; }>;


export type LoadedRegionQuery = { region: { version: number, county: { id: string, kind: string, ags: string | null, population: number | null, populationYear: number | null, approximate: boolean | null, isTown: boolean | null, courtDistrict: string | null, seat: string | null, level: string | null, name: { de: string, en: string }, hosts: { de: string, en: string } | null, neighbours: Array<{ id: string }> } | null, municipalities: Array<{ id: string, kind: string, ags: string | null, population: number | null, populationYear: number | null, approximate: boolean | null, isTown: boolean | null, courtDistrict: string | null, seat: string | null, level: string | null, name: { de: string, en: string }, hosts: { de: string, en: string } | null, neighbours: Array<{ id: string }> }>, externals: Array<{ id: string, kind: string, ags: string | null, population: number | null, populationYear: number | null, approximate: boolean | null, isTown: boolean | null, courtDistrict: string | null, seat: string | null, level: string | null, name: { de: string, en: string }, hosts: { de: string, en: string } | null, neighbours: Array<{ id: string }> }> } };

export type CaseReviewListQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseReviewListQuery = { caseReviews: { totalCount: number, nodes: Array<{ id: string, title: string, date: string, routeTemplate: string | null, lessons: string, actionItems: Array<string>, network: { id: string, name: string } | null, gaps: Array<{ id: string, title: string }> }> } };

export type CaseReviewOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseReviewOptionsQuery = { gaps: { nodes: Array<{ id: string, title: string, status: GapStatus }> }, networks: { nodes: Array<{ id: string, name: string }> } };

export type CreateReviewMutationVariables = Exact<{
  input: CreateCaseReviewInput;
}>;


export type CreateReviewMutation = { createCaseReview: { id: string, title: string } };

export type ReachFieldsFragment = { entryId: string, serviceId: string | null, phone: string | null, email: string | null, website: string | null, addressProtected: boolean, street: string | null, postalCode: string | null, municipality: string, availability: ReceiverAvailability, nextOpeningAt: string | null, available24x7: boolean, todayHours: Array<{ day: Weekday, opens: string, closes: string }>, weeklyHours: Array<{ day: Weekday, opens: string, closes: string }>, people: Array<{ id: string, name: string, role: string, phone: string | null, email: string | null }> | null };

export type RouteFieldsFragment = { rank: number, kind: RouteKind, cost: number, expectedHours: number, languageMatch: RouteLanguageMatch | null, explanation: { de: string, en: string }, openQuestions: Array<{ constraint: RouteConstraint, child: number | null, label: { de: string, en: string } }>, costTerms: Array<{ kind: RouteCostKind, hours: number, label: { de: string, en: string } }>, start: { id: string, name: string, kind: InstitutionKind, municipality: string } | null, startReach: { entryId: string, serviceId: string | null, phone: string | null, email: string | null, website: string | null, addressProtected: boolean, street: string | null, postalCode: string | null, municipality: string, availability: ReceiverAvailability, nextOpeningAt: string | null, available24x7: boolean, todayHours: Array<{ day: Weekday, opens: string, closes: string }>, weeklyHours: Array<{ day: Weekday, opens: string, closes: string }>, people: Array<{ id: string, name: string, role: string, phone: string | null, email: string | null }> | null } | null, endReach: { entryId: string, serviceId: string | null, phone: string | null, email: string | null, website: string | null, addressProtected: boolean, street: string | null, postalCode: string | null, municipality: string, availability: ReceiverAvailability, nextOpeningAt: string | null, available24x7: boolean, todayHours: Array<{ day: Weekday, opens: string, closes: string }>, weeklyHours: Array<{ day: Weekday, opens: string, closes: string }>, people: Array<{ id: string, name: string, role: string, phone: string | null, email: string | null }> | null } | null, endCapacity: { state: RouteCapacityState, free: number | null, reportedAt: string | null } | null, endInstitution: { id: string, name: string, kind: InstitutionKind, municipality: string }, endService: { id: string, name: string, available24x7: boolean }, hops: Array<{ via: RouteHopVia, step: RouteProcedureStep | null, inferred: boolean, referralPathId: string | null, conditions: string | null, consent: Consent | null, dataMode: DataMode | null, responseHours: number, responseEstimated: boolean, waitHours: number, handOverAt: string | null, contactAt: string | null, receiverAvailability: ReceiverAvailability | null, from: { id: string, name: string, kind: InstitutionKind, municipality: string } | null, to: { id: string, name: string, kind: InstitutionKind, municipality: string }, routeTemplate: { id: string, title: { de: string, en: string } } | null, reason: { de: string, en: string }, reach: { entryId: string, serviceId: string | null, phone: string | null, email: string | null, website: string | null, addressProtected: boolean, street: string | null, postalCode: string | null, municipality: string, availability: ReceiverAvailability, nextOpeningAt: string | null, available24x7: boolean, todayHours: Array<{ day: Weekday, opens: string, closes: string }>, weeklyHours: Array<{ day: Weekday, opens: string, closes: string }>, people: Array<{ id: string, name: string, role: string, phone: string | null, email: string | null }> | null } | null }> };

export type ReferralRoutesQueryVariables = Exact<{
  start: RouteStartInput;
  need: ReferralNeedInput;
  k: number;
}>;


export type ReferralRoutesQuery = { referralRoutes: { graphVersion: string, matchingServiceCount: number, topicServiceCount: number, truncated: boolean, ranking: { de: string, en: string }, startInstitutions: Array<{ id: string, name: string }>, routes: Array<{ rank: number, kind: RouteKind, cost: number, expectedHours: number, languageMatch: RouteLanguageMatch | null, explanation: { de: string, en: string }, openQuestions: Array<{ constraint: RouteConstraint, child: number | null, label: { de: string, en: string } }>, costTerms: Array<{ kind: RouteCostKind, hours: number, label: { de: string, en: string } }>, start: { id: string, name: string, kind: InstitutionKind, municipality: string } | null, startReach: { entryId: string, serviceId: string | null, phone: string | null, email: string | null, website: string | null, addressProtected: boolean, street: string | null, postalCode: string | null, municipality: string, availability: ReceiverAvailability, nextOpeningAt: string | null, available24x7: boolean, todayHours: Array<{ day: Weekday, opens: string, closes: string }>, weeklyHours: Array<{ day: Weekday, opens: string, closes: string }>, people: Array<{ id: string, name: string, role: string, phone: string | null, email: string | null }> | null } | null, endReach: { entryId: string, serviceId: string | null, phone: string | null, email: string | null, website: string | null, addressProtected: boolean, street: string | null, postalCode: string | null, municipality: string, availability: ReceiverAvailability, nextOpeningAt: string | null, available24x7: boolean, todayHours: Array<{ day: Weekday, opens: string, closes: string }>, weeklyHours: Array<{ day: Weekday, opens: string, closes: string }>, people: Array<{ id: string, name: string, role: string, phone: string | null, email: string | null }> | null } | null, endCapacity: { state: RouteCapacityState, free: number | null, reportedAt: string | null } | null, endInstitution: { id: string, name: string, kind: InstitutionKind, municipality: string }, endService: { id: string, name: string, available24x7: boolean }, hops: Array<{ via: RouteHopVia, step: RouteProcedureStep | null, inferred: boolean, referralPathId: string | null, conditions: string | null, consent: Consent | null, dataMode: DataMode | null, responseHours: number, responseEstimated: boolean, waitHours: number, handOverAt: string | null, contactAt: string | null, receiverAvailability: ReceiverAvailability | null, from: { id: string, name: string, kind: InstitutionKind, municipality: string } | null, to: { id: string, name: string, kind: InstitutionKind, municipality: string }, routeTemplate: { id: string, title: { de: string, en: string } } | null, reason: { de: string, en: string }, reach: { entryId: string, serviceId: string | null, phone: string | null, email: string | null, website: string | null, addressProtected: boolean, street: string | null, postalCode: string | null, municipality: string, availability: ReceiverAvailability, nextOpeningAt: string | null, available24x7: boolean, todayHours: Array<{ day: Weekday, opens: string, closes: string }>, weeklyHours: Array<{ day: Weekday, opens: string, closes: string }>, people: Array<{ id: string, name: string, role: string, phone: string | null, email: string | null }> | null } | null }> }>, rejections: Array<{ constraint: RouteConstraint, serviceCount: number, institutionCount: number, referralPathCount: number }>, leftOut: Array<{ constraint: RouteConstraint, serviceCount: number, description: { de: string, en: string }, nearest: Array<{ municipality: string, municipalityName: string, service: { id: string, name: string }, institution: { id: string, name: string }, reasons: Array<{ constraint: RouteConstraint, child: number | null, label: { de: string, en: string } }> }> }>, noRoute: { fruitless: Array<RouteConstraint>, summary: { de: string, en: string }, failedConstraints: Array<{ constraint: RouteConstraint, serviceCount: number, institutionCount: number, referralPathCount: number, services: Array<{ id: string, name: string }> }>, fruitlessMunicipalities: Array<{ code: string, name: string }>, relaxations: Array<{ constraint: RouteConstraint, municipality: { code: string, name: string } | null, description: { de: string, en: string }, routes: Array<{ rank: number, kind: RouteKind, cost: number, expectedHours: number, languageMatch: RouteLanguageMatch | null, explanation: { de: string, en: string }, openQuestions: Array<{ constraint: RouteConstraint, child: number | null, label: { de: string, en: string } }>, costTerms: Array<{ kind: RouteCostKind, hours: number, label: { de: string, en: string } }>, start: { id: string, name: string, kind: InstitutionKind, municipality: string } | null, startReach: { entryId: string, serviceId: string | null, phone: string | null, email: string | null, website: string | null, addressProtected: boolean, street: string | null, postalCode: string | null, municipality: string, availability: ReceiverAvailability, nextOpeningAt: string | null, available24x7: boolean, todayHours: Array<{ day: Weekday, opens: string, closes: string }>, weeklyHours: Array<{ day: Weekday, opens: string, closes: string }>, people: Array<{ id: string, name: string, role: string, phone: string | null, email: string | null }> | null } | null, endReach: { entryId: string, serviceId: string | null, phone: string | null, email: string | null, website: string | null, addressProtected: boolean, street: string | null, postalCode: string | null, municipality: string, availability: ReceiverAvailability, nextOpeningAt: string | null, available24x7: boolean, todayHours: Array<{ day: Weekday, opens: string, closes: string }>, weeklyHours: Array<{ day: Weekday, opens: string, closes: string }>, people: Array<{ id: string, name: string, role: string, phone: string | null, email: string | null }> | null } | null, endCapacity: { state: RouteCapacityState, free: number | null, reportedAt: string | null } | null, endInstitution: { id: string, name: string, kind: InstitutionKind, municipality: string }, endService: { id: string, name: string, available24x7: boolean }, hops: Array<{ via: RouteHopVia, step: RouteProcedureStep | null, inferred: boolean, referralPathId: string | null, conditions: string | null, consent: Consent | null, dataMode: DataMode | null, responseHours: number, responseEstimated: boolean, waitHours: number, handOverAt: string | null, contactAt: string | null, receiverAvailability: ReceiverAvailability | null, from: { id: string, name: string, kind: InstitutionKind, municipality: string } | null, to: { id: string, name: string, kind: InstitutionKind, municipality: string }, routeTemplate: { id: string, title: { de: string, en: string } } | null, reason: { de: string, en: string }, reach: { entryId: string, serviceId: string | null, phone: string | null, email: string | null, website: string | null, addressProtected: boolean, street: string | null, postalCode: string | null, municipality: string, availability: ReceiverAvailability, nextOpeningAt: string | null, available24x7: boolean, todayHours: Array<{ day: Weekday, opens: string, closes: string }>, weeklyHours: Array<{ day: Weekday, opens: string, closes: string }>, people: Array<{ id: string, name: string, role: string, phone: string | null, email: string | null }> | null } | null }> }> }> } | null } };

export type StartInstitutionQueryVariables = Exact<{
  id: string | number;
}>;


export type StartInstitutionQuery = { institution: { id: string, name: string } | null };

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { systemStatus: { version: string | null, database: { version: string | null, edition: string | null } } };

export type TrainingPlanQueryVariables = Exact<{
  count: number;
  seats: number;
  year?: number | null | undefined;
}>;


export type TrainingPlanQuery = { trainingPlan: { asOf: string, year: number, count: number, seats: number, shortfall: { de: string, en: string } | null, trainings: Array<{ id: string, priority: TrainingPriority, seatCount: number, quarter: number, format: TrainingFormat, date: string, holdersBefore: number, holdersAfter: number, title: { de: string, en: string }, topic: { id: string }, reasons: Array<{ de: string, en: string }>, trainer: { sibling: boolean, person: { id: string, name: string } | null, institution: { id: string, name: string } | null } | null, audience: Array<{ openSeats: number, seats: number, institution: { id: string, name: string }, people: Array<{ id: string, name: string }> }>, effect: { gapsClosed: Array<string>, severityRemoved: number, populationReached: number, cellsGained: Array<{ municipality: { id: string } }>, cellsSecured: Array<{ municipality: { id: string } }> } }>, effect: { gapsClosed: Array<string>, severityRemoved: number, closableGaps: number, closableSeverity: number, populationReached: number, summary: { de: string, en: string }, before: { cells: number, cellsWithPerson: number, gaps: number, totalSeverity: number }, after: { cells: number, cellsWithPerson: number, gaps: number, totalSeverity: number }, unclosable: Array<{ kind: CoverageGapKind, count: number, severity: number, why: { de: string, en: string } }>, singlePersonTopicsBefore: Array<{ id: string }>, singlePersonTopicsAfter: Array<{ id: string }> } } };

export type PastTrainingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PastTrainingsQuery = { pastTrainings: { trainings: Array<{ id: string, title: string, date: string | null, provider: string | null, participantCount: number, topics: Array<{ id: string }>, peopleTrained: Array<{ id: string, name: string }>, effect: { gapsClosed: Array<string>, severityRemoved: number, populationReached: number, cellsGained: Array<{ topic: { id: string }, municipality: { id: string } }> } }> } };

export type RecordCompletedTrainingMutationVariables = Exact<{
  input: RecordCompletedTrainingInput;
}>;


export type RecordCompletedTrainingMutation = { recordCompletedTraining: { date: string, expertiseCreated: number, peopleUpdated: Array<string>, topic: { id: string }, training: { id: string, title: string } | null } };

export const ChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<ChangeFieldsFragment, unknown>;
export const ChangePageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<ChangePageFragment, unknown>;
export const InstitutionEditFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}}]}}]} as unknown as DocumentNode<InstitutionEditFieldsFragment, unknown>;
export const MeetingEditFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MeetingEditFieldsFragment, unknown>;
export const NetworkMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberKind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkMemberFieldsFragment, unknown>;
export const PersonEditFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"listingBasis"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}}]}}]} as unknown as DocumentNode<PersonEditFieldsFragment, unknown>;
export const PersonExpertiseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonExpertiseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"qualification"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<PersonExpertiseFieldsFragment, unknown>;
export const PersonEmploymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonEmploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonEmploymentFieldsFragment, unknown>;
export const ReferralPathEditFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralPathEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"routeTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"dataMode"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"formalAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"afterHours"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}}]}}]} as unknown as DocumentNode<ReferralPathEditFieldsFragment, unknown>;
export const ServiceEditFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"selfReferral"}},{"kind":"Field","name":{"kind":"Name","value":"consentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"capacityTotal"}},{"kind":"Field","name":{"kind":"Name","value":"capacityFree"}},{"kind":"Field","name":{"kind":"Name","value":"capacityReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interpreting"}},{"kind":"Field","name":{"kind":"Name","value":"boysMaxAge"}}]}}]} as unknown as DocumentNode<ServiceEditFieldsFragment, unknown>;
export const ExplorerMeetingItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerMeetingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]} as unknown as DocumentNode<ExplorerMeetingItemFragment, unknown>;
export const ActionItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ActionItemFieldsFragment, unknown>;
export const LoadedRegionEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoadedRegionEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"isTown"}},{"kind":"Field","name":{"kind":"Name","value":"courtDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoadedRegionEntryFragment, unknown>;
export const ReachFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RouteReach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"addressProtected"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"todayHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOpeningAt"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ReachFieldsFragment, unknown>;
export const RouteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"expectedHours"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languageMatch"}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"child"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startReach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReachFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endReach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReachFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralPathId"}},{"kind":"Field","name":{"kind":"Name","value":"routeTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"dataMode"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"responseEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"waitHours"}},{"kind":"Field","name":{"kind":"Name","value":"handOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactAt"}},{"kind":"Field","name":{"kind":"Name","value":"receiverAvailability"}},{"kind":"Field","name":{"kind":"Name","value":"reach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReachFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RouteReach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"addressProtected"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"todayHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOpeningAt"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RouteFieldsFragment, unknown>;
export const AdminRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoadedRegionEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoadedRegionEntry"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoadedRegionEntry"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoadedRegionEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"isTown"}},{"kind":"Field","name":{"kind":"Name","value":"courtDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminRegionQuery, AdminRegionQueryVariables>;
export const LoadRegionFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoadRegionFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoadRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<LoadRegionFileMutation, LoadRegionFileMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canSeeContacts"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ReportableServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportableServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportableServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capacityTotal"}},{"kind":"Field","name":{"kind":"Name","value":"capacityFree"}},{"kind":"Field","name":{"kind":"Name","value":"capacityReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReportableServicesQuery, ReportableServicesQueryVariables>;
export const ReportFreePlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFreePlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"free"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFreePlaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"free"},"value":{"kind":"Variable","name":{"kind":"Name","value":"free"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capacityFree"}},{"kind":"Field","name":{"kind":"Name","value":"capacityReportedAt"}}]}}]}}]} as unknown as DocumentNode<ReportFreePlacesMutation, ReportFreePlacesMutationVariables>;
export const EntryHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntryHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangePage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]} as unknown as DocumentNode<EntryHistoryQuery, EntryHistoryQueryVariables>;
export const DeletedEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeletedEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangePage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]} as unknown as DocumentNode<DeletedEntriesQuery, DeletedEntriesQueryVariables>;
export const HistoryNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryNamesQuery, HistoryNamesQueryVariables>;
export const RestoreEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"restored"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"}},{"kind":"Field","name":{"kind":"Name","value":"missingEnds"}}]}}]}}]} as unknown as DocumentNode<RestoreEntryMutation, RestoreEntryMutationVariables>;
export const InstitutionForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionEditFields"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routeTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routeTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}}]}}]} as unknown as DocumentNode<InstitutionForEditQuery, InstitutionForEditQueryVariables>;
export const UpdateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionEditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}}]}}]} as unknown as DocumentNode<UpdateInstitutionMutation, UpdateInstitutionMutationVariables>;
export const CreateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateInstitutionMutation, CreateInstitutionMutationVariables>;
export const DeleteInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteInstitutionMutation, DeleteInstitutionMutationVariables>;
export const MeetingForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingEditFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MeetingForEditQuery, MeetingForEditQueryVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingEditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const CreateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const DeleteMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteMeetingMutation, DeleteMeetingMutationVariables>;
export const NetworksForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworksForEdit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NetworksForEditQuery, NetworksForEditQueryVariables>;
export const NetworkForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberKind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkForEditQuery, NetworkForEditQueryVariables>;
export const AddNetworkMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberKind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AddNetworkMemberMutation, AddNetworkMemberMutationVariables>;
export const RemoveNetworkMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberKind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveNetworkMemberMutation, RemoveNetworkMemberMutationVariables>;
export const DeleteNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteNetworkMutation, DeleteNetworkMutationVariables>;
export const PersonForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonEditFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonExpertiseFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonEmploymentFields"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"listingBasis"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonExpertiseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"qualification"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonEmploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonForEditQuery, PersonForEditQueryVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonEditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"listingBasis"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const SetExpertiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetExpertise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetExpertiseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setExpertise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonExpertiseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonExpertiseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"qualification"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<SetExpertiseMutation, SetExpertiseMutationVariables>;
export const RemoveExpertiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveExpertise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeExpertise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonExpertiseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonExpertiseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"qualification"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<RemoveExpertiseMutation, RemoveExpertiseMutationVariables>;
export const AddEmploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEmployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonEmploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonEmploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddEmploymentMutation, AddEmploymentMutationVariables>;
export const RemoveEmploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveEmployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonEmploymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonEmploymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveEmploymentMutation, RemoveEmploymentMutationVariables>;
export const DeletePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeletePersonMutation, DeletePersonMutationVariables>;
export const ReferralPathForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralPathForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralPathEditFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralPathEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"routeTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"dataMode"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"formalAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"afterHours"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}}]}}]} as unknown as DocumentNode<ReferralPathForEditQuery, ReferralPathForEditQueryVariables>;
export const UpdateReferralPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReferralPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReferralPathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReferralPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralPathEditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralPathEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPath"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"routeTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"dataMode"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"formalAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"afterHours"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}}]}}]} as unknown as DocumentNode<UpdateReferralPathMutation, UpdateReferralPathMutationVariables>;
export const CreateReferralPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReferralPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReferralPathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferralPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateReferralPathMutation, CreateReferralPathMutationVariables>;
export const DeleteReferralPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReferralPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReferralPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteReferralPathMutation, DeleteReferralPathMutationVariables>;
export const EditSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Training"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditSearchQuery, EditSearchQueryVariables>;
export const ServiceForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceEditFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"selfReferral"}},{"kind":"Field","name":{"kind":"Name","value":"consentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"capacityTotal"}},{"kind":"Field","name":{"kind":"Name","value":"capacityFree"}},{"kind":"Field","name":{"kind":"Name","value":"capacityReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interpreting"}},{"kind":"Field","name":{"kind":"Name","value":"boysMaxAge"}}]}}]} as unknown as DocumentNode<ServiceForEditQuery, ServiceForEditQueryVariables>;
export const UpdateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceEditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceEditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"selfReferral"}},{"kind":"Field","name":{"kind":"Name","value":"consentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"capacityTotal"}},{"kind":"Field","name":{"kind":"Name","value":"capacityFree"}},{"kind":"Field","name":{"kind":"Name","value":"capacityReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interpreting"}},{"kind":"Field","name":{"kind":"Name","value":"boysMaxAge"}}]}}]} as unknown as DocumentNode<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const CreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const InstitutionNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionNameQuery, InstitutionNameQueryVariables>;
export const DeleteServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteServiceMutation, DeleteServiceMutationVariables>;
export const EmergencyCardInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyCardInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionKind"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmergencyCardInstitutionsQuery, EmergencyCardInstitutionsQueryVariables>;
export const ExplorerInstitutionDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerInstitutionDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPeople"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPeople"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"participants"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerMeetingItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerMeetingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]} as unknown as DocumentNode<ExplorerInstitutionDetailsQuery, ExplorerInstitutionDetailsQueryVariables>;
export const ExplorerPersonDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPersonDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"qualification"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerPersonDetailsQuery, ExplorerPersonDetailsQueryVariables>;
export const ExplorerNetworkDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNetworkDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPeople"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPeople"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networks"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerMeetingItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerMeetingItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]} as unknown as DocumentNode<ExplorerNetworkDetailsQuery, ExplorerNetworkDetailsQueryVariables>;
export const ExplorerTopicDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerTopicDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPeople"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPeople"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerTopicDetailsQuery, ExplorerTopicDetailsQueryVariables>;
export const ExplorerNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkGraphFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layout"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphLayout"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkGraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"layout"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layout"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphVersion"}},{"kind":"Field","name":{"kind":"Name","value":"betweennessMethod"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"institutionKind"}},{"kind":"Field","name":{"kind":"Name","value":"networkKind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"articulationPoint"}},{"kind":"Field","name":{"kind":"Name","value":"singlePointOfFailure"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"networks"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"bridge"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerNetworkQuery, ExplorerNetworkQueryVariables>;
export const SavedViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedViews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SavedViewsQuery, SavedViewsQueryVariables>;
export const SavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}}]} as unknown as DocumentNode<SavedViewQuery, SavedViewQueryVariables>;
export const CreateSavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSavedViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSavedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateSavedViewMutation, CreateSavedViewMutationVariables>;
export const UpdateSavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSavedViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSavedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateSavedViewMutation, UpdateSavedViewMutationVariables>;
export const DeleteSavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedViewMutation, DeleteSavedViewMutationVariables>;
export const CoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"cellsWithService"}},{"kind":"Field","name":{"kind":"Name","value":"cellsWithPerson"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isGroup"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services24x7"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAffected"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shelterCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"requiredPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"placesPer10k"}},{"kind":"Field","name":{"kind":"Name","value":"municipalitiesWithoutShelter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const ResilienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resilience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resilience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singlePoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"singlePerson"}},{"kind":"Field","name":{"kind":"Name","value":"singleInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"structure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"components"}},{"kind":"Field","name":{"kind":"Name","value":"articulationPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"personLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cutPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bridges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inReferralGraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inNetworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResilienceQuery, ResilienceQueryVariables>;
export const GapNetworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapNetworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GapNetworksQuery, GapNetworksQueryVariables>;
export const NetworkCompositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkComposition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkComposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentKinds"}},{"kind":"Field","name":{"kind":"Name","value":"expectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"met"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementId"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementId"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jaccard"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedPersonCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bridgingMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkCompositionQuery, NetworkCompositionQueryVariables>;
export const MeetingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingListQuery, MeetingListQueryVariables>;
export const MeetingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"presenterInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenterPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excusedInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excusedPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MeetingDetailQuery, MeetingDetailQueryVariables>;
export const UpdateMeetingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeetingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingAttendanceMutation, UpdateMeetingAttendanceMutationVariables>;
export const UpdateMeetingAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeetingAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingAgendaMutation, UpdateMeetingAgendaMutationVariables>;
export const CreateMeetingActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeetingActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateMeetingActionItemMutation, CreateMeetingActionItemMutationVariables>;
export const UpdateMeetingActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeetingActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingActionItemMutation, UpdateMeetingActionItemMutationVariables>;
export const SinceLastMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SinceLastMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sinceLastMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotTakenAt"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotLabel"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersJoined"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberKind"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersLeft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberKind"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionsAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionsRemoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapsOpened"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingsDone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapsRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedGapsClosed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SinceLastMeetingQuery, SinceLastMeetingQueryVariables>;
export const LoadedRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoadedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoadedRegionEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoadedRegionEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoadedRegionEntry"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoadedRegionEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"isTown"}},{"kind":"Field","name":{"kind":"Name","value":"courtDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoadedRegionQuery, LoadedRegionQueryVariables>;
export const CaseReviewListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReviewList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"routeTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseReviewListQuery, CaseReviewListQueryVariables>;
export const CaseReviewOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReviewOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CaseReviewOptionsQuery, CaseReviewOptionsQueryVariables>;
export const CreateReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCaseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateReviewMutation, CreateReviewMutationVariables>;
export const ReferralRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralRoutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteStartInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"need"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralNeedInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"need"},"value":{"kind":"Variable","name":{"kind":"Name","value":"need"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphVersion"}},{"kind":"Field","name":{"kind":"Name","value":"matchingServiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"topicServiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RouteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCount"}},{"kind":"Field","name":{"kind":"Name","value":"referralPathCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leftOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"child"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedConstraints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCount"}},{"kind":"Field","name":{"kind":"Name","value":"referralPathCount"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fruitless"}},{"kind":"Field","name":{"kind":"Name","value":"fruitlessMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relaxations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RouteFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RouteReach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"addressProtected"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"todayHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOpeningAt"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"expectedHours"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languageMatch"}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"child"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startReach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReachFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endReach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReachFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCapacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralPathId"}},{"kind":"Field","name":{"kind":"Name","value":"routeTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"dataMode"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"responseEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"waitHours"}},{"kind":"Field","name":{"kind":"Name","value":"handOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactAt"}},{"kind":"Field","name":{"kind":"Name","value":"receiverAvailability"}},{"kind":"Field","name":{"kind":"Name","value":"reach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReachFields"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralRoutesQuery, ReferralRoutesQueryVariables>;
export const StartInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StartInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StartInstitutionQuery, StartInstitutionQueryVariables>;
export const SystemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}}]}}]}}]}}]} as unknown as DocumentNode<SystemStatusQuery, SystemStatusQueryVariables>;
export const TrainingPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seats"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"seats"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seats"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"seatCount"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"holdersBefore"}},{"kind":"Field","name":{"kind":"Name","value":"holdersAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sibling"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"severityRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"populationReached"}},{"kind":"Field","name":{"kind":"Name","value":"cellsGained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cellsSecured"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"severityRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"closableGaps"}},{"kind":"Field","name":{"kind":"Name","value":"closableSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"populationReached"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"cellsWithPerson"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"totalSeverity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"cellsWithPerson"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"totalSeverity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unclosable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"why"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"de"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"singlePersonTopicsBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"singlePersonTopicsAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingPlanQuery, TrainingPlanQueryVariables>;
export const PastTrainingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PastTrainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pastTrainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleTrained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"severityRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"populationReached"}},{"kind":"Field","name":{"kind":"Name","value":"cellsGained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PastTrainingsQuery, PastTrainingsQueryVariables>;
export const RecordCompletedTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCompletedTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCompletedTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCompletedTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"expertiseCreated"}},{"kind":"Field","name":{"kind":"Name","value":"peopleUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCompletedTrainingMutation, RecordCompletedTrainingMutationVariables>;