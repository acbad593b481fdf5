/** Compiles src/ to dist/node; resolves to the line that says what it did. */
export function buildAll(): Promise<string>;
