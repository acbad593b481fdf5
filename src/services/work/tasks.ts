import { checkTextHere, type CheckInput } from '../claims/check.service.ts';
import type { Ctx } from '../context.ts';
import { buildNetworkGraph } from '../network/graph.ts';
import { renderAnnualReportHere, type AnnualReportQuery } from '../reports/render.service.ts';

/** The heavy work a worker thread can do: each runs on the worker's own connection to the same database. */
export const TASKS = {
  check: async (ctx: Ctx, input: CheckInput) => JSON.stringify(await checkTextHere(ctx, input)),
  report: (ctx: Ctx, input: AnnualReportQuery) => renderAnnualReportHere(ctx, input),
  graph: (ctx: Ctx, _input: null) => buildNetworkGraph(ctx.db),
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[1];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;
