// Luhn (ISO/IEC 7812-1 annex B): from the rightmost digit, double every second digit,
// subtract 9 from doubles over 9, and the sum must be a multiple of 10. Used by payment
// cards, the Canadian SIN and the Ontario health number (phi-anchors.md §4).

/** Digits only; separators are the caller's business. */
export function luhnValid(digits: string): boolean {
  return /^\d{2,32}$/.test(digits) && luhnSum(digits, false) % 10 === 0;
}

/**
 * The digit that completes `payload` to a valid Luhn number. The final `% 10` matters: a
 * payload whose weighted sum is already a multiple of ten takes the check digit 0.
 */
export function luhnCheckDigit(payload: string): number {
  if (!/^\d{1,31}$/.test(payload)) throw new Error('luhnCheckDigit: payload must be digits');
  // The payload's rightmost digit sits next to the check digit, so it is doubled.
  return (10 - (luhnSum(payload, true) % 10)) % 10;
}

/** The Luhn sum of `digits`, from the right, doubling every second digit (from the rightmost when `doubleFirst`). */
function luhnSum(digits: string, doubleFirst: boolean): number {
  let sum = 0;
  let double = doubleFirst;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

/** Ontario health number: 10 digits, first 1-9, Luhn over all ten (Ontario MoH spec via OSCAR EMR). */
export function ohipValid(digits: string): boolean {
  return /^[1-9]\d{9}$/.test(digits) && luhnValid(digits);
}

/** Canadian SIN/NAS: 9 digits, Luhn; 0 is never issued to people and 8 is for business numbers. */
export function sinValid(digits: string): boolean {
  return /^[1-79]\d{8}$/.test(digits) && luhnValid(digits) && !/^(\d)\1{8}$/.test(digits);
}

/** Payment card: 13 to 19 digits, Luhn, not a run of one digit. */
export function cardValid(digits: string): boolean {
  return /^\d{13,19}$/.test(digits) && luhnValid(digits) && !/^(\d)\1+$/.test(digits);
}
