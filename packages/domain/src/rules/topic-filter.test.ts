import { descendantTopics } from '../taxonomy/topics';
import { expandTopics } from './topic-filter';

describe('expandTopics', () => {
  it('adds every topic below a group, after the group', () => {
    expect(expandTopics(['child_endangerment'])).toEqual([
      'child_endangerment',
      ...descendantTopics('child_endangerment'),
    ]);
  });

  it('lists a topic once when a group and one of its topics are both asked for', () => {
    const [child] = descendantTopics('child_endangerment');
    const expanded = expandTopics([child ?? '', 'child_endangerment']);
    expect(expanded.filter((code) => code === child)).toHaveLength(1);
    expect(expanded[0]).toBe(child);
  });

  it('keeps unknown codes and leaves a topic without sub-topics alone', () => {
    expect(expandTopics(['stalking', 'no_such_topic'])).toEqual(['stalking', 'no_such_topic']);
  });

  it('expands nothing to nothing', () => {
    expect(expandTopics([])).toEqual([]);
  });
});
