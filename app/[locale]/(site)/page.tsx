import { notFound } from "next/navigation";
import { HomeView } from "@/components/case-study/home-view";
import { listCaseStudies } from "@/lib/cases/catalog";
import { isLocale } from "@/lib/i18n/locale";

/** The case studies Framelens bundles, and a way to build one's own. */
export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <HomeView caseStudies={listCaseStudies()} locale={locale} />;
}
