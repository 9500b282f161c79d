import { getCase, removeCase, replaceCase } from "@/lib/cases/http";

interface Context {
  params: Promise<{ case: string }>;
}

/** `GET /api/cases/[case]`: the case study as its exchange file. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return getCase((await params).case, { download: false, request });
}

/** `PUT /api/cases/[case]` with the edit token and `{version, caseStudy}`. */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  return replaceCase(request, (await params).case);
}

/** `DELETE /api/cases/[case]?version=N` with the edit token. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return removeCase(request, (await params).case);
}
