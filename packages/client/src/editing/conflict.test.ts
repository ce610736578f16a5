import { draftChanges, isStale, reapplyDraft } from './conflict';
import type { FieldSpec } from './form-model';

const SPECS: FieldSpec[] = [
  { name: 'name', kind: 'text' },
  { name: 'phone', kind: 'phone' },
  { name: 'email', kind: 'email' },
];

describe('stale-version conflicts', () => {
  it('knows a newer stored version', () => {
    expect(isStale(3, 4)).toBe(true);
    expect(isStale(4, 4)).toBe(false);
  });

  it('lists my changes against the latest version and marks fields both sides changed', () => {
    const base = { name: 'Beratung', phone: '0345 1', email: '' };
    const draft = { name: 'Beratungsstelle', phone: '0345 2', email: '' };
    const latest = { name: 'Beratung', phone: '0345 3', email: 'a@example.org' };
    expect(draftChanges(SPECS, base, draft, latest)).toEqual([
      { field: 'name', mine: 'Beratungsstelle', latest: 'Beratung', clash: false },
      { field: 'phone', mine: '0345 2', latest: '0345 3', clash: true },
    ]);
  });

  it('leaves out changes the other side made identically', () => {
    const base = { name: 'A', phone: '', email: '' };
    expect(draftChanges(SPECS, base, { ...base, name: 'B' }, { ...base, name: 'B' })).toEqual([]);
  });

  it('puts my changes back on top of the latest values, keeping theirs elsewhere', () => {
    const latest = { name: 'Beratung', phone: '0345 3', email: 'a@example.org' };
    expect(
      reapplyDraft(latest, [{ field: 'name', mine: 'Neu', latest: 'Beratung', clash: false }]),
    ).toEqual({ name: 'Neu', phone: '0345 3', email: 'a@example.org' });
  });
});
