import Link from "next/link";
import type { CaseStudy } from "@/lib/case-study/types";
import { CASE_MESSAGES } from "@/lib/i18n/case-messages";
import { EDITOR_MESSAGES } from "@/lib/i18n/editor-messages";
import { localizedHref, type Locale } from "@/lib/i18n/locale";
import { YourCaseStudies } from "@/components/editor/your-case-studies";
import { CaseStudySummary } from "./case-study-summary";

/** The home page: what Framelens is for, the bundled case studies, and the ones this browser made. */
export function HomeView({ caseStudies, locale }: { caseStudies: readonly CaseStudy[]; locale: Locale }) {
  const t = CASE_MESSAGES[locale];
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{t.homeTitle}</h1>
        <p className="mt-4 text-lg leading-relaxed text-muted">{t.homeIntro}</p>
        <p className="mt-4">
          <Link href={localizedHref("/cases/new", locale)} className="font-semibold text-accent underline-offset-4 hover:underline">
            {EDITOR_MESSAGES[locale].buildYourOwn}
          </Link>
        </p>
      </div>

      <h2 className="mt-12 mb-6 text-sm font-semibold uppercase tracking-wide text-muted">{t.caseStudies}</h2>
      <div className="grid gap-16">
        {caseStudies.map((caseStudy) => (
          <CaseStudySummary key={caseStudy.id} caseStudy={caseStudy} locale={locale} />
        ))}
      </div>

      <div className="mt-16 border-t border-rule pt-10">
        <YourCaseStudies locale={locale} strings={yourCasesStrings(locale)} />
      </div>
    </>
  );
}

/** The strings of "your case studies", and no more, for the client. */
function yourCasesStrings(locale: "en" | "ar") {
  const { yourCases, yourCasesHint, yourCasesEmpty, newCase, read, edit, forget, forgetLabel, forgetConfirm, noToken } = EDITOR_MESSAGES[locale];
  return { yourCases, yourCasesHint, yourCasesEmpty, newCase, read, edit, forget, forgetLabel, forgetConfirm, noToken };
}
