import { IDENTIFIED_LABELS, Label, Rel } from './graph';

describe('graph schema names', () => {
  it('uses PascalCase labels, each identified by an id', () => {
    for (const label of Object.values(Label)) {
      expect(label).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(IDENTIFIED_LABELS).toContain(label);
    }
  });

  it('uses UPPER_SNAKE relationship types that equal their keys', () => {
    for (const [key, type] of Object.entries(Rel)) {
      expect(type).toBe(key);
      expect(type).toMatch(/^[A-Z][A-Z_]+$/);
    }
  });
});
