import {
  REFERRAL_ROUTES,
  hasProtectedAddress,
  referralRouteById,
  selectionIncludes,
  type InstitutionData,
  type InstitutionKindCode,
  type OpeningInterval,
  type ReferralRouteTemplate,
} from '@schutznetz/domain';
import { DEMO_DATA, DEMO_REGION_CATALOG } from './index';

const {
  institutions,
  people,
  worksAt,
  expertise,
  services,
  referralPaths,
  networks,
  memberships,
  meetings,
  trainings,
  caseReviews,
  gaps,
} = DEMO_DATA;

const institutionById = new Map(institutions.map((i) => [i.id, i]));
const personIds = new Set(people.map((p) => p.id));
const networkIds = new Set(networks.map((n) => n.id));
const meetingIds = new Set(meetings.map((m) => m.id));
const gapIds = new Set(gaps.map((g) => g.id));

const institution = (id: string): InstitutionData => {
  const found = institutionById.get(id);
  if (!found) throw new Error(`unknown institution ${id}`);
  return found;
};

const duplicates = (ids: readonly string[]): string[] =>
  ids.filter((id, index) => ids.indexOf(id) !== index);

/** Every string anywhere in a value, for scans of free text. */
const stringsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
};

const DRAMA_NUMBER = /^\+49 30 23125 \d{3}$/;
// RFC 2606: the .example TLD and the second-level names example.com/.net/.org.
const RFC_2606_EMAIL =
  /^[a-z0-9._-]+@(?:(?:[a-z0-9-]+\.)+example|(?:[a-z0-9-]+\.)*example\.(?:com|net|org))$/;
const COUNTY_CODES: ReadonlySet<string> = new Set(
  DEMO_REGION_CATALOG.municipalities.map((m) => m.code),
);

describe('demo data: identity and references', () => {
  it('gives every node an id with the prefix of its collection', () => {
    const prefixes: [readonly { readonly id: string }[], string][] = [
      [institutions, 'org:'],
      [people, 'person:'],
      [services, 'svc:'],
      [referralPaths, 'ref:'],
      [networks, 'net:'],
      [meetings, 'mtg:'],
      [trainings, 'trn:'],
      [caseReviews, 'rev:'],
      [gaps, 'gap:'],
    ];
    for (const [list, prefix] of prefixes) {
      for (const { id } of list) expect(id.startsWith(prefix)).toBe(true);
    }
  });

  it('has no duplicate id within a collection or across node collections', () => {
    const nodeIds = [
      ...institutions,
      ...people,
      ...services,
      ...networks,
      ...meetings,
      ...trainings,
      ...caseReviews,
      ...gaps,
    ].map((node) => node.id);
    expect(duplicates(nodeIds)).toEqual([]);
    expect(duplicates(referralPaths.map((path) => path.id))).toEqual([]);
  });

  it('resolves every reference', () => {
    const unresolved: string[] = [];
    const check = (ok: boolean, what: string): void => {
      if (!ok) unresolved.push(what);
    };
    const isMember = (id: string): boolean => institutionById.has(id) || personIds.has(id);
    for (const w of worksAt) {
      check(personIds.has(w.personId), `worksAt ${w.personId}`);
      check(institutionById.has(w.institutionId), `worksAt ${w.institutionId}`);
    }
    for (const e of expertise) check(personIds.has(e.personId), `expertise ${e.personId}`);
    for (const s of services) check(institutionById.has(s.institutionId), `${s.id} institution`);
    for (const r of referralPaths) {
      check(institutionById.has(r.fromId), `${r.id} from`);
      check(institutionById.has(r.toId), `${r.id} to`);
    }
    for (const m of memberships) {
      check(networkIds.has(m.networkId), `membership ${m.networkId}`);
      check(isMember(m.memberId), `membership ${m.memberId}`);
    }
    for (const m of meetings) {
      for (const id of m.networkIds) check(networkIds.has(id), `${m.id} network ${id}`);
      for (const id of m.participantIds) check(isMember(id), `${m.id} participant ${id}`);
    }
    for (const t of trainings) {
      check(t.meetingId === null || meetingIds.has(t.meetingId), `${t.id} meeting`);
      for (const id of t.participantIds) check(personIds.has(id), `${t.id} participant ${id}`);
    }
    for (const r of caseReviews) {
      check(r.networkId === null || networkIds.has(r.networkId), `${r.id} network`);
      for (const id of r.gapIds) check(gapIds.has(id), `${r.id} gap ${id}`);
    }
    for (const g of gaps)
      check(g.networkId === null || networkIds.has(g.networkId), `${g.id} network`);
    expect(unresolved).toEqual([]);
  });

  it('lists no member twice in the same network', () => {
    expect(duplicates(memberships.map((m) => `${m.networkId} ${m.memberId}`))).toEqual([]);
  });
});

