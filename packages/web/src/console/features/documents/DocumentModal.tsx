import { type ReactElement, useLayoutEffect } from 'react';
import { Alert, Descriptions, Form, Skeleton } from 'antd';
import { DOCUMENT_KIND_LABELS, type DocumentKind, documentFieldsSchema, DocumentValidation } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import type { OfficialDocument } from '../../../api/types.js';
import { FormModal } from '../../components/FormModal.js';
import { TextField } from '../../components/FormFields.js';
import { useSubmit } from '../../components/useSubmit.js';
import { type DocumentSubject, downloadDocument, useDocumentPreview, useIssueDocument } from './hooks.js';

/**
 * 生成公文 — the fields prefilled from the record, for the office to read and edit (the 纪要's summary, the
 * 主送 and 抄送 …); 生成并下载 numbers it, lays it out after GB/T 9704-2012, keeps it and downloads the .docx.
 */
export function DocumentModal({ subject, kind, onClose }: { subject: DocumentSubject; kind: DocumentKind | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const preview = useDocumentPreview(subject, kind);
  const issue = useIssueDocument(subject);
  const open = kind !== null;
  // The prefilled fields go in once they arrive; a refetch while the dialog stays open keeps what was typed.
  useLayoutEffect(() => {
    if (open && preview.data) form.setFieldsValue(preview.data.fields);
  }, [open, preview.data, form]);
  const { submit, refusal } = useSubmit(form, documentFieldsSchema, (fields, h) => issue.mutate({ kind: kind!, fields }, h), {
    open,
    onClose,
    done: (d: OfficialDocument) => `已印发 ${d.number}，正在下载`,
    then: (d: OfficialDocument) => downloadDocument(d),
  });
  const p = preview.data;
  return (
    <FormModal
      form={form}
      name="document"
      open={open}
      width={820}
      title={kind ? `生成${DOCUMENT_KIND_LABELS[kind]}` : '生成公文'}
      okText="生成并下载"
      onOk={() => submit(form.getFieldsValue(true))}
      onCancel={onClose}
      confirmLoading={issue.isPending}
    >
      {preview.isError && <Alert type="error" showIcon title={errorMessage(preview.error)} style={{ marginBottom: 12 }} />}
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
      {!p && !preview.isError ? (
        <Skeleton active />
      ) : (
        p && (
          <>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              style={{ marginBottom: 12 }}
              items={[
                { key: 'issuer', label: '发文机关标志', children: p.issuer },
                { key: 'number', label: '发文字号', children: `${p.nextNumber}（以印发时为准）` },
                { key: 'date', label: '成文日期', children: p.date },
              ]}
            />
            {p.notes.map((n) => (
              <Alert key={n} type="warning" showIcon title={n} style={{ marginBottom: 12 }} />
            ))}
          </>
        )
      )}
      <div hidden={!p}>
        <TextField label="标题" name="title" required max={DocumentValidation.titleMax} />
        <TextField label="主送机关" name="recipients" max={DocumentValidation.recipientsMax} extra="不含冒号；多个机关用顿号分隔，纪要可不填" />
        <TextField label="正文" name="body" required rows={14} count max={DocumentValidation.bodyMax} extra="每行一段；以“一、”开头的行为一级标题（黑体），以“（一）”开头的行为二级标题（楷体）" />
        <TextField label="发文机关署名" name="signature" max={DocumentValidation.signatureMax} extra="不填则只署成文日期" />
        <TextField label="抄送机关" name="cc" max={DocumentValidation.ccMax} extra="不含句号；不填则版记中不列抄送" />
        <TextField label="印发机关" name="printer" required max={DocumentValidation.signatureMax} />
      </div>
    </FormModal>
  );
}
