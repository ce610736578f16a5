/**
 * How a network training is held (domain.md §2.1, §5.2, §5.3, §8.6): in person, online, in-house
 * at one institution, or as a workshop of the yearly Fachtag (the Fachtag of 2024-06-05 had
 * workshops). The planner proposes one per training; the labels are what the plan and its
 * exports show.
 */
import type { LocalizedLabel } from '../taxonomy/types';

export const TRAINING_FORMATS = ['in_person', 'online', 'inhouse', 'fachtag_workshop'] as const;

/** Code of a format in {@link TRAINING_FORMATS}. */
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

export const TRAINING_FORMAT_LABELS: Readonly<Record<TrainingFormat, LocalizedLabel>> = {
  in_person: { de: 'Präsenz', en: 'In person' },
  online: { de: 'Online', en: 'Online' },
  inhouse: { de: 'Inhouse-Schulung', en: 'In-house' },
  fachtag_workshop: { de: 'Workshop beim Fachtag', en: 'Fachtag workshop' },
};
