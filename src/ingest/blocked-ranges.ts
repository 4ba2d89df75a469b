/** Address ranges Dossier never fetches from unless private addresses are allowed, each with its reason. */

/** One blocked range: a CIDR block and why requests to it are refused. */
export interface BlockedRange {
  network: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
  reason: string;
}

/** The ranges, as data; IPv6 forms that embed an IPv4 address are unwrapped before checking. */
export const BLOCKED_RANGES: readonly BlockedRange[] = [
  { network: '0.0.0.0', prefix: 8, family: 'ipv4', reason: 'unspecified ("this network")' },
  { network: '10.0.0.0', prefix: 8, family: 'ipv4', reason: 'private' },
  { network: '100.64.0.0', prefix: 10, family: 'ipv4', reason: 'carrier-grade NAT (CGNAT)' },
  { network: '127.0.0.0', prefix: 8, family: 'ipv4', reason: 'loopback' },
  { network: '169.254.0.0', prefix: 16, family: 'ipv4', reason: 'link-local (includes cloud metadata services)' },
  { network: '172.16.0.0', prefix: 12, family: 'ipv4', reason: 'private' },
  { network: '192.0.0.0', prefix: 24, family: 'ipv4', reason: 'IETF protocol assignments' },
  { network: '192.0.2.0', prefix: 24, family: 'ipv4', reason: 'documentation (TEST-NET-1)' },
  { network: '192.168.0.0', prefix: 16, family: 'ipv4', reason: 'private' },
  { network: '198.18.0.0', prefix: 15, family: 'ipv4', reason: 'benchmarking' },
  { network: '198.51.100.0', prefix: 24, family: 'ipv4', reason: 'documentation (TEST-NET-2)' },
  { network: '203.0.113.0', prefix: 24, family: 'ipv4', reason: 'documentation (TEST-NET-3)' },
  { network: '224.0.0.0', prefix: 4, family: 'ipv4', reason: 'multicast' },
  { network: '240.0.0.0', prefix: 4, family: 'ipv4', reason: 'reserved (includes broadcast)' },
  { network: '::', prefix: 128, family: 'ipv6', reason: 'unspecified' },
  { network: '::1', prefix: 128, family: 'ipv6', reason: 'loopback' },
  { network: '100::', prefix: 64, family: 'ipv6', reason: 'discard-only' },
  { network: '2001:db8::', prefix: 32, family: 'ipv6', reason: 'documentation' },
  { network: 'fc00::', prefix: 7, family: 'ipv6', reason: 'private (unique local)' },
  { network: 'fe80::', prefix: 10, family: 'ipv6', reason: 'link-local' },
  { network: 'fec0::', prefix: 10, family: 'ipv6', reason: 'site-local (deprecated, private)' },
  { network: 'ff00::', prefix: 8, family: 'ipv6', reason: 'multicast' },
];
