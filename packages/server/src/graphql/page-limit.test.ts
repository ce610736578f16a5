import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { buildAppSchema } from '../schema';
import { countPageItems, Gate } from './page-limit';

describe('countPageItems (the app schema)', () => {
  let count: (source: string, variables?: Record<string, unknown>) => number;

  beforeAll(async () => {
    const schema = await buildAppSchema();
    count = (source, variables = {}) => {
      const document = parse(source);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const d of document.definitions) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      }
      if (operation === undefined) throw new Error('no operation');
      return countPageItems(schema, operation, fragments, variables, 100_000);
    };
  });

  it('counts a root page by its first, or its default of 20', () => {
    expect(count('{ institutions(first: 200) { nodes { id } } }')).toBe(200);
    expect(count('{ institutions { totalCount } services(first: 5) { nodes { id } } }')).toBe(25);
  });

  it('multiplies nested pages, through fragments and variables', () => {
    expect(
      count(
        `query($n: Int!) { institutions(first: $n) { nodes { ...M } } }
         fragment M on Institution { municipality { institutions { nodes { id } } } }`,
        { n: 200 },
      ),
    ).toBe(200 + 200 * 20);
  });

  it('counts plain lists as one', () => {
    expect(count('{ institutions(first: 10) { nodes { services { id topics { id } } } } }')).toBe(
      10,
    );
  });
});

describe('Gate', () => {
  it('lets as many through as it has slots, the next one when one is released', async () => {
    const gate = new Gate(2);
    const first = await gate.acquire();
    await gate.acquire();
    let third = false;
    const waiting = gate.acquire().then((release) => {
      third = true;
      return release;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(third).toBe(false);
    first?.();
    first?.(); // a second release of the same slot frees nothing more
    (await waiting)?.();
    expect(third).toBe(true);
  });

  it('refuses a caller when as many wait as it allows', async () => {
    const gate = new Gate(1, 1);
    const held = await gate.acquire();
    const waiting = gate.acquire();
    await expect(gate.acquire()).resolves.toBeNull();
    held?.();
    await expect(waiting).resolves.toEqual(expect.any(Function));
  });
});
