import {
  TOPICS,
  ancestorTopics,
  childTopics,
  descendantTopics,
  isTopicCode,
  topicByCode,
  type TopicCode,
} from './topics';

/** domain.md §8.3, in its numbering. */
const CATALOGUE = [
  'domestic_violence',
  'stalking',
  'sexualised_violence_adults',
  'child_sexual_abuse',
  'child_physical_abuse',
  'child_neglect',
  'emotional_abuse',
  'children_exposed_to_dv',
  'child_risk_assessment',
  'early_childhood_support',
  'pregnancy_support',
  'parenting_support',
  'separation_custody_contact',
  'protection_orders_legal',
  'high_risk_assessment',
  'victim_support_criminal_proceedings',
  'trauma_informed_work',
  'addiction_in_families',
  'parental_mental_illness',
  'digital_violence',
  'forced_marriage_honour_violence',
  'fgm',
  'human_trafficking',
  'migration_residence_law',
  'disability_and_violence',
  'perpetrator_work',
  'peer_violence_bullying',
  'institutional_safeguarding',
  'livelihood_housing_debt',
  'data_protection_info_sharing',
];

describe('topics', () => {
  it('have unique codes and German and English labels', () => {
    const codes = TOPICS.map((topic) => topic.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const topic of TOPICS) {
      expect(topic.label.de.trim()).not.toBe('');
      expect(topic.label.en.trim()).not.toBe('');
    }
  });

  it('hold the 30 §8.3 topics under their catalogue numbers', () => {
    const catalogue = TOPICS.filter((topic) => !topic.isGroup);
    expect(catalogue).toHaveLength(30);
    for (const topic of catalogue) {
      expect(topic.catalogueNumber).not.toBeNull();
      expect(CATALOGUE[topic.catalogueNumber - 1]).toBe(topic.code);
    }
  });

  it('hang every catalogue topic under an existing group, and only groups at the top', () => {
    for (const topic of TOPICS) {
      if (topic.isGroup) {
        expect(topic.parent).toBeNull();
        expect(childTopics(topic.code).length).toBeGreaterThan(0);
      } else {
        expect(topic.parent).not.toBeNull();
        expect(isTopicCode(topic.parent) && topicByCode(topic.parent).isGroup).toBe(true);
      }
    }
  });

  it('form a hierarchy without cycles', () => {
    for (const topic of TOPICS) {
      const ancestors = ancestorTopics(topic.code);
      expect(ancestors).not.toContain(topic.code);
      expect(new Set(ancestors).size).toBe(ancestors.length);
      expect(descendantTopics(topic.code)).not.toContain(topic.code);
    }
  });

  it('find a group’s topics as its descendants and the group as their ancestor', () => {
    expect(descendantTopics('child_endangerment')).toEqual(
      expect.arrayContaining(['child_physical_abuse', 'child_neglect', 'child_sexual_abuse']),
    );
    expect(descendantTopics('stalking')).toEqual([]);
    expect(ancestorTopics('stalking')).toEqual(['violence_close_relationships']);
    expect(ancestorTopics('violence_close_relationships')).toEqual([]);
  });

  it('weight acute violence and child endangerment highest', () => {
    const acute: TopicCode[] = [
      'domestic_violence',
      'child_physical_abuse',
      'child_sexual_abuse',
      'child_neglect',
      'children_exposed_to_dv',
      'high_risk_assessment',
    ];
    for (const code of acute) {
      expect(topicByCode(code).criticality).toBe(3);
    }
    expect(topicByCode('parenting_support').criticality).toBeLessThan(3);
    expect(topicByCode('data_protection_info_sharing').criticality).toBe(1);
  });

  it('give each group the highest criticality of its topics', () => {
    for (const group of TOPICS.filter((topic) => topic.isGroup)) {
      const highest = Math.max(
        ...descendantTopics(group.code).map((code) => topicByCode(code).criticality),
      );
      expect(group.criticality).toBe(highest);
    }
  });

  it('rejects unknown topic codes', () => {
    expect(isTopicCode('topic:domestic_violence')).toBe(false);
    expect(isTopicCode(null)).toBe(false);
    expect(isTopicCode('fgm')).toBe(true);
  });
});
