/**
 * A SQLite file's quick check, begun on a thread of its own before the server's code loads; its
 * answer is awaited by `openRegistry` before anything is written. Here so that the command line
 * reaches the storage only through a service.
 */
export { quickCheck as beginFileCheck } from '../storage/quick-check.ts';
