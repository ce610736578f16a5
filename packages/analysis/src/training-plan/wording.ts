/**
 * The planner's sentences: why a training is proposed, and what the plan's figures mean.
 */
import {
  institutionKindByCode,
  topicByCode,
  type InstitutionKindCode,
  type LocalizedLabel,
  type RegionCode,
  type TopicCode,
} from '@schutznetz/domain';
import type { GraphIndex } from '../graph-index';
import type { ChosenTraining } from './choose';
import type { PlanEffect } from './types';

const de = (n: number): string => Math.round(n).toLocaleString('de-DE');
const en = (n: number): string => Math.round(n).toLocaleString('en-GB');

/** Why `training` is proposed, one sentence per reason. */
export function trainingReasons(
  index: GraphIndex,
  training: ChosenTraining,
  holderName: string | null,
): LocalizedLabel[] {
  const label = topicByCode(training.topic).label;
  const names = (codes: Iterable<RegionCode>): string =>
    [...codes].map((code) => index.municipalities.get(code)?.name ?? code).join(', ');
  const covered = training.seats.flatMap((s) => s.newlyCovered);
  const secured = [...new Set(training.seats.flatMap((s) => s.secured))];
  const reasons: LocalizedLabel[] = [];
  if (covered.length > 0) {
    const population = covered.reduce(
      (sum, code) => sum + (index.municipalities.get(code)?.population ?? 0),
      0,
    );
    reasons.push({
      de: `Schließt die Lücke „keine qualifizierte Fachkraft“ zu „${label.de}“ in ${names(covered)} (${de(population)} Einwohner): Dort gibt es ein Angebot, aber niemand mit gültiger Expertise.`,
      en: `Closes the gap "no qualified professional" on "${label.en}" in ${names(covered)} (${en(population)} inhabitants): a service reaches it, but nobody with valid expertise.`,
    });
  }
  if (training.holdersBefore === 0) {
    reasons.push({
      de: `Niemand im Netzwerk hält das Thema „${label.de}“ bisher.`,
      en: `Nobody in the network holds "${label.en}" yet.`,
    });
  } else if (training.holdersBefore === 1) {
    const who = holderName ?? 'eine Person';
    reasons.push({
      de: `Nur ${who} hält das Thema „${label.de}“: Fällt die Person aus, ist es unbesetzt. Die Fortbildung gibt ${secured.length > 0 ? names(secured) : 'dem Thema'} eine zweite Fachkraft.`,
      en: `Only ${holderName ?? 'one person'} holds "${label.en}": if they leave, nobody does. The training gives ${secured.length > 0 ? names(secured) : 'the topic'} a second professional.`,
    });
  } else if (secured.length > 0) {
    reasons.push({
      de: `In ${names(secured)} hält nur je eine Person das Thema „${label.de}“; die Fortbildung gibt dort eine zweite Fachkraft.`,
      en: `In ${names(secured)} only one person holds "${label.en}"; the training adds a second there.`,
    });
  }
  const expected = training.seats.filter((s) => s.reason === 'expected_holder');
  if (expected.length > 0) {
    const kinds = [
      ...new Set(
        expected.flatMap((s) => {
          const kind = index.institutions.get(s.institutionId)?.kind;
          return kind === undefined ? [] : [kind];
        }),
      ),
    ].map((kind: InstitutionKindCode) => institutionKindByCode(kind).label);
    reasons.push({
      de: `${expected.length} Einrichtungen, die das Thema halten sollten (${kinds.map((k) => k.de).join(', ')}), bekommen ihre erste Fachkraft dafür.`,
      en: `${expected.length} institutions that should hold the topic (${kinds.map((k) => k.en).join(', ')}) get their first professional for it.`,
    });
  }
  if (training.trainer === null) {
    reasons.push({
      de: 'Im Netzwerk hat niemand Expertenniveau in diesem Thema: eine externe Referentin oder ein externer Referent ist nötig.',
      en: 'Nobody in the network has expert level in this topic: an external trainer is needed.',
    });
  }
  return reasons;
}

/** What the plan's figures mean, in words. */
export function planSummary(effect: Omit<PlanEffect, 'summary'>): LocalizedLabel {
  const closed = effect.gapsClosed.length;
  const unclosable = effect.unclosable.reduce((sum, u) => sum + u.count, 0);
  const share =
    effect.closableSeverity > 0
      ? Math.round((effect.severityRemoved / effect.closableSeverity) * 100)
      : 0;
  return {
    de:
      `Der Plan schließt ${closed} von ${effect.closableGaps} Lücken, die eine Fortbildung schließen kann (von ${effect.before.gaps} Lücken insgesamt), ` +
      `und senkt die Schwere um ${de(effect.severityRemoved)} von ${de(effect.closableSeverity)} schließbaren Punkten (${share} %). ` +
      `Schwere einer Lücke = Einwohner der Gemeinde × Kritikalität des Themas (1–3) × Gewicht der Lückenart (0,5 für „keine qualifizierte Fachkraft“). ` +
      `${unclosable} Lücken kann keine Fortbildung schließen: Dort fehlen Angebote, Fachstellen, Erreichbarkeit rund um die Uhr oder Schutzplätze.`,
    en:
      `The plan closes ${closed} of the ${effect.closableGaps} gaps a training can close (of ${effect.before.gaps} gaps in all) ` +
      `and lowers severity by ${en(effect.severityRemoved)} of ${en(effect.closableSeverity)} closable points (${share} %). ` +
      `Severity of a gap = inhabitants of the municipality × the topic's criticality (1–3) × the gap kind's weight (0.5 for "no qualified professional"). ` +
      `${unclosable} gaps no training can close: services, specialised institutions, 24/7 reachability or shelter places are missing there.`,
  };
}

/** Why the plan has fewer trainings than asked. */
export function shortfall(count: number, planned: number): LocalizedLabel {
  return {
    de: `${count} Fortbildungen gewünscht, ${planned} bringen etwas: Für weitere fehlen Lücken, Einzelpersonen-Risiken oder Einrichtungen, die das Thema noch nicht halten.`,
    en: `${count} trainings asked for, ${planned} bring anything: beyond them no gap, single holder or institution lacking the topic is left.`,
  };
}

/** The title of the `ordinal`-th training on `topic`. */
export function trainingTitle(topic: TopicCode, ordinal: number): LocalizedLabel {
  const label = topicByCode(topic).label;
  const suffix = ordinal > 1 ? ` (${ordinal})` : '';
  return { de: `Fortbildung: ${label.de}${suffix}`, en: `Training: ${label.en}${suffix}` };
}
