import { type ReactElement, useLayoutEffect } from 'react';
import { Alert, Col, Form, Input, InputNumber, Row, Skeleton, Typography } from 'antd';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentKind, documentSettingsSchema, DocumentValidation } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import { FormModal } from '../../components/FormModal.js';
import { useSubmit } from '../../components/useSubmit.js';
import { useDocumentSettings, useSaveDocumentSettings } from './hooks.js';

/** 公文设置 — the 发文机关's suffix after the CPPCC's name, and the prefix of each kind's 发文字号. */
export function DocumentSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const settings = useDocumentSettings(open);
  const save = useSaveDocumentSettings();
  const s = settings.data;
  const fill = (): void => {
    if (s) form.setFieldsValue({ issuerSuffix: s.issuerSuffix, prefixes: s.prefixes, nextSeqs: s.nextSeqs, version: s.version });
  };
  useLayoutEffect(() => {
    if (open) fill();
  }, [open, s]);
  const { submit, refusal } = useSubmit(form, documentSettingsSchema, (input, h) => save.mutate(input, h), {
    done: '已保存公文设置',
    onClose,
    reload: async () => {
      await settings.refetch();
      fill();
    },
  });
  const suffix = Form.useWatch('issuerSuffix', form) as string | undefined;
  /** Sends only the next numbers the office changed: another office may have issued one meanwhile. */
  const changedOnly = (values: { nextSeqs?: Partial<Record<DocumentKind, number | null>> } & Record<string, unknown>) => {
    const nextSeqs = Object.fromEntries(Object.entries(values.nextSeqs ?? {}).filter(([k, n]) => typeof n === 'number' && n !== s?.nextSeqs[k as DocumentKind]));
    return { ...values, nextSeqs };
  };
  return (
    <FormModal form={form} name="document-settings" open={open} width={720} title="公文设置" onOk={() => submit(changedOnly(form.getFieldsValue(true)))} onCancel={onClose} confirmLoading={save.isPending}>
      {settings.isError && <Alert type="error" showIcon title={errorMessage(settings.error)} style={{ marginBottom: 12 }} />}
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
      {!s ? (
        !settings.isError && <Skeleton active />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            发文机关标志由组织机构中的名称“{s.base}”加后缀组成，红色居中印在公文首页；发文字号按年度、按种类自动连续编号，已印发的文号不会改变。
          </Typography.Paragraph>
          <Form.Item label="发文机关名称后缀" name="issuerSuffix" extra={`发文机关标志：${s.base}${suffix ?? s.issuerSuffix}`}>
            <Input maxLength={DocumentValidation.suffixMax} />
          </Form.Item>
          {DOCUMENT_KINDS.map((k) => (
            <Row key={k} gutter={12}>
              <Col xs={24} sm={14}>
                <Form.Item label={`${DOCUMENT_KIND_LABELS[k]}发文字号代字`} name={['prefixes', k]} required extra={`下一个文号：${s.nextNumbers[k]}`}>
                  <Input maxLength={DocumentValidation.prefixMax} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={10}>
                <Form.Item label="今年下一个编号" name={['nextSeqs', k]} extra="只能调大（接续手工编号）">
                  <InputNumber min={s.nextSeqs[k]} max={99999} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Form.Item name="version" hidden>
            <Input />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
