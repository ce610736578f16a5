import { aGraph, anInstitution, aService } from '../testing/fixtures';
import { POLICE, SATURDAY_NIGHT, violenceGraph, WOMAN } from '../testing/violence-chain';
import { explainNoRoute, findReferralRoutes, type ReferralNeed } from '.';

describe('explainNoRoute', () => {
  it('names the language relaxation when nobody speaks the language', () => {
    const need: ReferralNeed = { ...WOMAN, language: 'tr' };
    expect(findReferralRoutes(violenceGraph(), POLICE, need).routes).toEqual([]);
    const explanation = explainNoRoute(violenceGraph(), POLICE, need);
    expect(explanation.failedConstraints[0]?.constraint).toBe('language');
    expect(explanation.relaxations.map((r) => r.constraint)).toContain('language');
    expect(explanation.relaxations[0]?.description.en).toBe(
      'A route exists without the language constraint (interpreting needed).',
    );
    expect(explanation.summary.en).toContain('3 on language');
  });

  it('offers the neighbouring municipality', () => {
    const graph = aGraph({
      institutions: [anInstitution('start'), anInstitution('centre')],
      services: [
        aService('svc:centre', 'centre', { topics: ['stalking'], area: ['osternienburger_land'] }),
      ],
    });
    const explanation = explainNoRoute(
      graph,
      { kind: 'institution', institutionId: 'start' },
      { topic: 'stalking', municipality: 'aken' },
    );
    expect(explanation.failedConstraints.map((f) => f.constraint)).toEqual(['area']);
    const neighbour = explanation.relaxations.find((r) => r.constraint === 'municipality');
    expect(neighbour?.need.municipality).toBe('osternienburger_land');
    expect(neighbour?.description.de).toBe(
      'Eine Route gibt es in der Nachbargemeinde Osternienburger Land.',
    );
    expect(explanation.fruitless).toContain('municipality'); // Zerbst, the other neighbour
  });

  it('offers waiting and consent relaxations, and says capacity would not help', () => {
    const need: ReferralNeed = {
      ...WOMAN,
      at: SATURDAY_NIGHT,
      urgency: 'immediate',
      consent: 'not_obtainable',
    };
    const graph = aGraph({
      ...violenceGraph(),
      services: violenceGraph().services.filter((s) => s.id !== 'svc:helpline'),
    });
    const explanation = explainNoRoute(graph, POLICE, need);
    expect(explanation.relaxations.map((r) => r.constraint).sort()).toEqual(['consent', 'time']);
    expect(explanation.fruitless).toContain('capacity');
  });
});

// Property: every route satisfies every constraint --------------------------------------------
