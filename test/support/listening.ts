/**
 * Which local addresses a TCP port is listened on, read from the kernel's socket tables
 * (/proc/net/tcp and tcp6, Linux): a server bound to the loopback address only shows 127.0.0.1
 * (or ::ffff:127.0.0.1); one bound to every interface shows 0.0.0.0 or ::.
 */
import { readFileSync } from 'node:fs';

const LISTEN = '0A';

function ipv4(hex: string): string {
  // Four bytes, little-endian as the kernel prints them.
  return [6, 4, 2, 0].map((at) => parseInt(hex.slice(at, at + 2), 16)).join('.');
}

function address(hex: string): string {
  if (hex.length === 8) return ipv4(hex);
  if (hex === '0'.repeat(32)) return '::';
  if (hex.startsWith('0000000000000000FFFF0000')) return `::ffff:${ipv4(hex.slice(24))}`;
  return hex;
}

export function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== LISTEN) continue;
      const [host, hexPort] = local.split(':');
      if (parseInt(hexPort!, 16) === port) found.push(address(host!));
    }
  }
  return found;
}

export const LOOPBACK = ['127.0.0.1', '::ffff:127.0.0.1'];
