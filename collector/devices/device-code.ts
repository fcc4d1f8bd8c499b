import { createHash, randomBytes } from 'node:crypto';

/** Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or typed on a tablet is unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 symbols of 5 bits: 80 bits, far beyond guessing over a LAN, yet short enough to type once. */
const CODE_SYMBOLS = 16;

/** A new device code, shown once to the admin, like `K7QM-2XHD-9PRT-4WNB`. */
export function newDeviceCode(): string {
  const bytes = randomBytes(CODE_SYMBOLS);
  let code = '';
  for (let i = 0; i < CODE_SYMBOLS; i++) {
    // 256 is a multiple of 32: the low 5 bits of a random byte are uniform.
    code += ALPHABET[bytes[i]! & 31];
    if (i % 4 === 3 && i < CODE_SYMBOLS - 1) code += '-';
  }
  return code;
}

/** The code as typed, made canonical: case, spaces and dashes do not matter; O means 0, I and L mean 1. */
export function normaliseDeviceCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** SHA-256 (hex) of a code's canonical form: what the `devices` table keeps instead of the code. */
export function deviceCodeHash(code: string): string {
  return createHash('sha256').update(normaliseDeviceCode(code)).digest('hex');
}
