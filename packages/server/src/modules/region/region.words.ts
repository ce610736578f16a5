import type { RegionCatalog } from '@schutznetz/domain';
import type { RegionLoadResult } from './region.service';

const VERB = { ADDED: 'added', CHANGED: 'changed', REMOVED: 'removed' } as const;

/**
 * A region load in words, one line per region, as `npm run region:load` prints it:
 * "Köthen (Anhalt) (koethen): changed population, neighbours". `before` names removed regions.
 */
export function describeRegionLoad(
  result: Pick<RegionLoadResult, 'applied' | 'version' | 'changes' | 'setup'>,
  before: RegionCatalog,
  dryRun: boolean,
): string[] {
  const name = (code: string): string => {
    const label =
      result.setup.catalog.get(code) !== undefined
        ? result.setup.catalog.label(code)
        : before.label(code);
    return label === code ? code : `${label} (${code})`;
  };
  const lines = result.changes.map((c) => {
    const fields = c.change === 'CHANGED' ? ` ${c.fields.join(', ')}` : '';
    return `  ${name(c.code)}: ${VERB[c.change]}${fields}`;
  });
  const county = result.setup.catalog.county?.name.en ?? 'no county';
  if (result.changes.length === 0 && !result.applied) {
    return [
      `The region (${county}) already equals the file: nothing to change, version ${result.version}.`,
    ];
  }
  const head = dryRun
    ? `Dry run: loading the file would change ${result.changes.length} region(s) of ${county}; nothing was written.`
    : `Region loaded: ${county}, now version ${result.version} (${result.changes.length} region(s) changed).`;
  return [head, ...lines];
}
