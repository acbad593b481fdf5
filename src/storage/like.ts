/** Text matched literally by a LIKE pattern that escapes with `\`. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
