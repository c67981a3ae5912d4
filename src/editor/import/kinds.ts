/**
 * Which files the importers open, and why they may fail: the part of the file import that the editor
 * needs before a file is chosen (the importers themselves, files.ts, are loaded when one is).
 */

/**
 * Why a Word document or saved page could not be opened. `docx-corrupt`: not a readable .docx (a damaged
 * zip, or no document in it); `docx-encrypted`: protected with a password; `doc-legacy`: the old binary
 * .doc format (or RTF saved as .doc); `import-empty`: nothing to import; `import-too-large`: the article
 * would be over the draft limit (`size`, `limit` in MB); `import-failed`: the converter failed otherwise.
 * All have `name`.
 */
export type ImportFailure = 'docx-corrupt' | 'docx-encrypted' | 'doc-legacy' | 'import-empty' | 'import-too-large' | 'import-failed';

export type DraftFileKind = 'docx' | 'doc' | 'html';

/** Which importer a file goes to, by its name (or, with no known extension, its MIME type); null for text and JSON. */
export function draftFileKind(file: { name: string; type?: string }): DraftFileKind | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.docx')) return 'docx';
  if (name.endsWith('.doc')) return 'doc';
  if (name.endsWith('.html') || name.endsWith('.htm') || name.endsWith('.xhtml')) return 'html';
  if (/\.(?:txt|json|text|md)$/u.test(name)) return null;
  switch (file.type) {
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return 'docx';
    case 'application/msword':
      return 'doc';
    case 'text/html':
    case 'application/xhtml+xml':
      return 'html';
    default:
      return null;
  }
}
