/**
 * Recording a completed training from a proposal, and the figures the plan shows. Pure.
 */
import { isIsoDate } from '@schutznetz/domain';

export interface CoverageFigures {
  readonly cells: number;
  readonly cellsWithPerson: number;
  readonly gaps: number;
  readonly totalSeverity: number;
}

/** Share of cells with a qualified person, in whole percent. */
export function personCoveragePercent(figures: CoverageFigures): number {
  return figures.cells === 0 ? 0 : Math.round((figures.cellsWithPerson / figures.cells) * 100);
}

/** What the plan changes: cells gaining a person, gaps closed, severity removed (≥ 0). */
export function planEffect(before: CoverageFigures, after: CoverageFigures) {
  return {
    cellsGained: after.cellsWithPerson - before.cellsWithPerson,
    gapsClosed: before.gaps - after.gaps,
    severityRemoved: Math.round(before.totalSeverity - after.totalSeverity),
    percentBefore: personCoveragePercent(before),
    percentAfter: personCoveragePercent(after),
  };
}

export interface RecordDraft {
  readonly title: string;
  readonly date: string;
  readonly level: string;
  readonly personIds: readonly string[];
}

export type RecordProblem = 'title' | 'date' | 'people';

/** What is wrong with a draft, mirroring the server (title 2–300, a date, 1–200 people). */
export function recordProblems(draft: RecordDraft): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const title = draft.title.trim();
  if (title.length < 2 || title.length > 300) problems.push('title');
  if (!isIsoDate(draft.date)) problems.push('date');
  if (draft.personIds.length === 0 || draft.personIds.length > 200) problems.push('people');
  return problems;
}

/** The mutation input for a recorded training on `topic`. */
export function toRecordInput(topic: string, draft: RecordDraft) {
  return {
    topic,
    title: draft.title.trim(),
    date: draft.date,
    level: draft.level,
    personIds: [...new Set(draft.personIds)],
  };
}
