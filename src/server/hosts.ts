// Which addresses the server may bind and which Host headers it answers. Loopback is the default and
// needs nothing; any other address exposes the graph to the network and must be asked for with
// allowRemote. Either way only known Host names are answered: a request for any other Host is a
// DNS-rebinding attempt from a web page (or a name nobody configured).
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';

const WILDCARDS = new Set(['0.0.0.0', '::']);

export function isLoopbackHost(host: string): boolean {
  const bare = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare === '::1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

/** The `Host` header values answered by a server bound to `host` on `port`: the loopback names, the
 * bound address itself, and for a remote binding the machine's name, the addresses of its interfaces
 * when bound to all of them, and the names given in `extraNames`. */
export function allowedHostHeaders(
  host: string,
  port: number,
  extraNames: readonly string[] = [],
): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '::1', host]);
  if (!isLoopbackHost(host)) {
    names.add(hostname());
    if (WILDCARDS.has(host))
      for (const addresses of Object.values(networkInterfaces()))
        for (const { address } of addresses ?? []) names.add(address);
    for (const name of extraNames) names.add(name);
  }
  return new Set([...names].map((name) => `${isIP(name) === 6 ? `[${name}]` : name.toLowerCase()}:${port}`));
}
