import { expect, test } from 'vitest';
import { ipv4Valid, ipv6Valid } from './ip.ts';

test('IPv4 dotted quads', () => {
  for (const s of ['192.168.0.1', '10.0.0.1', '255.255.255.255', '0.0.0.0']) expect(ipv4Valid(s), s).toBe(true);
  for (const s of ['256.256.256.256', '192.168.1.256', '192.168.1', '300.168.1.1', '01.2.3.4', '1.2.3.4.5']) expect(ipv4Valid(s), s).toBe(false);
});

test('IPv6 text forms from RFC 4291 and RFC 5952', () => {
  for (const s of ['2001:db8::8a2e:370:7334', '684D:1111:222:3333:4444:5555:6:77', '::1', '::', 'fe80::1%eth0',
    '::ffff:192.0.2.1', '64:ff9b::192.0.2.1', '0:0:0:0:0:FFFF:129.144.52.38', '2001:db8:0:0:0:0:192.168.1.1']) {
    expect(ipv6Valid(s), s).toBe(true);
  }
});

test('look-alikes are not IPv6', () => {
  for (const s of ['684D:1111:222:3333:4444:5555:77', '12:34:56', '1:2:3:4', '2001::db8::1', 'gggg:hhhh::1234',
    '12345:db8::1', '::ffff:256.0.0.1', '2001:db8::256.1.1.1', 'aa:bb:cc:dd:ee:ff']) {
    expect(ipv6Valid(s), s).toBe(false);
  }
});
