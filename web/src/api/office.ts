import { useQuery } from '@tanstack/react-query';
import type { Agreement } from '@records/agreement/agreement.schema.ts';
import type { Task } from '@records/task/task.schema.ts';
import type { HealthSettings } from '@domain/health.ts';
import type {
  DirectoryEntry,
  HealthAnswer,
  LiaisonAnswer,
  PublicationEffectAnswer,
  Reminder,
  RemindersAnswer,
  ReminderSettings,
  Settings,
  TieHealth,
} from '@contract/office.ts';
import type { VisitLine, VisitsReport } from '@contract/reports.ts';
import { api } from './client.ts';

export type { TieHealth, DirectoryEntry, Reminder, HealthSettings, ReminderSettings, Settings, VisitLine, VisitsReport, Task, Agreement };

/** Who publishing the event (or taking it back to internal) would make public (or internal) with it; nothing is changed. */
export const previewPublication = (eventId: string, publish: boolean) =>
  api<PublicationEffectAnswer>(`/api/events/${eventId}/${publish ? 'publish' : 'unpublish'}/preview`, { method: 'POST' });

/** A tie of the ranking, with its place in the whole of it. */
export type HealthRow = HealthAnswer['items'][number];

/** A page of the home place's ties ranked by health, filtered and sorted by the server. */
export function useHealthRanking(homeId: string | undefined, query: Record<string, string>) {
  const params = new URLSearchParams({ home: homeId ?? '', ...query });
  return useQuery({
    queryKey: ['health', params.toString()],
    queryFn: ({ signal }) => api<HealthAnswer>(`/api/health?${params}`, { signal }),
    enabled: Boolean(homeId),
    placeholderData: (previous) => previous,
  });
}

/** What is coming from a day, for a number of days. */
export function useReminders(from: string, days: number) {
  return useQuery({
    queryKey: ['reminders', from, days],
    queryFn: () => api<RemindersAnswer>(`/api/reminders?${new URLSearchParams({ from, within: `${days}d` })}`).then((r) => r.items),
    placeholderData: (previous) => previous,
  });
}

export function useLiaison() {
  return useQuery({ queryKey: ['liaison'], queryFn: () => api<LiaisonAnswer>('/api/liaison').then((r) => r.contacts) });
}

export function useSettings() {
  return useQuery({ queryKey: ['settings'], queryFn: () => api<Settings>('/api/settings') });
}

export function useVisitsReport(year: number | null) {
  return useQuery({
    queryKey: ['visits-report', year],
    queryFn: () => api<VisitsReport>(`/api/reports/visits${year ? `?year=${year}` : ''}`),
  });
}

/** The annual report as the HTML page the PDF is printed from. */
export function useAnnualReportHtml(year: number, lang: string) {
  return useQuery({
    queryKey: ['annual-report', year, lang],
    queryFn: async ({ signal }) => {
      const res = await fetch(annualReportUrl(year, lang, 'html'), { credentials: 'same-origin', signal });
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
      return res.text();
    },
    staleTime: 60_000,
  });
}

export const annualReportUrl = (year: number, lang: string, format: 'html' | 'pdf' | 'xlsx' | 'docx') =>
  `/api/reports/annual?${new URLSearchParams({ year: String(year), lang, format })}`;
