import { keepingView, paramsOfView, roundPositions, stateOf } from './saved-views-restore';

describe('the link of an open saved view', () => {
  const open = new URLSearchParams('network=net%3Aak_gewalt&view=view%3A1');

  it('keeps the view while only the selection changes', () => {
    const next = new URLSearchParams('network=net%3Aak_gewalt&selected=org%3Apolizei');
    expect(keepingView(open, next, ['selected']).toString()).toBe(
      'network=net%3Aak_gewalt&selected=org%3Apolizei&view=view%3A1',
    );
  });

  it('drops the view when a filter changes, since the picture is no longer the saved one', () => {
    const next = new URLSearchParams('network=net%3Akinderschutz');
    expect(keepingView(open, next, ['filters']).has('view')).toBe(false);
    expect(keepingView(open, next, ['filters', 'selected']).has('view')).toBe(false);
  });

  it('saves the state without the view and opens a view with its state', () => {
    expect(stateOf(open)).toBe('network=net%3Aak_gewalt');
    expect(paramsOfView('view:2', 'network=net%3Aak_gewalt&view=view%3A1').toString()).toBe(
      'network=net%3Aak_gewalt&view=view%3A2',
    );
  });

  it('sends positions with two decimals', () => {
    expect(roundPositions(new Map([['org:a', { x: 12.3456, y: -0.004 }]]))).toEqual([
      { nodeId: 'org:a', x: 12.35, y: -0 },
    ]);
  });
});
