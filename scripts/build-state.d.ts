export const ROOT: string;
export const SRC_DIR: string;
export const BUILD_DIR: string;
export const BUILD_STAMP: string;
export function sourceFiles(dir?: string): string[];
/** True when there is no build, or something under src changed after it. */
export function buildIsStale(): boolean;