describe('demo data: size and shape (domain.md §8.6)', () => {
  it('has about 100 institutions and about 130 named people', () => {
    expect(institutions.length).toBeGreaterThanOrEqual(85);
    expect(institutions.length).toBeLessThanOrEqual(110);
    const named = people.filter((p) => p.givenName !== null);
    expect(named.length).toBeGreaterThanOrEqual(120);
    expect(named.length).toBeLessThanOrEqual(150);
    expect(referralPaths.length).toBeGreaterThanOrEqual(60);
    expect(referralPaths.length).toBeLessThanOrEqual(120);
  });

  it('places institutions in every municipality and outside the county', () => {
    const places = new Set(institutions.map((i) => i.municipality));
    for (const code of COUNTY_CODES) expect(places.has(code)).toBe(true);
    for (const external of [
      'dessau_rosslau',
      'halle_saale',
      'sachsen_anhalt',
      'germany',
    ] as const) {
      expect(places.has(external)).toBe(true);
    }
  });

  it('gives every person exactly one workplace', () => {
    const counts = new Map<string, number>();
    for (const w of worksAt) counts.set(w.personId, (counts.get(w.personId) ?? 0) + 1);
    for (const person of people) expect([person.id, counts.get(person.id)]).toEqual([person.id, 1]);
  });

  it('gives every person one to four topics, backed by the qualifications they hold', () => {
    for (const person of people) {
      const own = expertise.filter((e) => e.personId === person.id);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(4);
      expect(duplicates(own.map((e) => e.topic))).toEqual([]);
      for (const e of own) {
        if (e.qualification !== null) expect(person.qualifications).toContain(e.qualification);
      }
    }
  });

  it('marks every person fictional; named ones listed by consent, shelter teams as role contacts', () => {
    for (const person of people) {
      expect(person.isFictional).toBe(true);
      expect(person.listingBasis).toBe(person.givenName === null ? 'role_contact' : 'consent');
      expect(person.familyName === null).toBe(person.givenName === null);
    }
    for (const w of worksAt) {
      const person = people.find((p) => p.id === w.personId);
      if (institution(w.institutionId).kind === 'womens_shelter') {
        expect(person?.givenName).toBeNull();
      }
    }
  });

  it('has about one person in ten who works in a language besides German', () => {
    const multilingual = people.filter((p) => p.languages.some((language) => language !== 'de'));
    expect(multilingual.length / people.length).toBeGreaterThanOrEqual(0.08);
    expect(multilingual.length / people.length).toBeLessThanOrEqual(0.2);
  });

  it('keeps opening hours well-formed', () => {
    const intervals: OpeningInterval[] = [...institutions, ...services].flatMap((n) => [
      ...n.openingHours,
    ]);
    for (const { opens, closes } of intervals) {
      expect(opens).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(closes).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(closes > opens).toBe(true);
    }
  });

  it('records when each institution was verified, with some older entries to re-verify', () => {
    for (const i of institutions) expect(i.lastVerifiedAt).toMatch(/^20\d\d-\d\d-\d\d$/);
    const stale = institutions.filter((i) => (i.lastVerifiedAt ?? '') < '2024-01-01');
    expect(stale.length).toBeGreaterThan(5);
    expect(stale.length).toBeLessThan(institutions.length / 2);
  });

  it('uses real sources only for institutions that are not invented', () => {
    for (const i of institutions) {
      if (i.isFictional) {
        expect(i.sourceUrl).toBeNull();
        expect(i.name).toMatch(/\(fiktiv\)/);
      }
    }
    for (const kind of ['paediatric_practice', 'childcare_centre', 'school'] as const) {
      for (const i of institutions.filter((x) => x.kind === kind)) expect(i.isFictional).toBe(true);
    }
  });

  it('keeps service areas inside the regions the taxonomy knows, county services covering all ten', () => {
    for (const s of services) {
      expect(s.area.length).toBeGreaterThan(0);
      expect(duplicates(s.area)).toEqual([]);
      if (s.minAge !== null && s.maxAge !== null) expect(s.maxAge).toBeGreaterThan(s.minAge);
    }
    const weisserRing = services.find((s) => s.id === 'svc:weisser_ring_opferhilfe');
    expect(
      weisserRing?.area.filter((code) => DEMO_REGION_CATALOG.isMunicipality(code)),
    ).toHaveLength(10);
  });
});

