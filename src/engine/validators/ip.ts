// IP address syntax (RFC 791 dotted quad; RFC 4291 §2.2 text forms of IPv6, including "::"
// compression and a trailing embedded IPv4). Parsing beats one giant regex: it stays linear
// and says exactly why a look-alike (a time, a ratio, a C++ scope) is not an address.

const OCTET = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEXTET = /^[0-9A-Fa-f]{1,4}$/;

export function ipv4Valid(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => OCTET.test(p));
}

export function ipv6Valid(s: string): boolean {
  const zone = s.indexOf('%');
  const addr = zone === -1 ? s : s.slice(0, zone);
  if (zone !== -1 && !/^%[A-Za-z0-9._-]{1,32}$/.test(s.slice(zone))) return false;
  const halves = addr.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string): string[] | null => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return false;
  const all = [...head, ...tail];
  let units = 0;
  for (let i = 0; i < all.length; i++) {
    const g = all[i]!;
    if (i === all.length - 1 && g.includes('.')) {
      if (!ipv4Valid(g)) return false;
      units += 2;
    } else if (HEXTET.test(g)) units += 1;
    else return false;
  }
  return halves.length === 2 ? units <= 7 : units === 8;
}
