import { PageIntro } from "@/components/ui/page-intro";
import { CHARTS_MESSAGES } from "@/lib/i18n/charts-messages";
import type { Locale } from "@/lib/i18n/locale";
import { NAV_MESSAGES } from "@/lib/i18n/nav-messages";

/** The charts page's heading, what it shows, and how to read it. */
export function ChartsIntro({ locale }: { locale: Locale }) {
  const t = CHARTS_MESSAGES[locale];
  return <PageIntro title={t.pageTitle} intro={t.intro} howToReadTitle={NAV_MESSAGES[locale].howToRead} howToRead={[t.howToRead1, t.howToRead2, t.howToRead3, t.howToRead4]} />;
}
