import { getCase } from "@/lib/cases/http";

/** `GET /api/cases/[case]/export`: the exchange file, as a download. */
export async function GET(request: Request, { params }: { params: Promise<{ case: string }> }): Promise<Response> {
  return getCase((await params).case, { download: true, request });
}
