/** Escapes LIKE wildcards so that user text only ever matches itself. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
