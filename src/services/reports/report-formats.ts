/** The formats the annual report comes in. */
export const REPORT_FORMATS = ['html', 'pdf', 'xlsx', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
