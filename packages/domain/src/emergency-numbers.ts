/** Which emergency or helpline number: the key its label is translated under. */
export type EmergencyNumberKey =
  | 'police'
  | 'fireAndAmbulance'
  | 'violenceAgainstWomen'
  | 'sexualAbuse'
  | 'childrenAndYouth'
  | 'parents';

/** A national number anyone in Germany can call free of charge. */
export interface EmergencyNumber {
  readonly key: EmergencyNumberKey;
  /** The number as written for reading, grouped: `116 016` (dialled without the spaces). */
  readonly display: string;
  /** An emergency call (110, 112) rather than a helpline: shown first and even in the compact bar. */
  readonly emergency: boolean;
}

/**
 * The numbers the public entry, the emergency banner and the Notfallkarte show, most urgent first:
 * police and fire/ambulance, then the national helplines (all free of charge).
 */
export const EMERGENCY_NUMBERS: readonly EmergencyNumber[] = [
  { key: 'police', display: '110', emergency: true },
  { key: 'fireAndAmbulance', display: '112', emergency: true },
  { key: 'violenceAgainstWomen', display: '116 016', emergency: false },
  { key: 'sexualAbuse', display: '0800 22 55 530', emergency: false },
  { key: 'childrenAndYouth', display: '116 111', emergency: false },
  { key: 'parents', display: '0800 111 0 550', emergency: false },
];

/** The `tel:` address of a number, digits only (`tel:116016`): tapping it on a phone starts the call. */
export function telHref(number: EmergencyNumber): string {
  return `tel:${number.display.replace(/\s/g, '')}`;
}
