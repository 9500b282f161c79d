import { getLabelSentences } from "@/lib/cases/label-sentences-http";

/** `GET /api/cases/[case]/occurrences?kind=&label=`: the sentences behind one label, for its dialog. */
export async function GET(request: Request, { params }: { params: Promise<{ case: string }> }): Promise<Response> {
  return getLabelSentences(request, (await params).case);
}
