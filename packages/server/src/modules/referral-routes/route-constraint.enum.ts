import { analysisEnum } from '../analysis/analysis.type';

/** The conditions of a route search, as rejections, left-out entries and relaxations name them. */
export const RouteConstraintEnum = analysisEnum(
  'RouteConstraint',
  'A condition a route is checked against; named when it rules candidates out or is relaxed.',
  {
    topic: 'The end service addresses the topic (or: no service on the topic in the scope).',
    target_group: 'The end service is for the target group.',
    age:
      'The person’s age is within the service’s limits, and each accompanying child’s within ' +
      'the child age bands it takes and its age limit for boys.',
    language:
      'The end service works in the language or arranges interpreting; one recording no ' +
      'language is not ruled out (asked instead).',
    area: 'The end service’s area covers the municipality.',
    time: 'Open (or 24/7) when the route gets there, within what the urgency allows.',
    capacity: 'Free places, where they are reported.',
    accessibility: 'The accessibility features asked for.',
    consent: 'Hops that need consent when it cannot be obtained.',
    data_mode: 'Hops passing data in a mode that is not allowed.',
    structural: 'Paths for structural matters only (no individual case).',
    municipality: 'Relaxation: look in a neighbouring municipality within the scope.',
  },
);
