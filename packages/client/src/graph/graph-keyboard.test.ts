import { moveSelection } from './graph-keyboard';

describe('moveSelection', () => {
  const order = ['a', 'b', 'c'];

  it('steps forwards and backwards and wraps around at the ends', () => {
    expect(moveSelection(order, 'a', 'next')).toBe('b');
    expect(moveSelection(order, 'c', 'next')).toBe('a');
    expect(moveSelection(order, 'b', 'previous')).toBe('a');
    expect(moveSelection(order, 'a', 'previous')).toBe('c');
  });

  it('starts at the first (next) or the last (previous) without a selection in the order', () => {
    expect(moveSelection(order, null, 'next')).toBe('a');
    expect(moveSelection(order, 'hidden', 'next')).toBe('a');
    expect(moveSelection(order, null, 'previous')).toBe('c');
  });

  it('jumps to the first and the last', () => {
    expect(moveSelection(order, 'b', 'first')).toBe('a');
    expect(moveSelection(order, 'b', 'last')).toBe('c');
  });

  it('selects nothing in an empty order', () => {
    expect(moveSelection([], 'a', 'next')).toBeNull();
  });
});
