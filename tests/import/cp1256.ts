/**
 * Windows-1256 bytes of the Arabic letters, from Microsoft's code page table (bestfit1256.txt),
 * written out by hand so the tests do not check Node's decoder against itself.
 */
const CP1256: Record<string, number> = {
  "،": 0xa1, "؛": 0xba, "؟": 0xbf,
  ء: 0xc1, آ: 0xc2, أ: 0xc3, ؤ: 0xc4, إ: 0xc5, ئ: 0xc6, ا: 0xc7, ب: 0xc8, ة: 0xc9, ت: 0xca,
  ث: 0xcb, ج: 0xcc, ح: 0xcd, خ: 0xce, د: 0xcf, ذ: 0xd0, ر: 0xd1, ز: 0xd2, س: 0xd3, ش: 0xd4,
  ص: 0xd5, ض: 0xd6, ط: 0xd8, ظ: 0xd9, ع: 0xda, غ: 0xdb, ـ: 0xdc, ف: 0xdd, ق: 0xde, ك: 0xdf,
  ل: 0xe1, م: 0xe3, ن: 0xe4, ه: 0xe5, و: 0xe6, ى: 0xec, ي: 0xed,
};

/** Encode text made of ASCII and the Arabic letters above as Windows-1256. */
export function encodeCp1256(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) return code;
    const byte = CP1256[char];
    if (byte === undefined) throw new Error(`no Windows-1256 byte for ${char} in the test table`);
    return byte;
  });
}
