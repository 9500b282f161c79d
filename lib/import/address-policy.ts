import { isIP } from "node:net";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { serverText, type ServerErrorKey } from "@/lib/i18n/server-error-messages";

/**
 * Whether the server may connect to an address, and if not, which range refused it: `range` in
 * English, `rangeText` in both interface languages (a policy that gives none is named by `range` in both).
 */
export type AddressVerdict = { allowed: true } | { allowed: false; range: string; rangeText?: LocalizedText };

/** A policy deciding which resolved addresses a URL fetch may connect to. */
export type AddressPolicy = (address: string) => AddressVerdict;

interface Range {
  /** Network address as 32 (IPv4) or 128 (IPv6) bits. */
  base: bigint;
  prefix: number;
  name: LocalizedText;
}

// Special-purpose ranges (RFC 6890 and the IANA registries), the most specific first so the
// refusal names the narrowest one: broadcast before reserved, the metadata address before link-local.
const IPV4_REFUSED: readonly Range[] = [
  v4("169.254.169.254/32", "rangeMetadata", "169.254.0.0/16"),
  v4("255.255.255.255/32", "rangeBroadcast", "255.255.255.255"),
  v4("0.0.0.0/8", "rangeThisNetwork"),
  v4("10.0.0.0/8", "rangePrivate"),
  v4("100.64.0.0/10", "rangeCarrierNat"),
  v4("127.0.0.0/8", "rangeLoopback"),
  v4("169.254.0.0/16", "rangeLinkLocal"),
  v4("172.16.0.0/12", "rangePrivate"),
  v4("192.0.0.0/24", "rangeProtocol"),
  v4("192.0.2.0/24", "rangeDocumentation"),
  v4("192.88.99.0/24", "rangeRelay"),
  v4("192.168.0.0/16", "rangePrivate"),
  v4("198.18.0.0/15", "rangeBenchmarking"),
  v4("198.51.100.0/24", "rangeDocumentation"),
  v4("203.0.113.0/24", "rangeDocumentation"),
  v4("224.0.0.0/4", "rangeMulticast"),
  v4("240.0.0.0/4", "rangeReserved"),
];

// Only global unicast (2000::/3) can be public; inside it, the ranges that embed an IPv4 address
// (6to4, Teredo) or are not routed are refused too, since they could reach a private host.
const IPV6_REFUSED: readonly Range[] = [
  v6("::/128", "rangeUnspecified", "::"),
  v6("::1/128", "rangeLoopback", "::1"),
  v6("::ffff:0:0/96", "rangeMapped"),
  v6("::/96", "rangeCompatible"),
  v6("64:ff9b::/96", "rangeNat64"),
  v6("64:ff9b:1::/48", "rangeLocalNat64"),
  v6("100::/64", "rangeDiscard"),
  v6("2001:db8::/32", "rangeDocumentation"),
  v6("2001:2::/48", "rangeBenchmarking"),
  v6("2001::/32", "rangeTeredo"),
  v6("2001::/23", "rangeProtocol"),
  v6("2002::/16", "range6to4"),
  v6("3fff::/20", "rangeDocumentation"),
  v6("fc00::/7", "rangeUniqueLocal"),
  v6("fe80::/10", "rangeLinkLocal"),
  v6("fec0::/10", "rangeSiteLocal"),
  v6("ff00::/8", "rangeMulticast"),
];

// Everything outside it is refused, named as this range.
const GLOBAL_UNICAST = v6("2000::/3", "rangeNotGlobal");

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
  if (version !== 6) return refusedAs(serverText("rangeNotIp"));
  const bits = parseIpv6(bare);
  const refused = verdict(IPV6_REFUSED, bits, 128);
  if (!refused.allowed) {
    // Name the IPv4 address a mapped one stands for: "::ffff:127.0.0.1" is loopback in disguise.
    if (inRange(bits, IPV6_REFUSED[2]!, 128)) {
      const v4verdict = verdict(IPV4_REFUSED, bits & 0xffffffffn, 32);
      if (!v4verdict.allowed) return refusedAs(serverText("rangeEmbedded", { outer: nameOf(refused), inner: nameOf(v4verdict) }));
    }
    return refused;
  }
  if (!inRange(bits, GLOBAL_UNICAST, 128)) return refusedAs(GLOBAL_UNICAST.name);
  return refused;
}

function verdict(ranges: readonly Range[], bits: bigint, width: number): AddressVerdict {
  const range = ranges.find((r) => inRange(bits, r, width));
  return range ? refusedAs(range.name) : { allowed: true };
}

function refusedAs(name: LocalizedText): AddressVerdict {
  return { allowed: false, range: name.en, rangeText: name };
}

function nameOf(verdict: AddressVerdict & { allowed: false }): LocalizedText {
  return verdict.rangeText ?? { en: verdict.range, ar: verdict.range };
}

function inRange(bits: bigint, range: Range, width: number): boolean {
  const shift = BigInt(width - range.prefix);
  return bits >> shift === range.base >> shift;
}

/** A range by its CIDR, named by a message (`shown`: how the name writes the range, when not as its CIDR). */
function v4(cidr: string, key: ServerErrorKey, shown = cidr): Range {
  const [address = "", prefix = ""] = cidr.split("/");
  return { base: parseIpv4(address), prefix: Number(prefix), name: serverText(key, { cidr: shown }) };
}

function v6(cidr: string, key: ServerErrorKey, shown = cidr): Range {
  const [address = "", prefix = ""] = cidr.split("/");
  return { base: parseIpv6(address), prefix: Number(prefix), name: serverText(key, { cidr: shown }) };
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