describe('demo data: contact data and privacy (domain.md §6)', () => {
  it('stores no address for shelters, only a function phone, and keeps them open 24/7', () => {
    const shelters = institutions.filter((i) => hasProtectedAddress(i.kind));
    expect(shelters.length).toBe(3);
    for (const shelter of shelters) {
      expect(shelter.street).toBeNull();
      expect(shelter.postalCode).toBeNull();
      expect(shelter.phone).toMatch(DRAMA_NUMBER);
      expect(shelter.available24x7).toBe(true);
    }
  });

  it('uses drama numbers (+49 30 23125 000–999) for every phone', () => {
    const phones = [...institutions, ...people].map((n) => n.phone).filter((p) => p !== null);
    expect(phones.length).toBeGreaterThan(200);
    for (const phone of phones) expect(phone).toMatch(DRAMA_NUMBER);
  });

  it('puts every e-mail address on an RFC 2606 domain', () => {
    const emails = [...institutions, ...people].map((n) => n.email).filter((e) => e !== null);
    expect(emails.length).toBeGreaterThan(150);
    for (const email of emails) expect(email).toMatch(RFC_2606_EMAIL);
    const anywhere = stringsIn(DEMO_DATA).filter((text) => text.includes('@'));
    for (const email of anywhere) expect(email).toMatch(RFC_2606_EMAIL);
  });

  it('keeps case reviews free of case facts: no ages, numbers, names or genders of people helped', () => {
    // Legal citations (§ 8a Abs. 4 SGB VIII, Art. 51) are the only digits a lesson may contain.
    const citation = /(?:§+|Art\.)\s*\d+[a-z]?(?:\s*Abs\.\s*\d+)?(?:\s*(?:Nr\.|Satz)\s*\d+)?/g;
    const personal =
      /\b(?:Mutter|Vater|Tochter|Sohn|Mädchen|Junge|Säugling|Baby|Ehemann|Ehefrau|Partnerin|Partner|Herr|Frau [A-Z]\.|Familie [A-Z]\.|Klientin|Klient)\b/;
    for (const review of caseReviews) {
      for (const text of [review.title, review.lessons, ...review.actionItems]) {
        expect(text.replace(citation, '')).not.toMatch(/\d/);
        expect(text).not.toMatch(personal);
      }
    }
  });

  it('holds no age or identity of a person helped anywhere in the data', () => {
    const caseData =
      /\b(?:\d{1,2}[- ]?jährig\w*|\d{1,2} Jahre alt|im Alter von \d|geb\.|Geburtsdatum|Aktenzeichen)/i;
    for (const text of stringsIn(DEMO_DATA)) expect(text).not.toMatch(caseData);
  });
});

