import { readFile } from 'node:fs/promises';

/** The default route of a routing table: the gateway's IPv4 address and the interface to it. */
export interface DefaultGateway {
  address: string;
  iface: string;
}

/**
 * The default IPv4 gateway from the text of Linux's `/proc/net/route`: the row whose destination
 * and mask are 0 and that has the gateway flag, lowest metric first. Addresses there are
 * little-endian hex (`010200C0` is 192.0.2.1). Undefined when there is no default route.
 */
export function parseDefaultGateway(routeTable: string): DefaultGateway | undefined {
  const RTF_UP = 0x1;
  const RTF_GATEWAY = 0x2;
  const routes = routeTable
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 8)
    .map(([iface, destination, gateway, flags, , , metric, mask]) => ({
      iface: iface!,
      destination: destination!,
      gateway: gateway!,
      flags: parseInt(flags!, 16),
      metric: Number(metric),
      mask: mask!,
    }))
    .filter(
      (route) =>
        route.destination === '00000000' &&
        route.mask === '00000000' &&
        (route.flags & RTF_UP) !== 0 &&
        (route.flags & RTF_GATEWAY) !== 0 &&
        /^[0-9A-Fa-f]{8}$/.test(route.gateway),
    )
    .sort((a, b) => a.metric - b.metric);
  const best = routes[0];
  if (!best) return undefined;
  const bytes = best.gateway.match(/../g)!.map((hex) => parseInt(hex, 16));
  return { address: bytes.reverse().join('.'), iface: best.iface };
}

/** This machine's default gateway, or undefined off Linux or without a default route. */
export async function findDefaultGateway(
  routeFile = '/proc/net/route',
): Promise<DefaultGateway | undefined> {
  try {
    return parseDefaultGateway(await readFile(routeFile, 'utf8'));
  } catch {
    return undefined; // not Linux, or no permission: the config's own targets still work
  }
}
