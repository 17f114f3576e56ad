// Public health and crisis lines: posting them is the point, not a privacy slip. Digits only,
// national significant number (no leading 1 or 0). Short codes (811, 911, 988, 111, 999,
// 116 123) never match the phone patterns in the first place.
export const PUBLIC_LINES: ReadonlySet<string> = new Set([
  '8667970000', // Health811 / former Telehealth Ontario, 1-866-797-0000
  '8006686868', // Kids Help Phone
  '8334564566', // Talk Suicide Canada (before 988)
  '8662773553', // Suicide Action Montréal / 1 866 APPELLE
  '8002738255', // US National Suicide Prevention Lifeline (before 988)
  '8002221222', // US Poison Control
  '8442668625', // Canadian Poison Centre shared line
  '4168135900', // Ontario Poison Centre
  '5148524646', // Centre antipoison du Québec (regional)
  '8004636727', // Centre antipoison du Québec
  '8772686789', // Hope for Wellness Helpline
  '8006883788', // BC 8-1-1 alternate
  '8000564445', // Mental Health Helpline (various)
  '8005853111', // Childline variants
  '8001111', // Childline UK 0800 1111
  '3003301000', // Mind infoline
  '8457909090', // Samaritans (former)
]);

/** NANP toll-free area codes: numbers an organisation pays for. */
export const TOLL_FREE = /^(?:800|833|844|855|866|877|888)$/;
