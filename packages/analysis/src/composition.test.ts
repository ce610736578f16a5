import { analyseNetworkComposition } from './composition';
import { aGraph, anInstitution, aNetwork, aPerson } from './testing/fixtures';

function networks() {
  return aGraph({
    institutions: [
      anInstitution('jugendamt', { kind: 'youth_welfare_office' }),
      anInstitution('police', { kind: 'police_station' }),
      anInstitution('school', { kind: 'school' }),
      anInstitution('shelter', { kind: 'womens_shelter' }),
      anInstitution('court', { kind: 'family_court' }),
    ],
    people: [aPerson('p:teacher', ['school'])],
    networks: [
      aNetwork('net:lnk', ['jugendamt', 'police', 'p:teacher'], {
        kind: 'local_child_protection_network',
      }),
      aNetwork('net:ak', ['police', 'shelter', 'p:teacher']),
    ],
  });
}

describe('analyseNetworkComposition', () => {
  it('checks a child-protection network against § 3 KKG and § 3 KiSchG LSA', () => {
    const [lnk] = analyseNetworkComposition(networks()).networks;
    expect(lnk).toMatchObject({
      networkId: 'net:lnk',
      institutionIds: ['jugendamt', 'police', 'school'], // the school through its teacher
      personIds: ['p:teacher'],
      presentKinds: ['police_station', 'school', 'youth_welfare_office'],
    });
    expect(lnk?.expectations.map((e) => e.code)).toEqual([
      'kkg_3_partners',
      'kischg_lsa_3_members',
    ]);
    const kkg = lnk?.expectations[0];
    expect(kkg?.met.map((m) => m.requirementId)).toEqual([
      'organiser',
      'youth_welfare_services',
      'schools',
      'police',
    ]);
    expect(kkg?.met.find((m) => m.requirementId === 'schools')?.institutionIds).toEqual(['school']);
    const courts = kkg?.missing.find((m) => m.requirementId === 'family_courts');
    expect(courts).toMatchObject({
      provision: '§ 3 Abs. 2 KKG',
      anyOf: ['family_court'],
      candidateInstitutionIds: ['court'],
    });
    expect(kkg?.missing.find((m) => m.requirementId === 'violence_protection')).toMatchObject({
      candidateInstitutionIds: ['shelter'],
    });
  });

  it('checks the working group against its observed members', () => {
    const ak = analyseNetworkComposition(networks()).networks[1];
    const [expectation] = ak?.expectations ?? [];
    expect(expectation?.code).toBe('anti_violence_working_group_members');
    expect(expectation?.met.map((m) => m.requirementId)).toEqual(['shelters', 'police']);
    expect(expectation?.missing.map((m) => m.requirementId)).toContain('court');
  });

  it('reports overlaps and the members that bridge networks', () => {
    const report = analyseNetworkComposition(networks());
    expect(report.overlaps).toEqual([
      {
        networkA: 'net:lnk',
        networkB: 'net:ak',
        sharedInstitutionIds: ['police', 'school'],
        sharedPersonIds: ['p:teacher'],
        jaccard: 0.5,
      },
    ]);
    expect(report.bridgingMembers).toEqual([
      {
        memberId: 'p:teacher',
        kind: 'person',
        name: 'p:teacher',
        networkIds: ['net:ak', 'net:lnk'],
      },
      {
        memberId: 'police',
        kind: 'institution',
        name: 'police',
        networkIds: ['net:ak', 'net:lnk'],
      },
      {
        memberId: 'school',
        kind: 'institution',
        name: 'school',
        networkIds: ['net:ak', 'net:lnk'],
      },
    ]);
  });
});
