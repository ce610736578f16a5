/**
 * The audit trail (issue 10 §6, decision 013): `types` (what an entry and a change are),
 * `snapshot` (reading entries as they stand), `record` (recording a write: `audited`), `restore`
 * (bringing back a deleted entry).
 */
export { audited, diffEntry } from './record';
export { restoreDeleted, type RestoreResult } from './restore';
export {
  AUDIT_LABEL,
  type AuditAction,
  type AuditStamp,
  type AuditTarget,
  type EntrySnapshot,
  type FieldChange,
} from './types';
