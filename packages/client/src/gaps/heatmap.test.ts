import {
  buildHeatmap,
  cellIds,
  coverageLevel,
  explorerHighlightUrl,
  heatmapCellClass,
} from './heatmap';

const cell = (topic: string, municipality: string, services: number, people: number) => ({
  topic: { id: topic },
  municipality: { id: municipality },
  serviceCount: services,
  personCount: people,
  services: Array.from({ length: services }, (_, index) => ({
    id: `svc:${topic}-${index}`,
    institutionId: `inst:${index}`,
  })),
  institutions: Array.from({ length: services }, (_, index) => ({ id: `inst:${index}` })),
  people: Array.from({ length: people }, (_, index) => ({ id: `per:${index}` })),
});

describe('heatmap cells', () => {
  it('grades coverage in four levels, each with its class', () => {
    expect(coverageLevel({ serviceCount: 0, personCount: 0 })).toBe('none');
    expect(coverageLevel({ serviceCount: 0, personCount: 2 })).toBe('peopleOnly');
    expect(coverageLevel({ serviceCount: 1, personCount: 0 })).toBe('thin');
    expect(coverageLevel({ serviceCount: 3, personCount: 1 })).toBe('covered');
    expect(heatmapCellClass({ serviceCount: 1, personCount: 0 })).toBe('heat heat-thin');
  });

  it('lays out topics × municipalities in the given order, leaving out empty rows', () => {
    const map = buildHeatmap(
      [cell('stalking', 'aken', 1, 0), cell('domestic_violence', 'zerbst', 2, 1)],
      ['domestic_violence', 'sexual_violence', 'stalking'],
      ['zerbst', 'aken', 'koethen'],
    );
    expect(map.topics).toEqual(['domestic_violence', 'stalking']);
    expect(map.municipalities).toEqual(['zerbst', 'aken']);
    expect(map.cell('stalking', 'aken')?.serviceCount).toBe(1);
    expect(map.cell('stalking', 'zerbst')).toBeUndefined();
  });

  it('links a cell to the explorer with everything behind it highlighted', () => {
    const ids = cellIds(cell('stalking', 'aken', 1, 1));
    expect(ids).toEqual(['inst:0', 'per:0', 'svc:stalking-0']);
    expect(explorerHighlightUrl(ids)).toBe(
      '/explorer?highlight=inst%3A0%2Cper%3A0%2Csvc%3Astalking-0',
    );
  });
});
