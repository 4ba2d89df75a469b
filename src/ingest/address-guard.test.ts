import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPublicHost, findBlockedRange } from './address-guard.ts';

test('findBlockedRange blocks non-public IPv4 and IPv6 addresses, including embedded IPv4', () => {
  const rows: [string, string | undefined][] = [
    ['127.0.0.1', 'loopback'],
    ['127.255.1.2', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', undefined],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local (includes cloud metadata services)'],
    ['100.64.0.1', 'carrier-grade NAT (CGNAT)'],
    ['100.128.0.1', undefined],
    ['0.0.0.0', 'unspecified ("this network")'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'reserved (includes broadcast)'],
    ['8.8.8.8', undefined],
    ['93.184.216.34', undefined],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1%eth0', 'link-local'],
    ['fd12:3456::1', 'private (unique local)'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'link-local (includes cloud metadata services)'],
    ['2002:c0a8:0101::1', 'private'],
    ['2606:4700:4700::1111', undefined],
    ['::ffff:8.8.8.8', undefined],
    ['not an address', undefined],
  ];
  for (const [address, expected] of rows) assert.equal(findBlockedRange(address)?.reason, expected, address);
});

test('assertPublicHost checks every resolved address and names it', { timeout: 5000 }, async () => {
  await assert.rejects(assertPublicHost('localhost'), /blocked address .* \(localhost resolves to .*\): loopback/);
  await assert.rejects(assertPublicHost('[::1]'), /blocked address ::1: loopback/);
  await assert.rejects(assertPublicHost('169.254.169.254'), /link-local/);
  await assert.doesNotReject(assertPublicHost('8.8.8.8'));
});
