import { getMatrixCsv } from "@/lib/cases/matrix-csv-http";

/** `GET /api/cases/[case]/matrix-csv?kind=&voice=&language=`: one of the overview's matrices as CSV, for its download button. */
export async function GET(request: Request, { params }: { params: Promise<{ case: string }> }): Promise<Response> {
  return getMatrixCsv(request, (await params).case);
}
