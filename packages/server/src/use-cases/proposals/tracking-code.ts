import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a resident reads the code off a phone and types it back.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new 查询码, e.g. `SL7K3M9QPA`. */
export function newTrackingCode(): string {
  let code = 'SL';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
