/**
 * HSDS ids are UUIDs; Schutznetz ids are not. Each HSDS object gets a name-based UUID (version 5)
 * of what it stands for, under one fixed namespace, so the same directory exports the same ids
 * every time and an import can match them again (decision 032).
 */
import { parse, v5 as uuidv5 } from 'uuid';

/** The namespace of every Schutznetz HSDS id. Never change it: every exported id would change. */
export const HSDS_NAMESPACE = '4f1c0f53-6a5e-4d0f-9a43-5c8a0d2b7e11';

/** The namespace as bytes, parsed once (a fifth of the time of each id). */
const NAMESPACE_BYTES = parse(HSDS_NAMESPACE);

/** What an HSDS object stands for: its kind, and the Schutznetz ids or codes it is made of. */
export type HsdsIdKind =
  | 'organization'
  | 'organization-phone'
  | 'location'
  | 'address'
  | 'accessibility'
  | 'service'
  | 'service-at-location'
  | 'service-area'
  | 'language'
  | 'schedule'
  | 'capacity'
  | 'unit'
  | 'contact'
  | 'contact-phone'
  | 'attribute'
  | 'taxonomy'
  | 'taxonomy-term'
  | 'person'
  | 'referral-path'
  | 'network'
  | 'membership'
  | 'expertise'
  | 'employment';

/** The UUID of the HSDS object of `kind` made of `parts` (e.g. a service id and an area code). */
export function hsdsId(kind: HsdsIdKind, ...parts: readonly string[]): string {
  return uuidv5(`schutznetz:${kind}:${parts.join('|')}`, NAMESPACE_BYTES);
}
