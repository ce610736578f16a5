import { DEMO_DATA } from '@schutznetz/demo-data';
import { canonicalJson, decodeGraph, encodeGraph } from './snapshot.codec';

describe('the stored form of a snapshot', () => {
  it('decodes to the graph it encoded, in an eighth of its JSON or less', () => {
    const { bytes } = encodeGraph(DEMO_DATA);
    expect(decodeGraph(bytes)).toEqual(DEMO_DATA);
    expect(bytes.byteLength).toBeLessThan(JSON.stringify(DEMO_DATA).length / 8);
  });

  it('gives one digest for one graph whatever the order of its keys, and another for a change', () => {
    const reordered = { ...DEMO_DATA, institutions: DEMO_DATA.institutions.map((i) => ({ ...i })) };
    const swapped = Object.fromEntries(
      Object.entries(reordered).reverse(),
    ) as unknown as typeof DEMO_DATA;
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    expect(encodeGraph(swapped).digest).toBe(encodeGraph(DEMO_DATA).digest);
    const renamed = {
      ...DEMO_DATA,
      institutions: DEMO_DATA.institutions.map((i, n) => (n === 0 ? { ...i, name: 'X' } : i)),
    };
    expect(encodeGraph(renamed).digest).not.toBe(encodeGraph(DEMO_DATA).digest);
  });
});