describe('demo data: referral paths (domain.md §7)', () => {
  /** Steps of a template: who starts it, then each hop's targets. */
  const stepsOf = (route: ReferralRouteTemplate): (readonly InstitutionKindCode[] | 'any')[] => [
    route.from,
    ...route.hops.map((hop) => hop.to),
  ];

  it('connects institutions whose kinds fit an earlier and a later step of the template', () => {
    const misfits: string[] = [];
    for (const path of referralPaths) {
      expect(path.routeTemplate).not.toBeNull();
      if (path.routeTemplate === null) continue;
      const steps = stepsOf(referralRouteById(path.routeTemplate));
      const fromKind = institution(path.fromId).kind;
      const toKind = institution(path.toId).kind;
      const fits = steps.some(
        (step, i) =>
          selectionIncludes(step, fromKind) &&
          steps.slice(i + 1).some((later) => later !== 'any' && later.includes(toKind)),
      );
      if (!fits) misfits.push(`${path.id}: ${fromKind} → ${toKind}`);
    }
    expect(misfits).toEqual([]);
  });

  it('instantiates every template R01–R22 at least once', () => {
    const used = new Set(referralPaths.map((path) => path.routeTemplate));
    expect(REFERRAL_ROUTES.map((route) => route.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('sends every police station to the Interventionsstelle (R01), next working day after hours', () => {
    const police = institutions.filter((i) => i.kind === 'police_station');
    for (const station of police) {
      const r01 = referralPaths.find((p) => p.routeTemplate === 'R01' && p.fromId === station.id);
      expect(r01?.toId).toBe('org:interventionsstelle_dessau');
      expect(r01?.consent).toBe('required');
      expect(r01?.dataMode).toBe('identified_with_consent');
      expect(r01?.afterHours).toBe('next_working_day');
    }
  });

  it('connects every school to the ASD team of its court district (R08)', () => {
    const asdByDistrict = new Map([
      ['bitterfeld_wolfen', 'org:asd_biwo'],
      ['koethen', 'org:asd_koethen'],
      ['zerbst', 'org:asd_zerbst'],
    ]);
    for (const school of institutions.filter((i) => i.kind === 'school')) {
      const municipality = DEMO_REGION_CATALOG.get(school.municipality);
      const district = municipality?.kind === 'municipality' ? municipality.courtDistrict : '';
      const path = referralPaths.find(
        (p) => p.routeTemplate === 'R08' && p.fromId === school.id && p.toId.startsWith('org:asd_'),
      );
      expect([school.id, path?.toId]).toEqual([school.id, asdByDistrict.get(district)]);
    }
  });
});

describe('demo data: networks, meetings and trainings', () => {
  it('answers the showcase query: Frühe Hilfen members in Köthen with parental-mental-illness expertise and contact data', () => {
    const members = new Set(
      memberships.filter((m) => m.networkId === 'net:fruehe_hilfen').map((m) => m.memberId),
    );
    const inKoethen = new Set(
      worksAt
        .filter((w) => institution(w.institutionId).municipality === 'koethen')
        .map((w) => w.personId),
    );
    const experts = new Set(
      expertise.filter((e) => e.topic === 'parental_mental_illness').map((e) => e.personId),
    );
    const found = people.filter(
      (p) =>
        members.has(p.id) &&
        inKoethen.has(p.id) &&
        experts.has(p.id) &&
        p.email !== null &&
        p.phone !== null,
    );
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it('has the AK gegen Gewalt with the member types of the bulletin', () => {
    const akKinds = new Set(
      memberships
        .filter((m) => m.networkId === 'net:ak_gewalt' && m.memberId.startsWith('org:'))
        .map((m) => institution(m.memberId).kind),
    );
    for (const kind of [
      'womens_shelter',
      'womens_centre',
      'police_station',
      'justice_victim_counselling',
      'family_court',
      'general_social_service',
      'equal_opportunities_officer',
      'network_coordination_unit',
    ] as const) {
      expect(akKinds.has(kind)).toBe(true);
    }
  });

  it('keeps the real AK dates and flags the invented ones', () => {
    const ak = meetings.filter((m) => m.networkIds.includes('net:ak_gewalt'));
    const real = ak.filter((m) => !m.isFictionalDate).map((m) => m.date);
    expect(real.sort()).toEqual(['2024-04-24', '2024-06-12']);
    expect(ak.filter((m) => m.isFictionalDate).every((m) => m.date > '2024-06-12')).toBe(true);
  });

  it('holds the Fachtag on 2024-06-05 in Bitterfeld with four workshops', () => {
    const fachtag = meetings.find((m) => m.kind === 'conference');
    expect(fachtag?.date).toBe('2024-06-05');
    expect(fachtag?.isFictionalDate).toBe(false);
    expect(fachtag?.location).toMatch(/Berufsschulzentrum Bitterfeld/);
    expect(fachtag?.networkIds).toEqual(
      expect.arrayContaining(['net:kinderschutz', 'net:fruehe_hilfen']),
    );
    expect(fachtag?.participantIds.length).toBeGreaterThanOrEqual(25);
    const workshops = trainings.filter((t) => t.meetingId === fachtag?.id);
    expect(workshops).toHaveLength(4);
    for (const workshop of workshops) {
      expect(workshop.completed).toBe(true);
      expect(workshop.date).toBe('2024-06-05');
      expect(workshop.topics.length).toBeGreaterThan(0);
      for (const id of workshop.participantIds) expect(fachtag?.participantIds).toContain(id);
    }
  });

  it('has the Kompetenzteam meeting on Frauenhäuser on 2023-10-04', () => {
    const meeting = meetings.find((m) => m.networkIds.includes('net:kompetenzteam'));
    expect(meeting?.date).toBe('2023-10-04');
    expect(meeting?.participantIds).toEqual(
      expect.arrayContaining(['org:frauenhaus_biwo', 'org:frauenhaus_koethen']),
    );
  });

  it('links the weekend hand-over review to R01 and its gap', () => {
    const review = caseReviews.find((r) => r.gapIds.includes('gap:handover_delay_weekend'));
    expect(review?.routeTemplate).toBe('R01');
    expect(review?.actionItems.length).toBeGreaterThan(0);
  });

  it('records training needs and gaps with their reporter, network and status', () => {
    expect(gaps.filter((g) => g.isTrainingNeed).length).toBeGreaterThanOrEqual(10);
    expect(gaps.filter((g) => !g.isTrainingNeed).length).toBeGreaterThanOrEqual(8);
    for (const gap of gaps) {
      expect(gap.reportedByKind).not.toBeNull();
      expect(gap.networkId).not.toBeNull();
      expect(gap.area.length).toBeGreaterThan(0);
    }
  });
});

describe('demo data: the gaps it is built to show (domain.md §4.3, §8.6)', () => {
  const inCounty = (i: InstitutionData): boolean => COUNTY_CODES.has(i.municipality);
  const COUNSELLING_KINDS: ReadonlySet<InstitutionKindCode> = new Set([
    'womens_centre',
    'womens_counselling_centre',
    'family_counselling_centre',
    'pregnancy_counselling_centre',
    'addiction_counselling_centre',
    'debt_counselling_centre',
    'migration_counselling',
    'sexual_violence_counselling_centre',
  ]);

  it('has no counselling site in Aken, Osternienburger Land or Raguhn-Jeßnitz', () => {
    const sites = institutions.filter(
      (i) =>
        COUNSELLING_KINDS.has(i.kind) &&
        ['aken', 'osternienburger_land', 'raguhn_jessnitz'].includes(i.municipality),
    );
    expect(sites).toEqual([]);
  });

  it('offers specialised help for sexualised violence and perpetrator work only outside the county', () => {
    const specialised = institutions.filter(
      (i) => i.kind === 'sexual_violence_counselling_centre' || i.kind === 'perpetrator_programme',
    );
    expect(specialised.length).toBe(3);
    expect(specialised.filter(inCounty)).toEqual([]);
  });

  it('keeps 24/7 services to police, shelters, hospitals, hotlines and the custody on-call', () => {
    const allowed: ReadonlySet<InstitutionKindCode> = new Set([
      'police_station',
      'womens_shelter',
      'hospital_paediatrics',
      'maternity_clinic',
      'national_helpline',
      'medical_child_protection_hotline',
      'general_social_service',
    ]);
    for (const s of services.filter((x) => x.available24x7)) {
      expect([s.id, allowed.has(institution(s.institutionId).kind)]).toEqual([s.id, true]);
    }
  });

  it('reports the shelters’ family places (9 and 4, 6 outside the county) with free places and a report time', () => {
    const places = services.filter((s) => s.capacityTotal !== null);
    expect(places.map((s) => s.capacityTotal).sort()).toEqual([4, 6, 9]);
    for (const s of places) {
      expect(s.capacityFree).not.toBeNull();
      expect(s.capacityFree ?? 0).toBeLessThanOrEqual(s.capacityTotal ?? 0);
      expect(s.capacityReportedAt).not.toBeNull();
    }
  });

  it('leaves the languages of one small counselling service unrecorded, at the service and its institution', () => {
    const silent = services.filter(
      (s) => s.languages.length === 0 && institution(s.institutionId).languages.length === 0,
    );
    expect(silent.map((s) => s.id)).toEqual(['svc:schuldnerberatung_koethen']);
  });

  it('offers a child asking alone the Kinder- und Jugendtelefon and parents the Elterntelefon, nationwide', () => {
    const byId = (id: string) => services.find((s) => s.id === id);
    expect(byId('svc:kinder_jugendtelefon')).toMatchObject({
      selfReferral: true,
      targetGroups: ['children_6_14', 'adolescents_14_18'],
    });
    expect(byId('svc:kinder_jugendtelefon')?.topics).toEqual(
      expect.arrayContaining(['child_neglect', 'child_physical_abuse', 'peer_violence_bullying']),
    );
    expect(byId('svc:elterntelefon')?.targetGroups).toContain('parents_families');
    for (const id of ['svc:kinder_jugendtelefon', 'svc:elterntelefon']) {
      expect(institution(byId(id)?.institutionId ?? '').kind).toBe('national_helpline');
    }
  });

  it('offers few services in languages besides German', () => {
    const multilingual = services.filter((s) => s.languages.some((l) => l !== 'de'));
    expect(multilingual.length / services.length).toBeLessThan(0.35);
  });
});
