/** 公文: the answer shapes defined in core. */
export type { DocumentKind, DocumentList, DocumentPreview, DocumentSettingsView as DocumentSettings, DocumentSubjectType, DocumentView as OfficialDocument } from '@shangliang/core';
