import { INSTITUTION_KINDS } from '../taxonomy/institution-kinds';
import { topicByCode } from '../taxonomy/topics';
import { EXPECTED_TOPICS_BY_KIND, expectedTopicsOf, kindsExpectingTopic } from './expected-topics';

describe('expected topics of each kind of institution (domain.md §3, §5.3)', () => {
  it('names only known kinds, and only catalogue topics (never a group) each once', () => {
    const kinds = new Set<string>(INSTITUTION_KINDS.map((k) => k.code));
    for (const [kind, expected] of Object.entries(EXPECTED_TOPICS_BY_KIND)) {
      expect(kinds.has(kind)).toBe(true);
      expect(expected.source).toMatch(/§\d/);
      for (const topic of expected.topics) expect(topicByCode(topic).isGroup).toBe(false);
      expect(new Set(expected.topics).size).toBe(expected.topics.length);
    }
  });

  it('expects the § 8a / § 4 KKG risk assessment of Kitas, schools and paediatricians', () => {
    for (const kind of ['childcare_centre', 'school', 'paediatric_practice'] as const) {
      expect(expectedTopicsOf(kind)).toContain('child_risk_assessment');
    }
  });

  it('sends the police and the Interventionsstelle to a training on high-risk assessment, not the Kita', () => {
    const kinds = kindsExpectingTopic('high_risk_assessment');
    expect(kinds).toEqual(
      expect.arrayContaining(['police_station', 'domestic_violence_intervention_centre']),
    );
    expect(kinds).not.toContain('childcare_centre');
  });

  it('leaves courts and national helplines out of the audience', () => {
    expect(expectedTopicsOf('family_court')).toEqual([]);
    expect(expectedTopicsOf('national_helpline')).toEqual([]);
  });
});
