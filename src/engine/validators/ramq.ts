// Quebec health insurance number (NAM): 3 letters of the surname, 1 of the given name,
// YYMMDD of birth with 50 added to the month for women, then 2 administrative digits.
// No official check-digit algorithm is published (phi-anchors.md §4), so only the shape
// and a possible birth date are tested; a checksum must never reject one.

export interface RamqParts {
  sex: 'F' | 'M';
  month: number;
  day: number;
}

/** `nam` is 12 characters without separators, letters in either case. */
export function ramqParse(nam: string): RamqParts | null {
  if (!/^[A-Za-z]{4}\d{8}$/.test(nam)) return null;
  const yy = Number(nam.slice(4, 6));
  let month = Number(nam.slice(6, 8));
  const day = Number(nam.slice(8, 10));
  let sex: 'F' | 'M' = 'M';
  if (month > 50) { month -= 50; sex = 'F'; }
  if (month < 1 || month > 12 || day < 1) return null;
  // The century is unknown, so 29 February is allowed whenever YY could be a leap year.
  const leapPossible = yy % 4 === 0;
  const days = [31, leapPossible ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return null;
  return { sex, month, day };
}

export function ramqPlausible(nam: string): boolean {
  return ramqParse(nam) !== null;
}
