/**
 * The year plan: each chosen training gets a format, a quarter and a proposed day. The most
 * valuable trainings come first in the year; a trainer leads at most one training a quarter
 * where the plan allows; workshops go to the Fachtag in June (the network's Fachtag of
 * 2024-06-05 was the first Wednesday of June).
 */
import { topicByCode, type TrainingFormat } from '@schutznetz/domain';
import type { GraphIndex } from '../graph-index';
import type { ChosenTraining } from './choose';

/** A training's slot. */
export interface Slot {
  readonly format: TrainingFormat;
  readonly quarter: number;
  readonly date: string;
}

/** Seats one institution fills at least for an in-house training. */
const INHOUSE_FROM_SEATS = 4;
/** Municipalities an audience comes from at least for an online training. */
const ONLINE_FROM_MUNICIPALITIES = 4;

/**
 * The format: in-house when one institution fills half the seats or more (and four at least); a Fachtag workshop
 * when the training only deepens (no gap closed, no single holder relieved) a topic that is not
 * critical; in person for critical topics (risk assessment and signs of abuse are practised on
 * cases); online when the audience is spread over the county; else in person.
 */
export function chooseFormat(index: GraphIndex, training: ChosenTraining): TrainingFormat {
  const seatsAt = new Map<string, number>();
  let total = 0;
  for (const seat of training.seats) {
    seatsAt.set(seat.institutionId, (seatsAt.get(seat.institutionId) ?? 0) + seat.seats);
    total += seat.seats;
  }
  const largest = Math.max(0, ...seatsAt.values());
  if (largest >= INHOUSE_FROM_SEATS && largest * 2 >= total) return 'inhouse';
  const criticality = topicByCode(training.topic).criticality;
  const deepensOnly = training.seats.every(
    (s) => s.reason === 'expected_holder' || s.reason === 'group',
  );
  if (deepensOnly && criticality < 3) return 'fachtag_workshop';
  if (criticality === 3) return 'in_person';
  const places = new Set(
    [...seatsAt.keys()].map((id) => index.institutions.get(id)?.municipality ?? id),
  );
  return places.size >= ONLINE_FROM_MUNICIPALITIES ? 'online' : 'in_person';
}

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The `n`-th Wednesday (0-based) on or after the first day of `month`. */
function wednesday(year: number, month: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const offset = (3 - first + 7) % 7;
  return isoDate(year, month, 1 + offset + 7 * n);
}

/** Formats, quarters and days for `trainings` (in the order chosen) in `year`. */
export function scheduleTrainings(
  index: GraphIndex,
  trainings: readonly ChosenTraining[],
  year: number,
): { readonly training: ChosenTraining; readonly slot: Slot }[] {
  const perQuarter = Math.max(1, Math.ceil(trainings.length / 4));
  const inQuarter = [0, 0, 0, 0];
  const trainerQuarters = new Map<string, Set<number>>();
  const atFachtag = new Set<string>();
  const fachtag = wednesday(year, 6, 0);
  const slotOf = (training: ChosenTraining, i: number): Slot => {
    const trainer = training.trainer?.personId ?? null;
    let format = chooseFormat(index, training);
    if (format === 'fachtag_workshop') {
      // One workshop per trainer on the day.
      if (trainer === null || !atFachtag.has(trainer)) {
        if (trainer !== null) atFachtag.add(trainer);
        return { format, quarter: 2, date: fachtag };
      }
      format = 'online';
    }
    const busy = trainer === null ? new Set<number>() : (trainerQuarters.get(trainer) ?? new Set());
    const wanted = Math.min(3, Math.floor((i * 4) / Math.max(1, trainings.length)));
    const order = [0, 1, 2, 3].map((k) => (wanted + k) % 4);
    const quarter =
      order.find((q) => (inQuarter[q] ?? 0) < perQuarter && !busy.has(q)) ??
      order.find((q) => (inQuarter[q] ?? 0) < perQuarter) ??
      wanted;
    const slot = inQuarter[quarter] ?? 0;
    inQuarter[quarter] = slot + 1;
    if (trainer !== null) trainerQuarters.set(trainer, busy.add(quarter));
    // Weekly from the second Wednesday of the quarter; a thirteenth goes on Thursday.
    const week = 1 + (slot % 11);
    const date = wednesday(year, quarter * 3 + 1, week);
    return {
      format,
      quarter: quarter + 1,
      date: slot >= 11 ? isoDate(year, Number(date.slice(5, 7)), Number(date.slice(8)) + 1) : date,
    };
  };
  return trainings.map((training, i) => ({ training, slot: slotOf(training, i) }));
}
