import { deleteEntry, replaceEntry } from "@/lib/cases/item-http";

interface Context {
  params: Promise<{ case: string; entry: string }>;
}

/** `PUT /api/cases/[case]/lexicon/[entry]` with the edit token and `{version, entry}` → `{version}`. */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const { case: caseId, entry } = await params;
  return replaceEntry(request, caseId, entry);
}

/** `DELETE /api/cases/[case]/lexicon/[entry]?version=N` with the edit token → `{version}`. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { case: caseId, entry } = await params;
  return deleteEntry(request, caseId, entry);
}
