/** Refuses requests to loopback, private, link-local, CGNAT, multicast and unspecified addresses. */
import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';
import { BLOCKED_RANGES, type BlockedRange } from './blocked-ranges.ts';
import { IngestError } from './types.ts';

const lists = BLOCKED_RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return { range, list };
});

/** Returns the blocked range an IP address falls in, or undefined when the address is public. */
export function findBlockedRange(address: string): BlockedRange | undefined {
  const family = isIP(address);
  if (family === 0) return undefined;
  const embedded = family === 6 ? embeddedIpv4(address) : undefined;
  if (embedded) return findBlockedRange(embedded);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return lists.find(({ range, list }) => range.family === type && list.check(address, type))?.range;
}

/** Resolves a host name and throws when any of its addresses is blocked, naming the address and why. */
export async function assertPublicHost(hostname: string): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string }[];
  try {
    addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true, verbatim: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IngestError(`host ${host} not found${code ? ` (${code})` : ''}`, { cause: error });
  }
  for (const { address } of addresses) {
    const range = findBlockedRange(address);
    if (range) {
      const via = address === host ? '' : ` (${host} resolves to ${address})`;
      throw new IngestError(
        `blocked address ${address}${via}: ${range.reason} addresses are not fetched; pass allowPrivate to permit`,
      );
    }
  }
}

/** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address, if any. */
function embeddedIpv4(address: string): string | undefined {
  const words = expandIpv6(address);
  if (!words) return undefined;
  const fromWords = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  const zeros = (from: number, to: number) => words.slice(from, to).every((word) => word === 0);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible; :: and ::1 themselves are handled as IPv6)
  if (zeros(0, 5) && (words[5] === 0xffff || (words[5] === 0 && (words[6] !== 0 || words[7] > 1)))) {
    return fromWords(words[6], words[7]);
  }
  if (words[0] === 0x64 && words[1] === 0xff9b && zeros(2, 6)) return fromWords(words[6], words[7]); // NAT64
  if (words[0] === 0x2002) return fromWords(words[1], words[2]); // 6to4
  return undefined;
}

/** The eight 16-bit words of an IPv6 address, or undefined when it does not parse. */
function expandIpv6(address: string): number[] | undefined {
  let text = address.split('%')[0];
  const dotted = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const parse = (part: string) => (part ? part.split(':').map((word) => parseInt(word, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  const words = [...left, ...new Array(missing).fill(0), ...right];
  return words.every((word) => Number.isInteger(word) && word >= 0 && word <= 0xffff) ? words : undefined;
}
