import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { countAnalyses } from './analysis-limit';

function count(source: string, stopAbove = 100): number {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  }
  if (operation === undefined) throw new Error('no operation');
  return countAnalyses(operation, fragments, stopAbove);
}

describe('countAnalyses', () => {
  it('counts every alias of an analysis root field', () => {
    expect(
      count(`{ a: coverage(asOf: "2024-01-01") { asOf } b: coverage(asOf: "2024-01-02") { asOf }
        referralRoutes(start: { self: true }, need: { topic: "t", municipality: "m" }) { graphVersion } }`),
    ).toBe(3);
  });

  it('counts what-if removals inside resilience, besides resilience itself', () => {
    expect(
      count(`{ resilience { a: whatIfRemoved(id: "x") { removedId } b: whatIfRemoved(id: "y") { removedId }
        structure { nodeCount } } }`),
    ).toBe(3);
  });

  it('counts analyses in fragments once per spread, and in inline fragments', () => {
    expect(
      count(`query { ...F ...F ... on Query { networkGraph { graphVersion } } }
        fragment F on Query { trainingPlan { asOf } }`),
    ).toBe(3);
  });

  it('counts nothing outside the analyses and nothing in a mutation', () => {
    expect(count(`{ institutions { totalCount } coverageLike: __typename }`)).toBe(0);
    expect(count(`mutation { recordCompletedTraining(input: {}) { topic } }`)).toBe(0);
  });

  it('stops counting just past the limit', () => {
    const many = Array.from({ length: 40 }, (_, i) => `a${i}: coverage { asOf }`).join(' ');
    expect(count(`{ ${many} }`, 3)).toBe(4);
  });
});
