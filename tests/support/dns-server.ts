import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';

/**
 * A test tool: a minimal authoritative DNS server (on 127.0.0.1 unless told) over real UDP, enough for the dns
 * probe's tests (A records, NXDOMAIN, NODATA, silence). It answers one question per packet and
 * ignores EDNS; not a resolver and not for anything but tests.
 */
export interface TestDnsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the server: `records` maps a lowercase name to its IPv4 addresses; `silent` names get no
 * answer. `host` and `port` default to 127.0.0.1 and a free port (the namespace tests bind an
 * address of their own namespace, on port 53).
 */
export async function startTestDnsServer(
  records: Readonly<Record<string, readonly string[]>>,
  silent: readonly string[] = [],
  { host = '127.0.0.1', port = 0 }: { host?: string; port?: number } = {},
): Promise<TestDnsServer> {
  const socket: Socket = createSocket('udp4');
  socket.on('message', (query, peer) => {
    const answer = answerOf(query, records, silent);
    if (answer) socket.send(answer, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(port, host, resolve));
  return {
    port: (socket.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

const TYPE_A = 1;
const RCODE_NXDOMAIN = 3;

function answerOf(
  query: Buffer,
  records: Readonly<Record<string, readonly string[]>>,
  silent: readonly string[],
): Buffer | undefined {
  // The question: labels up to a zero byte, then type and class (RFC 1035, 4.1.2).
  const labels: string[] = [];
  let offset = 12;
  while (query[offset]! !== 0) {
    const length = query[offset]!;
    labels.push(query.subarray(offset + 1, offset + 1 + length).toString('ascii'));
    offset += 1 + length;
  }
  const questionEnd = offset + 5;
  const name = labels.join('.').toLowerCase();
  if (silent.includes(name)) return undefined;
  const type = query.readUInt16BE(offset + 1);
  const addresses = records[name];
  const found = type === TYPE_A ? (addresses ?? []) : [];
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0); // same id
  // QR=1, opcode 0, AA=1, RD copied, RA=1; NXDOMAIN when the name is unknown.
  const rd = query[2]! & 0x01;
  header.writeUInt16BE(0x8480 | (rd << 8) | (addresses ? 0 : RCODE_NXDOMAIN), 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(found.length, 6);
  const answers = found.map((address) => {
    const record = Buffer.alloc(16);
    record.writeUInt16BE(0xc00c, 0); // pointer to the name in the question
    record.writeUInt16BE(TYPE_A, 2);
    record.writeUInt16BE(1, 4); // class IN
    record.writeUInt32BE(60, 6); // TTL, s
    record.writeUInt16BE(4, 10);
    address.split('.').forEach((octet, index) => record.writeUInt8(Number(octet), 12 + index));
    return record;
  });
  return Buffer.concat([header, query.subarray(12, questionEnd), ...answers]);
}
