import { isInstitutionKindCode, type InstitutionKindCode } from './institution-kinds';
import { isLegalNormCode } from './legal-norms';
import { NETWORK_KINDS, isNetworkKindCode, networkKindByCode } from './network-kinds';
import {
  PARTNER_EXPECTATIONS,
  missingPartnerRequirements,
  partnerExpectationsFor,
} from './network-partner-kinds';

describe('network kinds', () => {
  it('are the six coordination bodies of §8.2 with labels and known legal bases', () => {
    expect(NETWORK_KINDS.map((kind) => kind.code)).toEqual([
      'local_child_protection_network',
      'early_support_network',
      'anti_violence_working_group',
      'family_competence_team',
      'local_alliance_for_families',
      'state_network_life_without_violence',
    ]);
    for (const kind of NETWORK_KINDS) {
      expect(kind.label.de.trim()).not.toBe('');
      expect(kind.label.en.trim()).not.toBe('');
      for (const norm of kind.legalBasis) {
        expect(isLegalNormCode(norm)).toBe(true);
      }
    }
    expect(networkKindByCode('local_child_protection_network').legalBasis).toContain(
      'kischg_lsa_3',
    );
  });
});

describe('partner expectations', () => {
  it('refer only to existing institution kinds, network kinds and norms', () => {
    for (const expectation of PARTNER_EXPECTATIONS) {
      expect(expectation.source.trim()).not.toBe('');
      for (const network of expectation.appliesTo) {
        expect(isNetworkKindCode(network)).toBe(true);
      }
      for (const norm of expectation.legalNorms) {
        expect(isLegalNormCode(norm)).toBe(true);
      }
      const ids = expectation.requirements.map((requirement) => requirement.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const requirement of expectation.requirements) {
        expect(requirement.label.de.trim()).not.toBe('');
        expect(requirement.label.en.trim()).not.toBe('');
        expect(requirement.anyOf.length).toBeGreaterThan(0);
        for (const kind of requirement.anyOf) {
          expect(isInstitutionKindCode(kind)).toBe(true);
        }
        if (requirement.nationalShare !== null) {
          expect(requirement.nationalShare.percent).toBeGreaterThan(0);
          expect(requirement.nationalShare.percent).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  it('cover every partner group § 3 Abs. 2–4 KKG names (§2.1)', () => {
    const kkg = PARTNER_EXPECTATIONS.find((expectation) => expectation.code === 'kkg_3_partners');
    expect(kkg?.basis).toBe('law');
    // 18 partner groups in Abs. 2, the organiser of Abs. 3 and the family midwives of Abs. 4.
    expect(kkg?.requirements).toHaveLength(20);
    expect(kkg?.requirements.map((requirement) => requirement.provision)).toEqual(
      expect.arrayContaining(['§ 3 Abs. 2 KKG', '§ 3 Abs. 3 KKG', '§ 3 Abs. 4 KKG']),
    );
  });

  it('check local child-protection networks against both § 3 KKG and § 3 KiSchG LSA', () => {
    expect(
      partnerExpectationsFor('local_child_protection_network').map(
        (expectation) => expectation.code,
      ),
    ).toEqual(['kkg_3_partners', 'kischg_lsa_3_members']);
    expect(partnerExpectationsFor('local_alliance_for_families')).toEqual([]);
  });

  it('let shelters count as violence-protection partners', () => {
    for (const expectation of PARTNER_EXPECTATIONS) {
      const violence = expectation.requirements.find((r) => r.id === 'violence_protection');
      if (violence !== undefined) {
        expect(violence.anyOf).toContain('womens_shelter');
      }
    }
  });

  it('find nothing missing in the working group as the 2024 bulletin lists it', () => {
    const bulletin: InstitutionKindCode[] = [
      'womens_shelter',
      'womens_centre',
      'police_station',
      'justice_victim_counselling',
      'family_court',
      'family_counselling_centre',
      'general_social_service',
      'equal_opportunities_officer',
      'network_coordination_unit',
    ];
    const [akExpectation] = partnerExpectationsFor('anti_violence_working_group');
    expect(akExpectation).toBeDefined();
    expect(missingPartnerRequirements(akExpectation!, bulletin)).toEqual([]);
  });

  it('report the partners a network still lacks', () => {
    const [kkg] = partnerExpectationsFor('early_support_network');
    expect(kkg?.code).toBe('kkg_3_partners');
    const missing = missingPartnerRequirements(kkg!, ['youth_welfare_office', 'school']).map(
      (requirement) => requirement.id,
    );
    expect(missing).not.toContain('organiser');
    expect(missing).not.toContain('schools');
    expect(missing).toContain('hospitals');
    expect(missing).toContain('family_midwives');
  });
});
