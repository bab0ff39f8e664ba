import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentFieldsInput, DocumentKind, DocumentSettingsInput, DocumentSubjectType } from '@shangliang/core';
import { api, apiGet, type Query } from '../../../api/client.js';
import type { DocumentList, DocumentPreview, DocumentSettings, OfficialDocument } from '../../../api/types.js';

const enc = encodeURIComponent;

/** A record documents are made from: its type, its id, and for an archive the year and county. */
export interface DocumentSubject {
  readonly type: DocumentSubjectType;
  readonly id: string;
  readonly query?: Query;
}

/** Where a record's documents hang in the API. */
const BASES: Readonly<Record<DocumentSubjectType, string>> = { topic: '/api/topics', handling_item: '/api/handling/items', plan: '/api/plans', archive: '/api/members' };

/** `/api/topics/:id/documents/suggestions` and the like. */
export const documentPath = (subject: DocumentSubject, kind: DocumentKind): string => `${BASES[subject.type]}/${enc(subject.id)}/documents/${kind}`;

/** GET /api/documents — a record's documents and the kinds this user may issue for it now. */
export function useDocuments(subject: DocumentSubject) {
  return useQuery({
    queryKey: ['documents', subject.type, subject.id],
    queryFn: () => apiGet<DocumentList>('/api/documents', { subjectType: subject.type, subjectId: subject.id }),
  });
}

/** GET …/documents/{kind}/preview — the fields prefilled from the record (while the dialog is open). */
export function useDocumentPreview(subject: DocumentSubject, kind: DocumentKind | null) {
  return useQuery({
    queryKey: ['documents', 'preview', subject.type, subject.id, kind, subject.query ?? {}],
    queryFn: () => apiGet<DocumentPreview>(`${documentPath(subject, kind!)}/preview`, subject.query),
    enabled: kind !== null,
    // Every opening prefills from the record as it stands, with the number it would take now.
    staleTime: 0,
    gcTime: 0,
  });
}

/** POST …/documents/{kind} — numbers, lays out and keeps the document; the record's list reloads. */
export function useIssueDocument(subject: DocumentSubject) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, fields }: { kind: DocumentKind; fields: DocumentFieldsInput }) => {
      const qs = new URLSearchParams(Object.entries(subject.query ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [k, String(v)])).toString();
      return api<OfficialDocument>('POST', `${documentPath(subject, kind)}${qs ? `?${qs}` : ''}`, { body: fields });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents', subject.type, subject.id] }),
  });
}

/** Starts the browser's download of a document's .docx (the session cookie goes with it). */
export function downloadDocument(doc: Pick<OfficialDocument, 'url' | 'filename'>): void {
  const a = document.createElement('a');
  a.href = doc.url;
  a.download = doc.filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** GET /api/documents/settings — the office's 发文机关 and prefixes (while the dialog is open). */
export function useDocumentSettings(enabled: boolean) {
  return useQuery({ queryKey: ['documents', 'settings'], queryFn: () => apiGet<DocumentSettings>('/api/documents/settings'), enabled });
}

/** PUT /api/documents/settings. */
export function useSaveDocumentSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DocumentSettingsInput) => api<DocumentSettings>('PUT', '/api/documents/settings', { body: input }),
    onSuccess: (s) => client.setQueryData(['documents', 'settings'], s),
  });
}
