import { DEMO_REGION } from '@schutznetz/demo-data';
import type { RegionDefinition } from '@schutznetz/domain';
import { InvalidInputError } from '../../errors';
import { parseRegionFile } from './region.file';

/** The problems `parseRegionFile` finds in the demo file after `change`, as `path: message`. */
function problemsOf(change: (region: RegionDefinition) => unknown): string[] {
  try {
    parseRegionFile(change(structuredClone<RegionDefinition>(DEMO_REGION)));
    return [];
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return error.problems.map((p) => `${p.field}: ${p.message}`);
  }
}

const municipality = (region: RegionDefinition, index: number) => {
  const found = region.municipalities[index];
  if (found === undefined) throw new Error(`no municipality ${index}`);
  return found;
};

describe('parseRegionFile', () => {
  it('accepts the demo county and returns it unchanged', () => {
    expect(parseRegionFile(DEMO_REGION)).toEqual(DEMO_REGION);
  });

  it('names the format tag, a missing field and a wrong type by their path', () => {
    expect(problemsOf((r) => ({ ...r, format: 'other' }))).toEqual([
      'format: must be "schutznetz-region/1"',
    ]);
    expect(
      problemsOf((r) => ({
        ...r,
        municipalities: r.municipalities.map((m, i) => (i === 2 ? { ...m, isTown: 'yes' } : m)),
      })),
    ).toEqual([expect.stringMatching(/^municipalities\[2\]\.isTown: /)]);
    expect(problemsOf((r) => ({ ...r, county: { ...r.county, ags: '150820' } }))).toEqual([
      'county.ags: must be the 5 digits of the Kreisschlüssel',
    ]);
  });

  it('refuses unknown neighbours, one-sided neighbours and a municipality its own neighbour', () => {
    const problems = problemsOf((r) => {
      const zerbst = municipality(r, 2);
      const aken = municipality(r, 9);
      return {
        ...r,
        municipalities: r.municipalities.map((m) =>
          m === zerbst
            ? { ...m, neighbours: ['aken', 'xyz', 'koethen'] }
            : m === aken
              ? { ...m, neighbours: [...m.neighbours, 'aken'] }
              : m,
        ),
      };
    });
    expect(problems).toEqual([
      'municipalities[2].neighbours[1]: unknown municipality "xyz"',
      'municipalities[2].neighbours[2]: "koethen" does not list "zerbst" as its neighbour (neighbours are mutual)',
      'municipalities[9].neighbours[2]: a municipality is not its own neighbour',
    ]);
  });

  it('refuses duplicate codes, keys outside the county and unknown court districts or seats', () => {
    const problems = problemsOf((r) => ({
      ...r,
      county: { ...r.county, seat: 'nowhere' },
      municipalities: r.municipalities.map((m, i) =>
        i === 1
          ? { ...m, ags: '15083180', courtDistrict: 'halle_saale' }
          : i === 4
            ? { ...m, ags: municipality(r, 5).ags }
            : m,
      ),
      externals: [...r.externals, { ...r.externals[0], code: 'zoerbig' }],
    }));
    expect(problems).toEqual([
      'municipalities[1].ags: must start with the county\'s AGS "15082"',
      'municipalities[1].courtDistrict: unknown municipality "halle_saale"',
      "municipalities[5].ags: is also municipalities[4]'s AGS",
      'externals[5].code: code "zoerbig" is used twice (first at municipalities[6])',
      'county.seat: unknown municipality "nowhere"',
    ]);
  });
});
