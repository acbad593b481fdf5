import { z } from 'zod';

// The request apart from the export, so that the API can declare its route without loading the
// writers (csv-stringify among them) until an export is asked for.

export const EXPORT_FORMATS = ['graphml', 'gexf', 'geojson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a request for the network's export gives, over HTTP (`/api/network/export`) and on the command line (`amity network export`). */
export const NetworkExportRequestSchema = z.object({ format: z.enum(EXPORT_FORMATS) });
