import type { CheckInput } from '../claims/check.schema.ts';
import type { Scope } from '../../domain/scope.ts';
import type { Ctx } from '../context.ts';
import type { NetworkGraph } from '../network/graph.ts';
import type { AnnualReportQuery, renderAnnualReportHere } from '../reports/render.service.ts';

/**
 * The heavy work a worker thread can do, each on the worker's own connection to the same
 * database. Each loads its module when first asked, so a worker starts without the others'.
 */
export const TASKS = {
  check: async (ctx: Ctx, input: CheckInput): Promise<string> =>
    JSON.stringify(await (await import('../claims/check.service.ts')).checkTextHere(ctx, input)),
  report: async (ctx: Ctx, input: AnnualReportQuery): Promise<Awaited<ReturnType<typeof renderAnnualReportHere>>> =>
    (await import('../reports/render.service.ts')).renderAnnualReportHere(ctx, input),
  map: async (ctx: Ctx, _input: null): Promise<string> => (await import('../network/network.service.ts')).networkMapJsonHere(ctx),
  graph: async (ctx: Ctx, scope: Scope): Promise<NetworkGraph> => (await import('../network/graph.ts')).buildNetworkGraph(ctx.db, scope),
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[1];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;
