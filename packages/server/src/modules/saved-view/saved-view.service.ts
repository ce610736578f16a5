import type { Page, PageRequest } from '../../pagination';
import { nameSortKey } from '../../records';
import { StoredEntries } from '../../stored-entries';
import { definedOnly, Problems } from '../../validation';
import type { SavedViewRecord, SavedViewRepository } from './saved-view.repository';

/** One node's place in a saved view, in the graph's model coordinates. */
export interface NodePlacement {
  readonly nodeId: string;
  readonly x: number;
  readonly y: number;
}

export interface SavedViewFilter {
  readonly createdBy?: string;
}

export interface SavedViewChanges {
  readonly name?: string | null;
  readonly state?: string | null;
  readonly positions?: readonly NodePlacement[] | null;
}

/**
 * At most this many positions in one view: what a request of 1 MB (the API's body limit) holds
 * with room to spare, and more than a county's graph has nodes.
 */
export const MAX_POSITIONS = 10_000;

/** Longest explorer state (URL parameters) a view keeps. */
export const MAX_STATE_LENGTH = 4000;

/** Coordinates beyond this are no drawing anyone made. */
const MAX_COORDINATE = 1e7;

/** Parameters a saved state may not carry: `view` would make a view point at another. */
const RESERVED_PARAMETERS = ['view'];

function checkState(problems: Problems, state: string | null | undefined): void {
  if (state === undefined || state === null) return;
  if (state.length > MAX_STATE_LENGTH) {
    problems.add('state', `must be at most ${MAX_STATE_LENGTH} characters`);
    return;
  }
  if (state.startsWith('?') || /\s/.test(state)) {
    problems.add('state', 'must be URL search parameters without "?" and without spaces');
    return;
  }
  const params = new URLSearchParams(state);
  const reserved = RESERVED_PARAMETERS.filter((name) => params.has(name));
  if (reserved.length) problems.add('state', `must not hold ${reserved.join(', ')}`);
}

function checkPositions(
  problems: Problems,
  positions: readonly NodePlacement[] | null | undefined,
) {
  if (positions === undefined || positions === null) return;
  if (positions.length > MAX_POSITIONS) {
    problems.add('positions', `must hold at most ${MAX_POSITIONS} nodes`);
    return;
  }
  const seen = new Set<string>();
  for (const [index, { nodeId, x, y }] of positions.entries()) {
    const field = `positions.${index}`;
    if (nodeId.trim().length === 0 || nodeId.length > 200) {
      problems.add(`${field}.nodeId`, 'must be a node id of 1–200 characters');
    } else if (seen.has(nodeId)) {
      problems.add(`${field}.nodeId`, `names ${nodeId} a second time`);
    }
    seen.add(nodeId);
    if (!Number.isFinite(x) || Math.abs(x) > MAX_COORDINATE)
      problems.add(`${field}.x`, 'is out of range');
    if (!Number.isFinite(y) || Math.abs(y) > MAX_COORDINATE)
      problems.add(`${field}.y`, 'is out of range');
  }
}

function check(changes: SavedViewChanges): void {
  const problems = new Problems();
  problems.requireValues(changes, ['name', 'state', 'positions']);
  checkState(problems, changes.state);
  checkPositions(problems, changes.positions);
  problems.throwIfAny();
}

/** The stored form of positions: three lists of one length. */
function storedPositions(positions: readonly NodePlacement[] | null | undefined) {
  if (positions === undefined || positions === null) return {};
  return {
    positionIds: positions.map((position) => position.nodeId),
    positionXs: positions.map((position) => position.x),
    positionYs: positions.map((position) => position.y),
  };
}

/** The positions of a stored view, in the order they were saved. */
export function placementsOf(view: SavedViewRecord): NodePlacement[] {
  return view.positionIds.flatMap((nodeId, index) => {
    const x = view.positionXs[index];
    const y = view.positionYs[index];
    return x === undefined || y === undefined ? [] : [{ nodeId, x, y }];
  });
}

/**
 * Saved explorer views (decision 026): a name, the explorer's URL state and the node positions,
 * shared by link. Members and up read them; coordinators save, rename and delete them (the
 * resolver's roles). Each write is one transaction with a version, like every entry.
 */
export class SavedViewService {
  private readonly views: StoredEntries<SavedViewRecord>;

  constructor(repository: SavedViewRepository) {
    this.views = new StoredEntries(repository.views, 'view');
  }

  list(filter: SavedViewFilter, page: PageRequest): Promise<Page<SavedViewRecord>> {
    return this.views.list(filter, page);
  }

  find(id: string): Promise<SavedViewRecord | null> {
    return this.views.find(id);
  }

  create(changes: SavedViewChanges, actor: string): Promise<SavedViewRecord> {
    check(changes);
    const name = changes.name ?? '';
    return this.views.create(
      {
        name,
        state: changes.state ?? '',
        ...storedPositions(changes.positions ?? []),
        createdBy: actor,
        sortKey: nameSortKey(name),
      },
      {},
      actor,
    );
  }

  update(
    id: string,
    version: number,
    changes: SavedViewChanges,
    actor: string,
  ): Promise<SavedViewRecord> {
    check(changes);
    const { name, state, positions } = changes;
    return this.views.update(
      id,
      version,
      definedOnly({
        name: name ?? undefined,
        state: state ?? undefined,
        ...storedPositions(positions),
        sortKey: name ? nameSortKey(name) : undefined,
      }),
      {},
      actor,
    );
  }

  delete(id: string, version: number, actor: string): Promise<string> {
    return this.views.delete(id, version, actor);
  }
}
