import { deleteArticle, replaceArticle } from "@/lib/cases/item-http";

interface Context {
  params: Promise<{ case: string; article: string }>;
}

/** `PUT /api/cases/[case]/articles/[article]` with the edit token and `{version, article, translations?, curatorNotes?}` → `{version}`. */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const { case: caseId, article } = await params;
  return replaceArticle(request, caseId, article);
}

/** `DELETE /api/cases/[case]/articles/[article]?version=N` with the edit token → `{version}`. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { case: caseId, article } = await params;
  return deleteArticle(request, caseId, article);
}
