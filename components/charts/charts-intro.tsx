import { HowToRead } from "@/components/ui/how-to-read";
import { CHARTS_MESSAGES } from "@/lib/i18n/charts-messages";
import type { Locale } from "@/lib/i18n/locale";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";

/** The charts page's heading, what it shows, and how to read it. */
export function ChartsIntro({ locale }: { locale: Locale }) {
  const t = CHARTS_MESSAGES[locale];
  return (
    <header>
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{t.pageTitle}</h1>
      <p className="mt-2 mb-5 max-w-3xl leading-relaxed text-ink">{t.intro}</p>
      <HowToRead title={NAV_MESSAGES[locale].howToRead}>
        <p>{t.howToRead1}</p>
        <p>{t.howToRead2}</p>
        <p>{t.howToRead3}</p>
        <p>{t.howToRead4}</p>
      </HowToRead>
    </header>
  );
}
