import { createCase } from "@/lib/cases/http";

/** `POST /api/cases` → `{id, editToken, version}`. */
export async function POST(request: Request): Promise<Response> {
  return createCase(request);
}
