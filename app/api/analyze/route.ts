import { analyzeRequest } from "@/lib/analysis/http";

/** `POST /api/analyze` `{"text", "lexicon"?}` → the CLI's JSON object (DESIGN.md's contract). */
export async function POST(request: Request): Promise<Response> {
  return analyzeRequest(request);
}
