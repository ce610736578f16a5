/**
 * The children who come along, as typed in the route form: ages separated by commas, a son
 * marked with J (Junge) or B (boy), a daughter with M (Mädchen) or G (girl), before or after the
 * age — "6, 9, J15". Pure, so it is tested without a browser.
 */

export interface ChildEntry {
  readonly age: number;
  readonly gender?: 'BOY' | 'GIRL';
}

/** The oldest age a child may have (the API takes 0–17). */
export const MAX_CHILD_AGE = 17;
/** Children per need at most (the API takes up to 10). */
export const MAX_CHILDREN = 10;

const ITEM = /^([jbmg])?\s*(\d{1,2})\s*([jbmg])?$/i;

function genderOf(letter: string | undefined): ChildEntry['gender'] {
  if (letter === undefined) return undefined;
  return 'jb'.includes(letter.toLowerCase()) ? 'BOY' : 'GIRL';
}

/** The children in `text`; `[]` when empty, `null` when something cannot be read. */
export function parseChildren(text: string): ChildEntry[] | null {
  const items = text
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length > MAX_CHILDREN) return null;
  const children: ChildEntry[] = [];
  for (const item of items) {
    const match = ITEM.exec(item);
    if (match === null || (match[1] !== undefined && match[3] !== undefined)) return null;
    const age = Number(match[2]);
    if (age > MAX_CHILD_AGE) return null;
    const gender = genderOf(match[1] ?? match[3]);
    children.push(gender === undefined ? { age } : { age, gender });
  }
  return children;
}

/** The children as the URL keeps them: "6,9,J15,M12". */
export function formatChildren(children: readonly ChildEntry[]): string {
  return children
    .map(({ age, gender }) => `${gender === 'BOY' ? 'J' : gender === 'GIRL' ? 'M' : ''}${age}`)
    .join(',');
}
