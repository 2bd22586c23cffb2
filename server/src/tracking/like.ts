/** A LIKE pattern's wildcards and escape character escaped with a backslash (use with `ESCAPE '\\'`). */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
