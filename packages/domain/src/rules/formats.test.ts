import { FORMAT_EXAMPLES, type ValueFormat } from './examples';
import {
  isClockTime,
  isEmailAddress,
  isIsoDate,
  isPhoneNumber,
  isPostalCode,
  isWebUrl,
} from './formats';

const RULES: Record<ValueFormat, (value: string) => boolean> = {
  phone: isPhoneNumber,
  postalCode: isPostalCode,
  email: isEmailAddress,
  url: isWebUrl,
  date: isIsoDate,
  time: isClockTime,
};

describe('format rules', () => {
  it.each(
    FORMAT_EXAMPLES.map(
      (row) => [row.valid ? 'accepts' : 'refuses', row.format, row.value, row.valid] as const,
    ),
  )('%s the %s %j', (_verb, format, value, valid) => {
    expect(RULES[format](value)).toBe(valid);
  });

  it('has valid and invalid examples of every format', () => {
    for (const format of Object.keys(RULES)) {
      const own = FORMAT_EXAMPLES.filter((row) => row.format === format);
      expect(own.some((row) => row.valid)).toBe(true);
      expect(own.some((row) => !row.valid)).toBe(true);
    }
  });
});
