import { isIP } from "node:net";

/** Whether the server may connect to an address, and if not, which range refused it. */
export type AddressVerdict = { allowed: true } | { allowed: false; range: string };

/** A policy deciding which resolved addresses a URL fetch may connect to. */
export type AddressPolicy = (address: string) => AddressVerdict;

interface Range {
  /** Network address as 32 (IPv4) or 128 (IPv6) bits. */
  base: bigint;
  prefix: number;
  name: string;
}

// Special-purpose ranges (RFC 6890 and the IANA registries), the most specific first so the
// refusal names the narrowest one: broadcast before reserved, the metadata address before link-local.
const IPV4_REFUSED: readonly Range[] = [
  v4("169.254.169.254/32", "link-local (169.254.0.0/16): the cloud metadata address"),
  v4("255.255.255.255/32", "broadcast (255.255.255.255)"),
  v4("0.0.0.0/8", '"this network" (0.0.0.0/8)'),
  v4("10.0.0.0/8", "private (10.0.0.0/8)"),
  v4("100.64.0.0/10", "shared carrier-grade NAT (100.64.0.0/10)"),
  v4("127.0.0.0/8", "loopback (127.0.0.0/8)"),
  v4("169.254.0.0/16", "link-local (169.254.0.0/16)"),
  v4("172.16.0.0/12", "private (172.16.0.0/12)"),
  v4("192.0.0.0/24", "IETF protocol assignments (192.0.0.0/24)"),
  v4("192.0.2.0/24", "documentation (192.0.2.0/24)"),
  v4("192.88.99.0/24", "6to4 relay anycast (192.88.99.0/24)"),
  v4("192.168.0.0/16", "private (192.168.0.0/16)"),
  v4("198.18.0.0/15", "benchmarking (198.18.0.0/15)"),
  v4("198.51.100.0/24", "documentation (198.51.100.0/24)"),
  v4("203.0.113.0/24", "documentation (203.0.113.0/24)"),
  v4("224.0.0.0/4", "multicast (224.0.0.0/4)"),
  v4("240.0.0.0/4", "reserved (240.0.0.0/4)"),
];

// Only global unicast (2000::/3) can be public; inside it, the ranges that embed an IPv4 address
// (6to4, Teredo) or are not routed are refused too, since they could reach a private host.
const IPV6_REFUSED: readonly Range[] = [
  v6("::/128", "unspecified (::)"),
  v6("::1/128", "loopback (::1)"),
  v6("::ffff:0:0/96", "IPv4-mapped IPv6 (::ffff:0:0/96)"),
  v6("::/96", "IPv4-compatible IPv6 (::/96, deprecated)"),
  v6("64:ff9b::/96", "NAT64 (64:ff9b::/96)"),
  v6("64:ff9b:1::/48", "local NAT64 (64:ff9b:1::/48)"),
  v6("100::/64", "discard-only (100::/64)"),
  v6("2001:db8::/32", "documentation (2001:db8::/32)"),
  v6("2001:2::/48", "benchmarking (2001:2::/48)"),
  v6("2001::/32", "Teredo (2001::/32)"),
  v6("2001::/23", "IETF protocol assignments (2001::/23)"),
  v6("2002::/16", "6to4 (2002::/16)"),
  v6("3fff::/20", "documentation (3fff::/20)"),
  v6("fc00::/7", "private, unique local (fc00::/7)"),
  v6("fe80::/10", "link-local (fe80::/10)"),
  v6("fec0::/10", "site-local (fec0::/10, deprecated)"),
  v6("ff00::/8", "multicast (ff00::/8)"),
];

const GLOBAL_UNICAST = v6("2000::/3", "");

/**
 * The default policy: allow only public unicast addresses. Refuses loopback, private, link-local
 * (and the 169.254.169.254 metadata address), carrier-grade NAT, "this network", multicast,
 * broadcast, documentation and benchmarking ranges, IPv4-mapped and other IPv4-embedding IPv6,
 * the unspecified address, and any IPv6 outside global unicast (2000::/3).
 *
 * @param address an IPv4 or IPv6 address (IPv6 without brackets; a zone such as `%eth0` is ignored)
 * @returns `{allowed: true}`, or `{allowed: false, range}` where `range` names the refused range
 */
export function checkPublicAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  const version = isIP(bare);
  if (version === 4) return verdict(IPV4_REFUSED, parseIpv4(bare), 32);
  if (version !== 6) return { allowed: false, range: "not an IP address" };
  const bits = parseIpv6(bare);
  const refused = verdict(IPV6_REFUSED, bits, 128);
  if (!refused.allowed) {
    // Name the IPv4 address a mapped one stands for: "::ffff:127.0.0.1" is loopback in disguise.
    if (inRange(bits, IPV6_REFUSED[2]!, 128)) {
      const v4verdict = verdict(IPV4_REFUSED, bits & 0xffffffffn, 32);
      if (!v4verdict.allowed) return { allowed: false, range: `${refused.range} of ${v4verdict.range}` };
    }
    return refused;
  }
  if (!inRange(bits, GLOBAL_UNICAST, 128)) return { allowed: false, range: "reserved, outside global unicast (2000::/3)" };
  return refused;
}

function verdict(ranges: readonly Range[], bits: bigint, width: number): AddressVerdict {
  const range = ranges.find((r) => inRange(bits, r, width));
  return range ? { allowed: false, range: range.name } : { allowed: true };
}

function inRange(bits: bigint, range: Range, width: number): boolean {
  const shift = BigInt(width - range.prefix);
  return bits >> shift === range.base >> shift;
}

function v4(cidr: string, name: string): Range {
  const [address = "", prefix = ""] = cidr.split("/");
  return { base: parseIpv4(address), prefix: Number(prefix), name };
}

function v6(cidr: string, name: string): Range {
  const [address = "", prefix = ""] = cidr.split("/");
  return { base: parseIpv6(address), prefix: Number(prefix), name };
}

function parseIpv4(address: string): bigint {
  return address.split(".").reduce((bits, part) => (bits << 8n) | BigInt(Number(part)), 0n);
}

/** 128 bits of a valid IPv6 address, with "::" expanded and a trailing dotted quad read. */
function parseIpv6(address: string): bigint {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4bits = parseIpv4(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(v4bits >> 16n).toString(16)}:${(v4bits & 0xffffn).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups.reduce((bits, group) => (bits << 16n) | BigInt(parseInt(group, 16)), 0n);
}
