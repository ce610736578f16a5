/**
 * The route finder's form: its state, how it lives in the URL (so a search can be shared), and
 * how it becomes the variables of `referralRoutes`. Pure, so it is tested without a browser.
 */
import type { RegionCatalog } from '@schutznetz/domain';
import { formatChildren, parseChildren, type ChildEntry } from './children';

export type StartMode = 'institution' | 'kind' | 'self';

export interface RouteForm {
  readonly startMode: StartMode;
  /** Institution id when `startMode` is `institution`. */
  readonly startInstitution: string;
  /** InstitutionKind (API spelling) and municipality code when `startMode` is `kind`. */
  readonly startKind: string;
  readonly startMunicipality: string;
  readonly topic: string;
  readonly targetGroup: string;
  /** Age in completed years as typed; '' for none. */
  readonly age: string;
  /** Children who come along, as typed ("6, 9, J15"; see `children.ts`); '' for none. */
  readonly children: string;
  /** Language (API spelling); '' for none. */
  readonly language: string;
  /** Where the person lives. */
  readonly municipality: string;
  /** Urgency (API spelling); '' for the server's default. */
  readonly urgency: string;
  /** Local Berlin time as `YYYY-MM-DDTHH:mm`; '' means now. */
  readonly at: string;
  readonly accessibility: readonly string[];
  readonly consentObtainable: boolean;
  readonly ignoreFullCapacity: boolean;
  readonly k: number;
}

export const DEFAULT_K = 3;
export const MAX_K = 20;

export const EMPTY_ROUTE_FORM: RouteForm = {
  startMode: 'kind',
  startInstitution: '',
  startKind: '',
  startMunicipality: '',
  topic: '',
  targetGroup: '',
  age: '',
  children: '',
  language: '',
  municipality: '',
  urgency: '',
  at: '',
  accessibility: [],
  consentObtainable: true,
  ignoreFullCapacity: false,
  k: DEFAULT_K,
};

const LOCAL_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Reads the form from the URL's query; anything missing or malformed takes its default. */
export function formFromSearch(params: URLSearchParams): RouteForm {
  const get = (key: string) => params.get(key)?.trim() ?? '';
  const start = get('start');
  let startMode: StartMode = 'kind';
  let startInstitution = '';
  let startKind = '';
  let startMunicipality = '';
  if (start === 'self') startMode = 'self';
  else if (start.startsWith('id:')) {
    startMode = 'institution';
    startInstitution = start.slice(3);
  } else if (start.startsWith('kind:')) {
    const [kind = '', municipality = ''] = start.slice(5).split('@');
    startKind = kind;
    startMunicipality = municipality;
  }
  const k = Number.parseInt(get('k'), 10);
  const age = get('age');
  const at = get('at');
  return {
    startMode,
    startInstitution,
    startKind,
    startMunicipality,
    topic: get('topic'),
    targetGroup: get('group'),
    age: /^\d{1,3}$/.test(age) ? age : '',
    children: formatChildren(parseChildren(get('kids')) ?? []),
    language: get('lang'),
    municipality: get('in'),
    urgency: get('urgency'),
    at: LOCAL_MOMENT.test(at) ? at : '',
    accessibility: get('access').split(',').filter(Boolean),
    consentObtainable: get('consent') !== 'no',
    ignoreFullCapacity: get('full') === 'yes',
    k: Number.isInteger(k) && k >= 1 && k <= MAX_K ? k : DEFAULT_K,
  };
}

/** Writes the form into a URL query, leaving out what is at its default. */
export function searchFromForm(form: RouteForm): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string) => {
    if (value !== '') params.set(key, value);
  };
  if (form.startMode === 'self') set('start', 'self');
  else if (form.startMode === 'institution' && form.startInstitution)
    set('start', `id:${form.startInstitution}`);
  else if (form.startMode === 'kind' && form.startKind)
    set(
      'start',
      `kind:${form.startKind}${form.startMunicipality ? `@${form.startMunicipality}` : ''}`,
    );
  set('topic', form.topic);
  set('group', form.targetGroup);
  set('age', form.age);
  set('kids', formatChildren(parseChildren(form.children) ?? []));
  set('lang', form.language);
  set('in', form.municipality);
  set('urgency', form.urgency);
  set('at', form.at);
  set('access', form.accessibility.join(','));
  if (!form.consentObtainable) set('consent', 'no');
  if (form.ignoreFullCapacity) set('full', 'yes');
  if (form.k !== DEFAULT_K) set('k', String(form.k));
  return params;
}

/** What is missing before a search can run; the UI words each with `routes:missing.<key>`. */
export type MissingInput =
  'start' | 'startMunicipality' | 'topic' | 'municipality' | 'age' | 'children';

export function missingInputs(form: RouteForm): MissingInput[] {
  const missing: MissingInput[] = [];
  if (form.startMode === 'institution' && !form.startInstitution) missing.push('start');
  if (form.startMode === 'kind' && !form.startKind) missing.push('start');
  if (form.startMode === 'kind' && !form.startMunicipality) missing.push('startMunicipality');
  if (!form.topic) missing.push('topic');
  if (!form.municipality) missing.push('municipality');
  if (form.age !== '' && !(Number(form.age) >= 0 && Number(form.age) <= 120)) missing.push('age');
  if (parseChildren(form.children) === null) missing.push('children');
  return missing;
}

