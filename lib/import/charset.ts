/** The encodings imported text is decoded from. */
export type ImportEncoding = "utf-8" | "windows-1256";

// Labels as the WHATWG Encoding standard lists them for the two encodings read here.
const LABELS: Record<string, ImportEncoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  "unicode11utf8": "utf-8",
  "unicode20utf8": "utf-8",
  "x-unicode20utf8": "utf-8",
  "windows-1256": "windows-1256",
  cp1256: "windows-1256",
  "x-cp1256": "windows-1256",
};

// A share of non-ASCII characters that must be Arabic for bytes to be taken as Windows-1256:
// Latin-1 text read as cp1256 turns mostly into Arabic letters too, so demand a clear majority.
const ARABIC_SHARE = 0.6;

/**
 * Find the encoding a label names (a Content-Type charset or a `<meta charset>`).
 *
 * @param label the label, any case, surrounding spaces and quotes allowed
 * @returns the encoding, or `undefined` for a label of another encoding
 */
export function encodingForLabel(label: string): ImportEncoding | undefined {
  return LABELS[label.trim().replace(/^["']|["']$/g, "").toLowerCase()];
}

/**
 * Find the charset an HTML page declares in its first 1,024 bytes (`<meta charset>` or
 * `<meta http-equiv="Content-Type" content="...; charset=...">`), as browsers do.
 *
 * @param bytes the page's bytes
 * @returns the declared label, or `undefined`
 */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 maps bytes one to one, so the ASCII markup reads right whatever the encoding.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([\w-]+)/i.exec(tag);
    if (direct) return direct[1];
  }
  return undefined;
}

/**
 * Tell UTF-8 from Windows-1256 Arabic: valid UTF-8 is UTF-8; otherwise the bytes are
 * Windows-1256 when most of their non-ASCII characters read as Arabic in it.
 *
 * @param bytes the text's bytes
 * @returns the encoding, or `undefined` when the bytes are neither
 */
export function detectEncoding(bytes: Uint8Array): ImportEncoding | undefined {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    // Not UTF-8: see whether it reads as Arabic in Windows-1256.
  }
  const text = new TextDecoder("windows-1256").decode(bytes);
  let nonAscii = 0;
  let arabic = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    nonAscii += 1;
    if ((code >= 0x0600 && code <= 0x06ff) || code === 0x200c || code === 0x200d || code === 0x200e || code === 0x200f) arabic += 1;
  }
  return nonAscii > 0 && arabic / nonAscii >= ARABIC_SHARE ? "windows-1256" : undefined;
}

/**
 * Decode bytes as text: a byte-order mark wins, then the declared encoding, then detection.
 *
 * @param bytes the bytes
 * @param declared the label the source declares (Content-Type charset or `<meta charset>`), if any
 * @returns the text without a byte-order mark, and the encoding used; `encoding` is `undefined`
 *   (and `text` empty) when nothing declared fits and detection finds neither encoding
 */
export function decodeText(bytes: Uint8Array, declared?: string): { text: string; encoding: ImportEncoding | undefined } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const encoding = hasBom ? "utf-8" : (declared === undefined ? undefined : encodingForLabel(declared)) ?? detectEncoding(bytes);
  if (encoding === undefined) return { text: "", encoding };
  // A declared encoding is trusted as browsers trust it: bad bytes become U+FFFD, not an error.
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
