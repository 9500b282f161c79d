// @vitest-environment node
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPublicAddress } from "@/lib/import/address-policy";
import { fetchArticlePage, type FetchPageOptions } from "@/lib/import/fetch-article";
import { InputError } from "@/lib/http/input-error";
import { encodeCp1256 } from "./cp1256";

// The only address these tests ever send packets to: a local server on 127.0.0.1. Every other
// address is an IP literal or comes from a fake resolver, and is refused before any connection.
type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const routes = new Map<string, Handler>();
let server: Server;
let origin: string;
let connections = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    const handler = routes.get(request.url ?? "");
    if (handler) handler(request, response);
    else response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  server.on("connection", () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The public-only policy, except for the test server's own address. */
const allowTestServer: FetchPageOptions = {
  isAllowedAddress: (address) => (address === "127.0.0.1" ? { allowed: true } : checkPublicAddress(address)),
};

function route(path: string, handler: Handler): string {
  routes.set(path, handler);
  return `${origin}${path}`;
}

async function refusal(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe("fetchArticlePage", () => {
  describe("with the default policy", () => {
    it.each([
      ["the test server on 127.0.0.1", () => `${origin}/page`, /127\.0\.0\.1, which is loopback \(127\.0\.0\.0\/8\)/],
      ["the metadata address", () => "http://169.254.169.254/latest/meta-data/", /169\.254\.169\.254, which is link-local \(169\.254\.0\.0\/16\): the cloud metadata address/],
      ["IPv6 loopback", () => "http://[::1]/", /::1, which is loopback \(::1\)/],
      ["a private address", () => "http://10.0.0.1/", /10\.0\.0\.1, which is private \(10\.0\.0\.0\/8\)/],
      ["an IPv4-mapped loopback", () => "http://[::ffff:127.0.0.1]:8080/", /which is IPv4-mapped IPv6 \(::ffff:0:0\/96\) of loopback/],
      ["0.0.0.0", () => "https://0.0.0.0/", /"this network"/],
      ["loopback written as a decimal number", () => "http://2130706433/", /127\.0\.0\.1, which is loopback/],
      ["loopback written in hexadecimal", () => "http://0x7f.1/", /127\.0\.0\.1, which is loopback/],
    ])("should refuse %s with 400 before connecting", async (_, url, message) => {
      const before = connections;
      const error = await refusal(fetchArticlePage(url()));
      expect(error.status).toBe(400);
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/only public addresses are fetched/);
      expect(connections).toBe(before);
    });

    it("should refuse a host name when any of its addresses is private", async () => {
      const error = await refusal(
        fetchArticlePage("https://news.example/story", { resolveHost: async () => [{ address: "93.184.215.14", family: 4 }, { address: "192.168.0.10", family: 4 }] }),
      );
      expect(error.message).toBe("news.example resolves to 192.168.0.10, which is private (192.168.0.0/16); only public addresses are fetched");
    });

    it("should refuse a host name that resolves to loopback", async () => {
      const error = await refusal(fetchArticlePage("http://localhost:3000/", { resolveHost: async () => [{ address: "::1", family: 6 }, { address: "127.0.0.1", family: 4 }] }));
      expect(error.message).toMatch(/^localhost resolves to ::1, which is loopback/);
    });

    it("should refuse a host name that does not resolve", async () => {
      const error = await refusal(fetchArticlePage("http://nowhere.example/", { resolveHost: async () => Promise.reject(new Error("ENOTFOUND 10.1.2.3 internal")) }));
      expect(error.message).toBe("the host name nowhere.example does not resolve to any address");
    });
  });

  describe("the URL", () => {
    it.each([
      ["not a URL", "news article", /is not a valid URL/],
      ["a file: URL", "file:///etc/passwd", /only http: and https: URLs are fetched, not file:/],
      ["an ftp: URL", "ftp://example.com/a.txt", /not ftp:/],
      ["a javascript: URL", "javascript:alert(1)", /not javascript:/],
      ["a URL with credentials", "https://user:secret@example.com/", /URLs with a user name or password are not fetched/],
    ])("should refuse %s with 400", async (_, url, message) => {
      const error = await refusal(fetchArticlePage(url));
      expect(error.status).toBe(400);
      expect(error.message).toMatch(message);
    });
  });

  describe("with a policy allowing the test server", () => {
    it("should read a UTF-8 HTML page", async () => {
      const url = route("/page", (_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<p>درنة</p>"));
      expect(await fetchArticlePage(url, allowTestServer)).toEqual({ url, mediaType: "text/html", body: "<p>درنة</p>", encoding: "utf-8" });
    });

    it("should send the URL's host name in the Host header", async () => {
      let host: string | undefined;
      const url = route("/host", (req, res) => {
        host = req.headers.host;
        res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      });
      // A made-up name resolving to the test server: the connection goes to the checked address.
      const named = url.replace("127.0.0.1", "news.example");
      await fetchArticlePage(named, { ...allowTestServer, resolveHost: async () => [{ address: "127.0.0.1", family: 4 }] });
      expect(host).toBe(new URL(named).host);
    });

    it("should decode Windows-1256 declared in the Content-Type", async () => {
      const url = route("/cp1256-header", (_, res) => res.writeHead(200, { "content-type": "text/plain; charset=windows-1256" }).end(encodeCp1256("فيضانات درنة")));
      const page = await fetchArticlePage(url, allowTestServer);
      expect(page).toMatchObject({ body: "فيضانات درنة", encoding: "windows-1256" });
    });

    it("should decode Windows-1256 declared in a <meta charset>", async () => {
      const html = '<html><head><meta charset="windows-1256"><title>t</title></head><body><p>السلطات تعلن الحداد</p></body></html>';
      const url = route("/cp1256-meta", (_, res) => res.writeHead(200, { "content-type": "text/html" }).end(encodeCp1256(html)));
      expect((await fetchArticlePage(url, allowTestServer)).body).toBe(html);
    });

    it("should decompress a gzip body", async () => {
      const url = route("/gzip", (_, res) => res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "content-encoding": "gzip" }).end(gzipSync("نص مضغوط")));
      expect((await fetchArticlePage(url, allowTestServer)).body).toBe("نص مضغوط");
    });

    it("should fail, not stall, when a compressed body breaks off", async () => {
      const url = route("/broken-gzip", (_, res) => {
        res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
        res.write(gzipSync("x".repeat(100_000)).subarray(0, 200));
        setTimeout(() => res.socket?.destroy(), 20);
      });
      const error = await refusal(fetchArticlePage(url, { ...allowTestServer, timeoutMs: 5_000 }));
      expect(error.status).toBe(502);
      expect(error.message).toBe("the page's body could not be read (the connection broke or the compression is corrupt)");
    });

    it("should follow redirects, relative ones too, and report the final URL", async () => {
      const final = route("/final", (_, res) => res.writeHead(200, { "content-type": "text/plain" }).end("arrived"));
      route("/second", (_, res) => res.writeHead(301, { location: "/final" }).end());
      const first = route("/first", (_, res) => res.writeHead(302, { location: `${origin}/second` }).end());
      expect(await fetchArticlePage(first, allowTestServer)).toMatchObject({ url: final, body: "arrived" });
    });

    it("should refuse a redirect to a private address, naming the hop", async () => {
      route("/to-private-2", (_, res) => res.writeHead(307, { location: "http://10.0.0.1/admin" }).end());
      const url = route("/to-private", (_, res) => res.writeHead(302, { location: "/to-private-2" }).end());
      const error = await refusal(fetchArticlePage(url, allowTestServer));
      expect(error.status).toBe(400);
      expect(error.message).toBe("redirect 2 (to http://10.0.0.1/admin) refused: 10.0.0.1, which is private (10.0.0.0/8); only public addresses are fetched");
    });

    it("should refuse a redirect to the metadata address through a host name", async () => {
      const url = route("/to-metadata", (_, res) => res.writeHead(302, { location: "http://metadata.example/" }).end());
      const resolveHost = async (host: string) => [{ address: host === "metadata.example" ? "169.254.169.254" : "127.0.0.1", family: 4 }];
      const error = await refusal(fetchArticlePage(url, { ...allowTestServer, resolveHost }));
      expect(error.message).toMatch(/^redirect 1 \(to http:\/\/metadata\.example\/\) refused: metadata\.example resolves to 169\.254\.169\.254, which is link-local/);
    });

    it("should refuse a redirect to another scheme, naming the hop", async () => {
      const url = route("/to-file", (_, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end());
      const error = await refusal(fetchArticlePage(url, allowTestServer));
      expect(error.message).toBe("redirect 1 (to file:///etc/passwd) refused: only http: and https: URLs are fetched, not file:");
    });

    it("should refuse more than 5 redirects", async () => {
      const url = route("/loop", (_, res) => res.writeHead(302, { location: "/loop" }).end());
      const error = await refusal(fetchArticlePage(url, allowTestServer));
      expect(error.status).toBe(400);
      expect(error.message).toBe("the page redirects more than 5 times, the limit");
    });

    it("should refuse a body past the size limit while streaming it, with 413", async () => {
      const url = route("/huge", (_, res) => {
        res.writeHead(200, { "content-type": "text/plain" });
        const chunk = "x".repeat(64 * 1024);
        // No Content-Length: the limit must be counted on the stream.
        const write = () => { while (res.write(chunk)); };
        res.on("drain", write);
        res.on("close", () => res.off("drain", write));
        write();
      });
      const error = await refusal(fetchArticlePage(url, allowTestServer));
      expect(error.status).toBe(413);
      expect(error.message).toBe("the page is over 5 MiB (5,242,880 bytes), the size limit");
    });

    it("should refuse a declared Content-Length past the limit without reading the body", async () => {
      const url = route("/declared", (_, res) => res.writeHead(200, { "content-type": "text/html", "content-length": "2048" }).end("y".repeat(2048)));
      const error = await refusal(fetchArticlePage(url, { ...allowTestServer, maxBytes: 1024 }));
      expect(error.status).toBe(413);
      expect(error.message).toBe("the page is over 1,024 bytes, the size limit");
    });

    it("should give up past the time limit with 504", async () => {
      const url = route("/slow", () => {}); // never answers
      const error = await refusal(fetchArticlePage(url, { ...allowTestServer, timeoutMs: 200 }));
      expect(error.status).toBe(504);
      expect(error.message).toBe("the page took longer than 0.2 s to fetch, the time limit");
    });

    it("should refuse a type other than HTML or plain text with 415", async () => {
      const url = route("/image", (_, res) => res.writeHead(200, { "content-type": "image/png" }).end("png"));
      const error = await refusal(fetchArticlePage(url, allowTestServer));
      expect(error.status).toBe(415);
      expect(error.message).toBe("the page is image/png; only text/html and text/plain pages are imported");
    });

    it("should refuse an unsupported charset with 415", async () => {
      const url = route("/latin1", (_, res) => res.writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" }).end(Buffer.from([0xe9, 0xe8])));
      const error = await refusal(fetchArticlePage(url, allowTestServer));
      expect(error.status).toBe(415);
      expect(error.message).toMatch(/\(iso-8859-1\) is not supported: only UTF-8 and Windows-1256 are read/);
    });

    it("should answer 502 for an HTTP error from the site", async () => {
      const error = await refusal(fetchArticlePage(`${origin}/missing`, allowTestServer));
      expect(error.status).toBe(502);
      expect(error.message).toBe(`the site answered HTTP 404 Not Found for ${origin}/missing`);
    });

    it("should keep the host name for TLS (SNI) while connecting to the checked address", async () => {
      // A self-signed certificate for news.example (tests/import/fixtures): the handshake reaches
      // the server with the right name, and the untrusted certificate is refused.
      let servername: string | undefined;
      const tls = createTlsServer({
        key: readFileSync("tests/import/fixtures/test-tls.key"),
        cert: readFileSync("tests/import/fixtures/test-tls.crt"),
        SNICallback: (name, done) => {
          servername = name;
          done(null);
        },
      });
      await new Promise<void>((resolve) => tls.listen(0, "127.0.0.1", resolve));
      try {
        const port = (tls.address() as AddressInfo).port;
        const error = await refusal(fetchArticlePage(`https://news.example:${port}/`, { ...allowTestServer, resolveHost: async () => [{ address: "127.0.0.1", family: 4 }] }));
        expect(servername).toBe("news.example");
        expect(error.status).toBe(502);
        expect(error.message).toBe(`could not connect to news.example:${port}: the secure connection (TLS) failed`);
      } finally {
        tls.closeAllConnections();
        await new Promise((resolve) => tls.close(resolve));
      }
    });

    it("should answer 502 when the connection is refused", async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      const error = await refusal(fetchArticlePage(`http://127.0.0.1:${port}/`, allowTestServer));
      expect(error.status).toBe(502);
      expect(error.message).toBe(`could not connect to 127.0.0.1:${port}: the connection was refused`);
    });
  });
});
