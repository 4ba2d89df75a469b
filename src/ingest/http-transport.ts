/**
 * A minimal fetch over node:http/https whose DNS lookup refuses blocked addresses at connect time,
 * so a host cannot pass the pre-check with a public address and then connect to a private one
 * (DNS rebinding). It follows no redirects and decompresses gzip, deflate and brotli bodies.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { LookupFunction } from 'node:net';
import { findBlockedRange } from './address-guard.ts';
import { IngestError } from './types.ts';

/** Decoders for the content encodings the transport asks for. */
const DECODERS: Readonly<Record<string, () => NodeJS.ReadWriteStream>> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** Returns a fetch-compatible function (GET only, manual redirects) that never connects to a blocked address unless allowPrivate. */
export function createGuardedFetch(allowPrivate: boolean): typeof fetch {
  const lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const blocked = allowPrivate ? undefined : addresses.find(({ address }) => findBlockedRange(address));
      if (blocked) {
        const reason = findBlockedRange(blocked.address)?.reason;
        return callback(new IngestError(`blocked address ${blocked.address} (${hostname} resolves to it at connect time): ${reason} addresses are not fetched`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
  const guardedFetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> =>
    new Promise((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : input);
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const headers = { 'accept-encoding': Object.keys(DECODERS).join(', '), ...Object.fromEntries(new Headers(init?.headers)) };
      const outgoing = send(url, { method: 'GET', headers, lookup, signal: init?.signal ?? undefined }, (incoming) => {
        try {
          resolve(toResponse(incoming));
        } catch (error) {
          reject(error);
        }
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
  return guardedFetch as typeof fetch;
}

/** Wraps an incoming message as a Response, decoding its content encoding. */
function toResponse(incoming: IncomingMessage): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const item of [value ?? []].flat()) headers.append(name, item);
  }
  const encoding = headers.get('content-encoding')?.trim().toLowerCase() ?? 'identity';
  const decoder = DECODERS[encoding];
  let body: Readable = incoming;
  if (decoder) {
    body = incoming.pipe(decoder()) as unknown as Readable;
    incoming.on('error', (error) => body.destroy(error));
    headers.delete('content-length'); // it counts encoded bytes
  }
  const status = incoming.statusCode ?? 0;
  const empty = status === 204 || status === 304 || (status >= 300 && status < 400);
  if (empty) incoming.resume();
  return new Response(empty ? null : (Readable.toWeb(body) as ReadableStream<Uint8Array>), {
    status,
    statusText: incoming.statusMessage,
    headers,
  });
}
