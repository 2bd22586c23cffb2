// Splitting an uploaded CSV of user ids into chunks the server takes one call at a time, remembering
// each row's line in the file so rejected rows are reported where the person can find them.

export interface CsvChunk {
  text: string;
  /** File line (1-based) of each row of `text`, in order. */
  fileLines: number[];
}

/** At most this many characters per call (the server takes 1.8 M). */
export const MAX_CHUNK_CHARS = 1_500_000;

/**
 * Chunks of the non-blank lines of `csv`: about `parts` chunks (so progress moves in visible steps),
 * each of at least `minRows` rows and at most MAX_CHUNK_CHARS characters.
 */
export function csvChunks(csv: string, parts = 20, minRows = 500): CsvChunk[] {
  const rows: { text: string; line: number }[] = [];
  csv.split(/\r?\n/).forEach((text, i) => {
    if (text.trim() !== '') rows.push({ text, line: i + 1 });
  });
  const per = Math.max(minRows, Math.ceil(rows.length / parts));
  const chunks: CsvChunk[] = [];
  let current: CsvChunk = { text: '', fileLines: [] };
  let chars = 0;
  for (const r of rows) {
    if (current.fileLines.length >= per || chars + r.text.length + 1 > MAX_CHUNK_CHARS) {
      chunks.push(current);
      current = { text: '', fileLines: [] };
      chars = 0;
    }
    current.text += (current.fileLines.length ? '\n' : '') + r.text;
    current.fileLines.push(r.line);
    chars += r.text.length + 1;
  }
  if (current.fileLines.length) chunks.push(current);
  return chunks;
}
