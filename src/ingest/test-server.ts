/** A real HTTP server on 127.0.0.1 with scripted routes, for ingest tests only. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route handler: writes the response for one request. */
export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A running test server: its base URL, the requests it saw, and how to stop it. */
export interface TestServer {
  url: string;
  requests: IncomingMessage[];
  close(): Promise<void>;
}

/** Starts a server answering the given routes by path (404 otherwise) on a free loopback port. */
export async function startTestServer(routes: Record<string, Route>): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route) route(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route that answers with a status, headers and body. */
export function reply(body: string | Uint8Array, headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' }, status = 200): Route {
  return (_request, response) => response.writeHead(status, headers).end(body);
}

/** A route that redirects to another location. */
export function redirect(location: string, status = 302): Route {
  return (_request, response) => response.writeHead(status, { location }).end();
}
