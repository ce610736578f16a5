/**
 * Rules for text people type: shared by the server (which enforces them) and the client (which
 * can mirror them in its forms). Pure functions, no I/O.
 */

/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they can reorder text. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/** A UTF-16 surrogate without its partner: not a character at all. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Control characters (C0, DEL, C1) other than tab and line breaks. */
const CONTROL_IN_TEXT = /(?![\t\n\r])\p{Cc}/u;

/** Every control character, tab and line breaks included: a name is one line. */
const CONTROL_IN_NAME = /\p{Cc}/u;

/** What does not show: white space, zero-width and other default-ignorable characters, formats. */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/gu;

/**
 * What is wrong with a free text (a description, a note) for storage, or undefined when nothing
 * is: no lone surrogates, no control characters but tab and line breaks, no bidi overrides.
 */
export function textProblem(value: string): string | undefined {
  if (LONE_SURROGATE.test(value)) return 'must not contain broken characters (lone surrogates)';
  if (CONTROL_IN_TEXT.test(value)) return 'must not contain control characters';
  if (BIDI_CONTROLS.test(value)) return 'must not contain bidi override or isolate characters';
  return undefined;
}

/**
 * What is wrong with a name, title or label, or undefined when nothing is: everything
 * {@link textProblem} refuses, and a name is one line with at least one visible character.
 */
export function nameProblem(value: string): string | undefined {
  const problem = textProblem(value);
  if (problem) return problem;
  if (CONTROL_IN_NAME.test(value)) return 'must be one line without control characters';
  if (value.replace(INVISIBLE, '').length === 0) return 'must not be blank';
  return undefined;
}

/** Text as it is stored and compared: Unicode normalisation form C ("é" as one code point). */
export function normalizeText(value: string): string {
  return value.normalize('NFC');
}
