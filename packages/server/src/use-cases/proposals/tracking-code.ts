import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a resident reads the code off a phone and types it back.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new 查询码, e.g. `SL7K3M9QPAW4` (ten random characters: 31^10 ≈ 8×10^14 codes; older ones have eight). */
export function newTrackingCode(): string {
  let code = 'SL';
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
