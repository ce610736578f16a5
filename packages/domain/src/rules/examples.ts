/**
 * One table of values each format rule must accept or refuse. The domain's tests run it through
 * the rules themselves; the server's run it through a GraphQL mutation, the client's through its
 * form validation: so all three are seen to agree on every row.
 */

/** The formats of {@link ./formats}, named as the client's form fields' kinds. */
export type ValueFormat = 'phone' | 'postalCode' | 'email' | 'url' | 'date' | 'time';

export interface FormatExample {
  readonly format: ValueFormat;
  readonly value: string;
  readonly valid: boolean;
}

const rows = (format: ValueFormat, valid: boolean, values: readonly string[]): FormatExample[] =>
  values.map((value) => ({ format, value, valid }));

export const FORMAT_EXAMPLES: readonly FormatExample[] = [
  ...rows('phone', true, ['+49 30 23125 101', '0345/123456', '0345 12-34', '03496 601234']),
  ...rows('phone', false, ['12', 'call me', '0345 12 34 x', '(0345) 12-34', '+49 30 23125 101 ']),
  ...rows('postalCode', true, ['06366', '39240']),
  ...rows('postalCode', false, ['6366', '063660', 'D-06366', '06 366']),
  ...rows('email', true, ['beratung@frauenhaus.example.org', 'info@jugendamt-köthen.example']),
  ...rows('email', false, [
    'name@localhost',
    'name@@example.org',
    'na me@example.org',
    'name@example.o',
    'info@',
    '@example.org',
  ]),
  ...rows('url', true, [
    'https://www.anhalt-bitterfeld.de/de/jugendamt.html',
    'http://frauenhaus.example.org',
  ]),
  ...rows('url', false, [
    'ftp://example.org',
    'www.example.org',
    'https://localhost',
    'javascript:alert(1)',
    'https://exa mple.org',
  ]),
  ...rows('date', true, ['2024-06-05', '2024-02-29', '2000-01-01']),
  ...rows('date', false, ['2024-02-30', '2023-02-29', '05.06.2024', '24-02-29', '2024-6-5']),
  ...rows('time', true, ['08:00', '09:30', '23:59']),
  ...rows('time', false, ['24:00', '8:00', '12:60', '12.30', '9']),
];
