import Link from "next/link";
import { COMMON_MESSAGES } from "@/lib/i18n/common-messages";
import { pickMessages } from "@/lib/i18n/messages";

// A not-found page receives no params; the English strings serve both languages' 404.
export default function NotFound() {
  const t = pickMessages(COMMON_MESSAGES, "en");
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-semibold tracking-tight">{t.notFoundTitle}</h1>
      <p className="mt-4 text-lg leading-relaxed text-muted">{t.notFoundText}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-accent underline underline-offset-4">
          {t.notFoundLink}
        </Link>
      </p>
    </div>
  );
}
