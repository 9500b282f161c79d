import { groupDigits, type LocalizedText } from "@/lib/i18n/localized-text";
import { serverText } from "@/lib/i18n/server-error-messages";

/**
 * A size as a refusal states it: `2.00 MiB (2,097,152 bytes)` from a mebibyte up, else `812 bytes`.
 *
 * @param bytes the size in bytes
 */
export function formatBytes(bytes: number): LocalizedText {
  return bytes >= 1024 * 1024
    ? serverText("sizeMiB", { mib: (bytes / (1024 * 1024)).toFixed(2), bytes: groupDigits(bytes) })
    : serverText("sizeBytes", { bytes: groupDigits(bytes) });
}
