/**
 * Application ids are ULIDs: 48 bits of milliseconds then 80 random bits, in Crockford
 * base32 (26 characters). They sort by creation time and need no coordination.
 */
import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(value: bigint, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out = CROCKFORD[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

export function newApplicationId(at: Date): string {
  const random = BigInt(`0x${randomBytes(10).toString('hex')}`);
  return base32(BigInt(at.getTime()), 10) + base32(random, 16);
}
