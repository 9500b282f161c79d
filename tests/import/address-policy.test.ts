// @vitest-environment node
import { describe, expect, it } from "vitest";
import { checkPublicAddress } from "@/lib/import/address-policy";

describe("checkPublicAddress", () => {
  it.each([
    ["127.0.0.1", "loopback (127.0.0.0/8)"],
    ["127.255.255.254", "loopback (127.0.0.0/8)"],
    ["10.0.0.1", "private (10.0.0.0/8)"],
    ["172.16.0.1", "private (172.16.0.0/12)"],
    ["172.31.255.255", "private (172.16.0.0/12)"],
    ["192.168.1.1", "private (192.168.0.0/16)"],
    ["169.254.169.254", "link-local (169.254.0.0/16): the cloud metadata address"],
    ["169.254.1.1", "link-local (169.254.0.0/16)"],
    ["100.64.0.1", "shared carrier-grade NAT (100.64.0.0/10)"],
    ["100.100.100.200", "shared carrier-grade NAT (100.64.0.0/10)"],
    ["0.0.0.0", '"this network" (0.0.0.0/8)'],
    ["0.1.2.3", '"this network" (0.0.0.0/8)'],
    ["224.0.0.1", "multicast (224.0.0.0/4)"],
    ["239.255.255.250", "multicast (224.0.0.0/4)"],
    ["255.255.255.255", "broadcast (255.255.255.255)"],
    ["240.0.0.1", "reserved (240.0.0.0/4)"],
    ["192.0.0.8", "IETF protocol assignments (192.0.0.0/24)"],
    ["192.0.2.10", "documentation (192.0.2.0/24)"],
    ["198.51.100.7", "documentation (198.51.100.0/24)"],
    ["203.0.113.99", "documentation (203.0.113.0/24)"],
    ["198.18.0.1", "benchmarking (198.18.0.0/15)"],
    ["198.19.255.255", "benchmarking (198.18.0.0/15)"],
    ["192.88.99.1", "6to4 relay anycast (192.88.99.0/24)"],
  ])("should refuse the IPv4 address %s as %s", (address, range) => {
    expect(checkPublicAddress(address)).toMatchObject({ allowed: false, range });
  });

  it.each([
    ["::", "unspecified (::)"],
    ["::1", "loopback (::1)"],
    ["[::1]", "loopback (::1)"],
    ["0:0:0:0:0:0:0:1", "loopback (::1)"],
    ["::ffff:127.0.0.1", "IPv4-mapped IPv6 (::ffff:0:0/96) of loopback (127.0.0.0/8)"],
    ["::ffff:7f00:1", "IPv4-mapped IPv6 (::ffff:0:0/96) of loopback (127.0.0.0/8)"],
    ["::ffff:169.254.169.254", "IPv4-mapped IPv6 (::ffff:0:0/96) of link-local (169.254.0.0/16): the cloud metadata address"],
    ["::ffff:8.8.8.8", "IPv4-mapped IPv6 (::ffff:0:0/96)"],
    ["::127.0.0.1", "IPv4-compatible IPv6 (::/96, deprecated)"],
    ["64:ff9b::a00:1", "NAT64 (64:ff9b::/96)"],
    ["fc00::1", "private, unique local (fc00::/7)"],
    ["fd00:ec2::254", "private, unique local (fc00::/7)"],
    ["fe80::1", "link-local (fe80::/10)"],
    ["fe80::1%eth0", "link-local (fe80::/10)"],
    ["febf::1", "link-local (fe80::/10)"],
    ["fec0::1", "site-local (fec0::/10, deprecated)"],
    ["ff02::1", "multicast (ff00::/8)"],
    ["2001:db8::1", "documentation (2001:db8::/32)"],
    ["3fff::1", "documentation (3fff::/20)"],
    ["2001:2::1", "benchmarking (2001:2::/48)"],
    ["2001:0:4136:e378::1", "Teredo (2001::/32)"],
    ["2002:a00:1::1", "6to4 (2002::/16)"],
    ["100::1", "discard-only (100::/64)"],
    ["4000::1", "reserved, outside global unicast (2000::/3)"],
  ])("should refuse the IPv6 address %s as %s", (address, range) => {
    expect(checkPublicAddress(address)).toMatchObject({ allowed: false, range });
  });

  it.each(["8.8.8.8", "1.1.1.1", "93.184.215.14", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1", "169.253.255.255", "223.255.255.255", "2606:4700::1111", "2a00:1450:4001:80b::200e", "2001:4860:4860::8888"])(
    "should allow the public address %s",
    (address) => {
      expect(checkPublicAddress(address)).toEqual({ allowed: true });
    },
  );

  it.each(["localhost", "example.com", "", "1.2.3", "::g"])("should refuse %j, which is not an IP address", (address) => {
    expect(checkPublicAddress(address)).toMatchObject({ allowed: false, range: "not an IP address" });
  });
});
