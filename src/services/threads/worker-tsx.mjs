// The worker's entry when Amity runs from its TypeScript sources: worker threads do not share the
// main thread's module hooks on Node 20, so this one loads worker.ts through tsx itself.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./worker.ts', import.meta.url);
export default worker.default;
