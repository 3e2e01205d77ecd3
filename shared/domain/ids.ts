/**
 * Ids of applications (and of their documents) are ULIDs: 48 bits of milliseconds then 80 random
 * bits, in Crockford base32 (26 characters). They sort by creation time and need no coordination.
 * Pure: whoever names the instant also draws the random bits (`randomBytes(ID_RANDOM_BYTES)`).
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** How many random bytes an id takes. */
export const ID_RANDOM_BYTES = 10;

function base32(value: bigint, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out = CROCKFORD[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

/** The id of something created at `at`, from ID_RANDOM_BYTES random bytes. */
export function idAt(at: Date, random: Uint8Array): string {
  if (random.length !== ID_RANDOM_BYTES) throw new RangeError(`an id takes ${ID_RANDOM_BYTES} random bytes`);
  const bits = random.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
  return base32(BigInt(at.getTime()), 10) + base32(bits, 16);
}
