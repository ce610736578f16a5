import { parseJavaMajorVersion } from './launcher';
import { parseReadyLine } from './embedded';

describe('parseJavaMajorVersion', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('java version "1.8.0_392"')).toBe(8);
  });

  it('returns undefined for output it does not understand', () => {
    expect(parseJavaMajorVersion('command not found')).toBeUndefined();
  });
});

describe('parseReadyLine', () => {
  it('reads the Bolt URI and start time from the readiness line', () => {
    expect(
      parseReadyLine('SCHUTZNETZ_NEO4J_READY {"boltUri":"bolt://127.0.0.1:7687","startMs":3100}'),
    ).toEqual({ boltUri: 'bolt://127.0.0.1:7687', startMs: 3100 });
  });

  it('ignores other output', () => {
    expect(parseReadyLine('2026-11-24 INFO  Started.')).toBeUndefined();
  });

  it('fails loudly on a malformed readiness line', () => {
    expect(() => parseReadyLine('SCHUTZNETZ_NEO4J_READY {"port":1}')).toThrow(/Malformed/);
  });
});
