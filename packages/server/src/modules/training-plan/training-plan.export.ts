import { topicByCode, TRAINING_FORMAT_LABELS, type TopicCode } from '@schutznetz/domain';
import { toCsv, type TableColumn } from '../../exports/csv';
import { toIcs } from '../../exports/ics';
import type { ExportDefinition } from '../../exports/types';
import type { ProposedTrainingView, TrainingPlanView } from './training-plan.views';
import { currentRegion } from '../region/region.current';

const PRIORITY_DE: Readonly<Record<ProposedTrainingView['priority'], string>> = {
  high: 'hoch',
  medium: 'mittel',
  low: 'niedrig',
};

const SEVERITY = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

function places(codes: readonly string[]): string {
  return codes.map((code) => currentRegion().label(code)).join(', ');
}

/** "Markus Schulze, 1–2 Fachkräfte (ASD Köthen); …": the audience by institution. */
function audienceText(training: ProposedTrainingView): string {
  return training.audience
    .map((group) => {
      const who = [
        ...group.people.map((p) => p.name),
        ...(group.openSeats > 0 ? ['1–2 Fachkräfte'] : []),
      ].join(', ');
      return `${group.institution.name}: ${who}`;
    })
    .join('; ');
}

function trainerText(training: ProposedTrainingView): string {
  const trainer = training.trainer;
  if (trainer === null) return 'extern (niemand im Netzwerk mit Expertenniveau)';
  const name = trainer.person?.name ?? 'Fachkraft';
  return trainer.institution === null ? name : `${name} (${trainer.institution.name})`;
}

const COLUMNS: readonly TableColumn<ProposedTrainingView>[] = [
  { header: 'Quartal', value: (t) => `Q${t.quarter} ${t.year}` },
  { header: 'Datum', value: (t) => t.date },
  { header: 'Titel', value: (t) => t.title.de },
  { header: 'Thema', value: (t) => topicByCode(t.topic as TopicCode).label.de },
  { header: 'Priorität', value: (t) => PRIORITY_DE[t.priority] },
  { header: 'Format', value: (t) => TRAINING_FORMAT_LABELS[t.format].de },
  { header: 'Referent:in', value: trainerText },
  { header: 'Plätze', value: (t) => t.seatCount },
  { header: 'Teilnehmende nach Einrichtung', value: audienceText },
  {
    header: 'Schließt Lücken in',
    value: (t) => places(t.effect.cellsGained.map((c) => c.municipality)),
  },
  { header: 'Lücken-IDs', value: (t) => t.effect.gapsClosed.join(', ') },
  { header: 'Schwere gesenkt um', value: (t) => Math.round(t.effect.severityRemoved) },
  {
    header: 'Zweite Fachkraft in',
    value: (t) => places(t.effect.cellsSecured.map((c) => c.municipality)),
  },
  { header: 'Begründung', value: (t) => t.reasons.map((r) => r.de).join(' ') },
];

function calendar(plan: TrainingPlanView): string {
  return toIcs({
    name: `Fortbildungsplan ${plan.year}`,
    entries: plan.trainings.map((t) => ({
      id: `${t.id}:${t.year}`,
      title: t.title.de,
      start: t.date,
      location: TRAINING_FORMAT_LABELS[t.format].de,
      description: [
        `Quartal Q${t.quarter} ${t.year}, ${TRAINING_FORMAT_LABELS[t.format].de}, Priorität ${PRIORITY_DE[t.priority]}.`,
        `Referent:in: ${trainerText(t)}.`,
        `Teilnehmende (${t.seatCount} Plätze): ${audienceText(t)}.`,
        ...t.reasons.map((r) => r.de),
        `Schwere gesenkt um ${SEVERITY.format(t.effect.severityRemoved)} (Einwohner × Kritikalität × Gewicht der Lückenart).`,
      ].join('\n'),
    })),
  });
}

/** An optional whole-number parameter; a malformed one reaches the service's check by field. */
function wholeNumber(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  return raw === null || raw === '' ? null : Number(raw);
}

/**
 * `GET /export/training-plan.csv|ics?count=&seats=&year=&asOf=`: the year plan as a table for
 * German Excel (one row per training) or as a calendar (each training on its proposed day);
 * members and up, as `trainingPlan` (decision 023). The budget's bounds are the query's.
 */
export const TRAINING_PLAN_EXPORT: ExportDefinition = {
  name: 'training-plan',
  formats: ['csv', 'ics'],
  minRole: 'member',
  describe: {
    de: 'Fortbildungsplan: Quartal, Datum, Thema, Format, Referent:in, Teilnehmende nach Einrichtung und Wirkung je Fortbildung',
    en: 'Training plan: quarter, date, topic, format, trainer, audience by institution and effect of each training',
  },
  async produce({ format, params, context }) {
    const plan = await context.services.trainingPlan.planTrainings(
      null,
      {
        asOf: params.get('asOf'),
        count: wholeNumber(params, 'count'),
        seats: wholeNumber(params, 'seats'),
        year: wholeNumber(params, 'year'),
      },
      context.viewer,
    );
    return format === 'ics'
      ? { filename: `fortbildungsplan-${plan.year}.ics`, body: calendar(plan) }
      : { filename: `fortbildungsplan-${plan.year}.csv`, body: toCsv(COLUMNS, plan.trainings) };
  },
};
