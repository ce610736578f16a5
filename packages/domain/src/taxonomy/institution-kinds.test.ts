import {
  INSTITUTION_CATEGORIES,
  INSTITUTION_KINDS,
  KKG4_BOUND_KINDS,
  PROTECTED_ADDRESS_KINDS,
  hasProtectedAddress,
  institutionKindByCode,
  institutionKindsInCategory,
  isAnonymousLine,
  isInstitutionKindCode,
  isKkg4Bound,
} from './institution-kinds';

/** The `org_type` enum of domain.md §8.2, `*`-marked codes (found in ABI) first per sector. */
const ORG_TYPE_ENUM = {
  found: [
    'youth_welfare_office',
    'general_social_service',
    'network_coordination_unit',
    'child_protection_advice_unit',
    'school_social_work',
    'womens_shelter',
    'protected_flat',
    'womens_centre',
    'womens_counselling_centre',
    'domestic_violence_intervention_centre',
    'victim_support_ngo',
    'justice_victim_counselling',
    'police_station',
    'police_victim_protection_officer',
    'family_court',
    'family_counselling_centre',
    'pregnancy_counselling_centre',
    'addiction_counselling_centre',
    'hospital_paediatrics',
    'maternity_clinic',
    'child_psychotherapy_practice',
    'jobcenter',
    'equal_opportunities_officer',
  ],
  notFound: [
    'sexual_violence_counselling_centre',
    'perpetrator_programme',
    'forced_marriage_trafficking_service',
    'national_helpline',
    'public_prosecutor',
    'regional_court',
    'debt_counselling_centre',
    'migration_counselling',
    'disability_counselling_eutb',
    'public_health_office',
    'social_psychiatric_service',
    'hospital_child_protection_team',
    'paediatric_practice',
    'gynaecology_practice',
    'family_midwife_service',
    'maternity_navigator_service',
    'childcare_centre',
    'school',
    'family_centre',
    'multi_generation_house',
    'youth_club',
    'social_welfare_office',
    'housing_company',
  ],
};

function expectLocalized(label: { de: string; en: string }): void {
  expect(label.de.trim()).not.toBe('');
  expect(label.en.trim()).not.toBe('');
}

describe('institution kinds', () => {
  it('have unique snake_case codes', () => {
    const codes = INSTITUTION_KINDS.map((kind) => kind.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z][a-z0-9_]*[a-z0-9]$/);
    }
  });

  it('carry German and English labels and descriptions', () => {
    for (const kind of INSTITUTION_KINDS) {
      expectLocalized(kind.label);
      expectLocalized(kind.description);
    }
    for (const category of INSTITUTION_CATEGORIES) {
      expectLocalized(category.label);
    }
  });

  it('contain every §8.2 org_type exactly as the enum lists it', () => {
    const fromEnum = INSTITUTION_KINDS.filter((kind) => kind.origin === 'org_type_enum');
    expect(fromEnum.map((kind) => kind.code).sort()).toEqual(
      [...ORG_TYPE_ENUM.found, ...ORG_TYPE_ENUM.notFound].sort(),
    );
  });

  it('mark as found in Anhalt-Bitterfeld exactly the §8.2 codes with a star', () => {
    for (const code of ORG_TYPE_ENUM.found) {
      expect(isInstitutionKindCode(code) && institutionKindByCode(code).foundInAbi).toBe(true);
    }
    for (const code of ORG_TYPE_ENUM.notFound) {
      expect(isInstitutionKindCode(code) && institutionKindByCode(code).foundInAbi).toBe(false);
    }
  });

  it('flag shelters and protected flats so their addresses are never stored', () => {
    expect([...PROTECTED_ADDRESS_KINDS].sort()).toEqual(['protected_flat', 'womens_shelter']);
    expect(hasProtectedAddress('womens_shelter')).toBe(true);
    expect(hasProtectedAddress('womens_centre')).toBe(false);
  });

  it('allow anonymous role contacts wherever staff are at risk, including every shelter kind', () => {
    for (const code of PROTECTED_ADDRESS_KINDS) {
      expect(institutionKindByCode(code).staffSafetyRisk).toBe(true);
    }
    expect(institutionKindByCode('domestic_violence_intervention_centre').staffSafetyRisk).toBe(
      true,
    );
  });

  it('take the national helplines as anonymous lines the person calls herself, and nothing else', () => {
    expect(
      INSTITUTION_KINDS.filter((kind) => isAnonymousLine(kind.code)).map((k) => k.code),
    ).toEqual(['national_helpline']);
  });

  it('bind exactly the § 4 Abs. 1 KKG professions by kind: health, psychotherapy, counselling, schools', () => {
    expect([...KKG4_BOUND_KINDS].sort()).toEqual([
      'addiction_counselling_centre',
      'child_psychotherapy_practice',
      'early_intervention_centre',
      'family_counselling_centre',
      'family_midwife_service',
      'gynaecology_practice',
      'hospital_child_protection_team',
      'hospital_paediatrics',
      'maternity_clinic',
      'maternity_navigator_service',
      'paediatric_practice',
      'pregnancy_counselling_centre',
      'public_health_office',
      'school',
      'school_social_work',
      'social_paediatric_centre',
      'social_psychiatric_service',
    ]);
  });

  it('leave Kitas (bound by § 8a Abs. 4 instead) and the receivers of the procedure unbound', () => {
    for (const code of [
      'childcare_centre',
      'youth_welfare_office',
      'general_social_service',
      'child_protection_advice_unit',
      'police_station',
    ] as const) {
      expect(isKkg4Bound(code)).toBe(false);
    }
    expect(isKkg4Bound('school')).toBe(true);
  });

  it('place the services §8.2 calls regional outside the county', () => {
    for (const code of [
      'domestic_violence_intervention_centre',
      'sexual_violence_counselling_centre',
      'perpetrator_programme',
      'justice_victim_counselling',
    ] as const) {
      expect(institutionKindByCode(code).scope).toBe('regional');
    }
    expect(institutionKindByCode('national_helpline').scope).toBe('federal');
  });

  it('give every category at least one kind and every kind a known category', () => {
    const categories = new Set<string>(INSTITUTION_CATEGORIES.map((category) => category.code));
    for (const kind of INSTITUTION_KINDS) {
      expect(categories.has(kind.category)).toBe(true);
    }
    for (const category of INSTITUTION_CATEGORIES) {
      expect(institutionKindsInCategory(category.code).length).toBeGreaterThan(0);
    }
  });

  it('rejects strings that are not kind codes', () => {
    expect(isInstitutionKindCode('Frauenhaus')).toBe(false);
    expect(isInstitutionKindCode('')).toBe(false);
    expect(isInstitutionKindCode(42)).toBe(false);
    expect(isInstitutionKindCode(undefined)).toBe(false);
    expect(isInstitutionKindCode('womens_shelter')).toBe(true);
  });
});