const BERLIN_OFFSET = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  timeZoneName: 'longOffset',
});

/**
 * The offset of Berlin time from UTC at a moment, as "+01:00" or "+02:00" (summer time), from
 * the runtime's time-zone data (Intl's `longOffset` name, "GMT+01:00").
 */
export function berlinOffset(utc: Date): string {
  const name = BERLIN_OFFSET.formatToParts(utc).find((part) => part.type === 'timeZoneName');
  const offset = name?.value.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** A Berlin wall-clock time (`YYYY-MM-DDTHH:mm`) as ISO 8601 with its offset. */
export function berlinMomentToIso(local: string): string {
  // The offset at the same wall-clock time read as UTC is right except within the hour of a switch.
  const offset = berlinOffset(new Date(`${local}:00Z`));
  return `${local}:00${offset}`;
}

/** The current moment as Berlin wall-clock time, for the form's "now". */
export function nowInBerlin(now: Date): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  return parts.replace(' ', 'T');
}

export interface RouteVariables {
  readonly k: number;
  readonly start: {
    readonly institutionId?: string;
    readonly institutionKind?: string;
    readonly municipality?: string;
    readonly self?: boolean;
  };
  readonly need: {
    readonly topic: string;
    readonly municipality: string;
    readonly targetGroup?: string;
    readonly age?: number;
    readonly children?: readonly ChildEntry[];
    readonly language?: string;
    readonly urgency?: string;
    readonly at: string;
    readonly accessibility?: readonly string[];
    readonly consent?: 'NOT_OBTAINABLE';
    readonly ignoreFullCapacity?: boolean;
  };
}

/** The variables of `referralRoutes`; `at` defaults to `now`. Undefined while inputs are missing. */
export function toRouteVariables(form: RouteForm, now: Date): RouteVariables | undefined {
  if (missingInputs(form).length) return undefined;
  const children = parseChildren(form.children) ?? [];
  const start =
    form.startMode === 'self'
      ? { self: true }
      : form.startMode === 'institution'
        ? { institutionId: form.startInstitution }
        : { institutionKind: form.startKind, municipality: form.startMunicipality };
  return {
    k: form.k,
    start,
    need: {
      topic: form.topic,
      municipality: form.municipality,
      at: form.at ? berlinMomentToIso(form.at) : now.toISOString(),
      ...(form.targetGroup ? { targetGroup: form.targetGroup } : {}),
      ...(form.age !== '' ? { age: Number(form.age) } : {}),
      ...(children.length ? { children } : {}),
      ...(form.language ? { language: form.language } : {}),
      ...(form.urgency ? { urgency: form.urgency } : {}),
      ...(form.accessibility.length ? { accessibility: form.accessibility } : {}),
      ...(form.consentObtainable ? {} : { consent: 'NOT_OBTAINABLE' as const }),
      ...(form.ignoreFullCapacity ? { ignoreFullCapacity: true } : {}),
    },
  };
}

/** Urgencies from strict to lenient, as the API names them. */
const URGENCIES = ['IMMEDIATE', 'SAME_DAY', 'DAYS', 'WEEKS'];

/**
 * The form with one failed condition relaxed, for a one-click retry of a relaxation the server
 * offered; undefined when the form cannot express it (the relaxation's routes are still shown).
 */
export function relaxForm(
  form: RouteForm,
  constraint: string,
  /** The loaded region, whose neighbours an AREA relaxation tries. */
  region: Pick<RegionCatalog, 'neighbours'>,
  /** The neighbouring municipality a MUNICIPALITY relaxation names. */
  municipality?: string,
): RouteForm | undefined {
  switch (constraint) {
    case 'LANGUAGE':
      return form.language ? { ...form, language: '' } : undefined;
    case 'AGE':
      // The person's age first; else the children's limits.
      if (form.age !== '') return { ...form, age: '' };
      return form.children ? { ...form, children: '' } : undefined;
    case 'TARGET_GROUP':
      return form.targetGroup ? { ...form, targetGroup: '' } : undefined;
    case 'ACCESSIBILITY':
      return form.accessibility.length ? { ...form, accessibility: [] } : undefined;
    case 'CAPACITY':
      return form.ignoreFullCapacity ? undefined : { ...form, ignoreFullCapacity: true };
    case 'CONSENT':
    case 'DATA_MODE':
      return form.consentObtainable ? undefined : { ...form, consentObtainable: true };
    case 'TIME': {
      const index = URGENCIES.indexOf(form.urgency || 'DAYS');
      const next = URGENCIES[index + 1];
      return next ? { ...form, urgency: next } : undefined;
    }
    case 'AREA':
    case 'MUNICIPALITY': {
      if (municipality !== undefined) return { ...form, municipality };
      const [neighbour] = region.neighbours(form.municipality);
      return neighbour ? { ...form, municipality: neighbour } : undefined;
    }
    default:
      return undefined;
  }
}
