import { CaseStudySummary } from "@/components/case-study/case-study-summary";
import { listCaseStudies } from "@/lib/case-study/catalog";

export default function HomePage() {
  const caseStudies = listCaseStudies();
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">How did each outlet name it?</h1>
        <p className="mt-4 text-lg leading-relaxed text-muted">
          Framelens puts side by side how news outlets name the same actors and events. Open a case
          study, read its articles, and see which words each outlet chose.
        </p>
      </div>

      <h2 className="mt-12 mb-6 text-sm font-semibold uppercase tracking-wide text-muted">Case studies</h2>
      <div className="grid gap-16">
        {caseStudies.map((caseStudy) => (
          <CaseStudySummary key={caseStudy.id} caseStudy={caseStudy} />
        ))}
      </div>
    </>
  );
}
