// Mod-11 check digits. Each passes about one random number in eleven, which is why a
// rule must still want a label or patient context before it calls a number high.

/**
 * UK NHS number (NHS Data Dictionary): weights 10..2 on digits 1-9, check = 11 - (sum mod 11),
 * 11 becomes 0 and 10 means the number cannot exist.
 */
export function nhsValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digits.charCodeAt(9) - 48;
}

const BC_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3] as const;

/**
 * British Columbia PHN: 10 digits starting with 9. Weights 2,4,8,5,10,9,7,3 on digits 2-9,
 * each product taken mod 11 before summing; check = 11 - (sum mod 11); 10 and 11 cannot occur
 * (python-stdnum ca/bc_phn, BC Health Gateway PHNValidator).
 */
export function bcPhnValid(digits: string): boolean {
  if (!/^9\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ((digits.charCodeAt(i + 1) - 48) * BC_WEIGHTS[i]!) % 11;
  const check = 11 - (sum % 11);
  if (check >= 10) return false;
  return check === digits.charCodeAt(9) - 48;
}
