import { compareGraphs } from './graph-changes';
import { aGraph, anInstitution, aNetwork, aPerson, aService } from './testing/fixtures';

/** Köthen's counselling centre and one professional in the AK; Zerbst has no service yet. */
const BEFORE = aGraph({
  institutions: [anInstitution('org:efb_koethen', { name: 'Beratungsstelle Köthen' })],
  services: [aService('svc:efb', 'org:efb_koethen')],
  people: [aPerson('person:a', ['org:efb_koethen'], [], { name: 'Anja Fachkraft' })],
  networks: [aNetwork('net:ak', ['org:efb_koethen', 'person:a'], { name: 'AK gegen Gewalt' })],
});

/** Later: a centre in Zerbst opened and joined the AK; the professional left the AK. */
const AFTER = aGraph({
  ...BEFORE,
  institutions: [
    ...BEFORE.institutions,
    anInstitution('org:efb_zerbst', { name: 'Beratungsstelle Zerbst', municipality: 'zerbst' }),
  ],
  services: [...BEFORE.services, aService('svc:zerbst', 'org:efb_zerbst', { area: ['zerbst'] })],
  networks: [
    aNetwork('net:ak', ['org:efb_koethen', 'org:efb_zerbst'], { name: 'AK gegen Gewalt' }),
  ],
});

const COVERAGE = { topics: ['domestic_violence'] } as const;

describe('compareGraphs: what changed since the last meeting', () => {
  const changes = compareGraphs(BEFORE, AFTER, {
    coverageBefore: COVERAGE,
    coverageAfter: COVERAGE,
  });

  it('names the member who joined and the one who left, with network and role', () => {
    expect(changes.membersJoined).toEqual([
      {
        networkId: 'net:ak',
        networkName: 'AK gegen Gewalt',
        networkKind: 'anti_violence_working_group',
        memberId: 'org:efb_zerbst',
        memberKind: 'institution',
        memberName: 'Beratungsstelle Zerbst',
        role: 'member',
      },
    ]);
    expect(changes.membersLeft.map((m) => [m.memberName, m.memberKind])).toEqual([
      ['Anja Fachkraft', 'person'],
    ]);
  });

  it('lists the institution added and none removed', () => {
    expect(changes.institutionsAdded).toEqual([
      { id: 'org:efb_zerbst', name: 'Beratungsstelle Zerbst', municipality: 'zerbst' },
    ]);
    expect(changes.institutionsRemoved).toEqual([]);
  });

  it("closes Zerbst's gap of no service on domestic violence and opens none", () => {
    expect(changes.gapsClosed.map((gap) => gap.id)).toContain(
      'no_service:domestic_violence:zerbst',
    );
    expect(changes.gapsClosed.every((gap) => gap.municipality === 'zerbst')).toBe(true);
    expect(changes.gapsOpened.filter((gap) => gap.kind === 'no_service')).toEqual([]);
  });

  it('reports nothing between a graph and itself', () => {
    expect(
      compareGraphs(AFTER, AFTER, { coverageBefore: COVERAGE, coverageAfter: COVERAGE }),
    ).toEqual({
      membersJoined: [],
      membersLeft: [],
      institutionsAdded: [],
      institutionsRemoved: [],
      gapsOpened: [],
      gapsClosed: [],
    });
  });

  it('takes gaps already measured instead of measuring them again', () => {
    const reason = { de: 'kein Angebot', en: 'no service' };
    const gap = (id: string, severity: number) => ({
      id,
      kind: 'no_service' as const,
      topic: 'stalking' as const,
      municipality: 'aken' as const,
      severity,
      reason,
    });
    const measured = compareGraphs(BEFORE, BEFORE, {
      gapsBefore: [gap('a', 5), gap('b', 9)],
      gapsAfter: [gap('b', 3), gap('c', 1), gap('d', 7)],
    });
    expect(measured.gapsClosed.map((g) => g.id)).toEqual(['a']);
    expect(measured.gapsOpened.map((g) => g.id)).toEqual(['d', 'c']);
  });
});
