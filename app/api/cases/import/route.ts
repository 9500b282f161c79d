import { importCase } from "@/lib/cases/http";

/** `POST /api/cases/import` with an exported case-study file → `{id, editToken, version}`. */
export async function POST(request: Request): Promise<Response> {
  return importCase(request);
}
