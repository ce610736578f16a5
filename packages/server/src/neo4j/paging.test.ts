import { fullTextQuery, pageCypher } from './paging';

describe('fullTextQuery', () => {
  it('requires every word as a prefix', () => {
    expect(fullTextQuery('Frauen  Köthen Straße')).toBe('+frauen* +kothen* +strasse*');
  });

  it('strips Lucene syntax so user text cannot change the query', () => {
    expect(fullTextQuery('a:b OR (c*) "d"~2')).toBe('+ab* +or* +c* +d2*');
  });

  it('yields an empty query for punctuation only', () => {
    expect(fullTextQuery(' ?! ')).toBe('');
  });
});

describe('pageCypher', () => {
  it('keeps values out of the statement', () => {
    const cypher = pageCypher('MATCH (n:Institution)', ['n.kind IN $kinds'], 'n {.*}');
    expect(cypher).toContain('$afterKey');
    expect(cypher).toContain('toInteger($limit)');
    expect(cypher).toContain('WHERE n.kind IN $kinds');
    expect(cypher).not.toMatch(/'[a-z]/);
  });
});
