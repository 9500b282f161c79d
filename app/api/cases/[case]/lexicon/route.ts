import { addEntry } from "@/lib/cases/item-http";

interface Context {
  params: Promise<{ case: string }>;
}

/** `POST /api/cases/[case]/lexicon` with the edit token and `{version, entry}` → 201 `{id, version}`. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return addEntry(request, (await params).case);
}
