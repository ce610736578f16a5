import { LEGAL_NORMS, isLegalNormCode, isLegalNormInForce, legalNormByCode } from './legal-norms';

describe('legal norms', () => {
  it('have unique codes, citations and German and English titles', () => {
    const codes = LEGAL_NORMS.map((norm) => norm.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const norm of LEGAL_NORMS) {
      expect(norm.citation.trim()).not.toBe('');
      expect(norm.title.de.trim()).not.toBe('');
      expect(norm.title.en.trim()).not.toBe('');
      if (norm.inForceFrom !== null) {
        expect(norm.inForceFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('apply the § 6 KKG medical advice line only from 1 January 2026', () => {
    expect(isLegalNormInForce('kkg_6', '2025-12-31')).toBe(false);
    expect(isLegalNormInForce('kkg_6', '2026-01-01')).toBe(true);
    expect(isLegalNormInForce('kkg_4', '2012-01-01')).toBe(true);
  });

  it('look norms up by code', () => {
    expect(legalNormByCode('sgb_viii_8a').citation).toBe('§ 8a SGB VIII');
    expect(isLegalNormCode('kkg_4')).toBe(true);
    expect(isLegalNormCode('§ 4 KKG')).toBe(false);
  });
});
