import type { Neo4jExecutor, Params } from './executor';
import { filteredPageStatement, fullTextQuery, readPage } from './paging';

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

describe('page statements', () => {
  /** Values a user controls, each written to end the statement and run one of its own. */
  const hostile = {
    kind: "x'] RETURN 1 AS leaked //",
    text: 'a}) DETACH DELETE n //',
    sortKey: "z' OR true //",
    id: 'org:a"}) MATCH (m) DETACH DELETE m //',
  };
  const conditions = { kinds: 'n.kind IN $kinds' };

  it('keeps filter, search and cursor values out of the statement text, as parameters only', async () => {
    const statement = filteredPageStatement(
      { kinds: [hostile.kind], text: hostile.text },
      conditions,
      {},
      'Institution',
      'n {.*}',
    );
    const sent: { cypher: string; params: Params }[] = [];
    const executor = {
      read: (cypher: string, params: Params) => {
        sent.push({ cypher, params });
        return Promise.resolve([]);
      },
    } as unknown as Neo4jExecutor;
    await readPage(
      executor,
      statement.cypher,
      statement.params,
      {
        first: 2,
        after: { sortKey: hostile.sortKey, id: hostile.id },
      },
      (row: object) => row,
    );
    const [{ cypher, params } = { cypher: '', params: {} }] = sent;
    for (const value of Object.values(hostile)) expect(cypher).not.toContain(value);
    expect(cypher).not.toMatch(/DETACH|leaked|org:a/);
    expect(cypher).toContain('n.kind IN $kinds');
    expect(params).toMatchObject({
      kinds: [hostile.kind],
      text: '+a* +detach* +delete* +n*',
      afterKey: hostile.sortKey,
      afterId: hostile.id,
      limit: 3,
    });
    // The free text reaches the full-text index as a parameter, stripped of Lucene syntax.
    expect(cypher).toContain("queryNodes('search_text_folded', textQuery)");
  });
});
