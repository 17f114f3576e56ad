// US Social Security number structure (SSA): area-group-serial, AAA-GG-SSSS. Since the 2011
// randomisation any other area can be issued, so only the never-issued values are rejected,
// plus numbers printed as samples so often that they identify no one.

const SAMPLES = new Set(['078051120', '219099999', '123456789', '457555462']);

/**
 * US ITIN (IRS): 9XX-GG-SSSS with the group in 50-65, 70-88, 90-92 or 94-99. Issued to people
 * who cannot get an SSN; it identifies a person the same way.
 */
export function itinValid(digits: string): boolean {
  if (!/^9\d{8}$/.test(digits)) return false;
  const g = Number(digits.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  if (SAMPLES.has(digits) || digits.startsWith('98765432')) return false;
  return true;
}
