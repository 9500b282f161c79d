import { addArticle } from "@/lib/cases/item-http";

interface Context {
  params: Promise<{ case: string }>;
}

/** `POST /api/cases/[case]/articles` with the edit token and `{version, article, translations?, curatorNotes?}` → 201 `{id, version}`. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return addArticle(request, (await params).case);
}
