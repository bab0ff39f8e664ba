import { useEffect, useState, type ReactElement } from 'react';
import { Alert, App, Button, Grid, List, Typography, Upload, type UploadFile } from 'antd';
import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../../api/api-error.js';
import type { ImportReport, Topic } from '../../../api/types.js';
import { importHandlingSheet } from '../../../api/upload.js';
import { DataTable } from '../../components/DataTable.js';
import { FormModal } from '../../components/FormModal.js';
import { SoftTag } from '../../components/SoftTag.js';

type Row = ImportReport['rows'][number];

/** 办理表: export the outcome's items as .xlsx, fill it in offline, import it back (checked row by row). */
export function HandlingSheet({ topic }: { topic: Topic }): ReactElement {
  const [open, setOpen] = useState(false);
  return (
    <div className="handling-sheet">
      <Typography.Text type="secondary" className="handling-sheet-hint">
        办理表：导出后可线下填写书面反馈和满意度测评，再导入平台。
      </Typography.Text>
      <div className="topic-actions">
        <Button href={`/api/handling/topics/${encodeURIComponent(topic.id)}/export`} download icon={<DownloadOutlined />}>
          导出办理表
        </Button>
        <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
          导入办理表
        </Button>
      </div>
      <ImportModal topic={topic} open={open} onClose={() => setOpen(false)} />
    </div>
  );
}

/** 导入办理表: check first (nothing written while any row is invalid), then optionally write only the valid rows. */
function ImportModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) {
      setFile(null);
      setReport(null);
      setError(null);
    }
  }, [open]);

  const send = async (applyValid: boolean): Promise<void> => {
    if (!file) {
      setError('请选择要导入的办理表（.xlsx）');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await importHandlingSheet(topic.id, file, applyValid);
      setReport(r);
      if (r.applied) {
        message.success(`已导入 ${r.written} 行`);
        await Promise.all([['topics'], ['handling'], ['workbench']].map((k) => client.invalidateQueries({ queryKey: k })));
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const invalid = report ? report.rows.filter((r) => !r.ok).length : 0;
  const stage: 'pick' | 'partial' | 'done' = !report ? 'pick' : report.applied ? 'done' : 'partial';
  const okText = stage === 'pick' ? '校验并导入' : stage === 'partial' ? '仅导入无误的行' : '完成';
  const onOk = (): void => {
    if (stage === 'done') onClose();
    else void send(stage === 'partial');
  };
  const fileList: UploadFile[] = file ? [{ uid: 'sheet', name: file.name, status: 'done', size: file.size }] : [];

  return (
    <FormModal open={open} title="导入办理表" okText={okText} onOk={onOk} onCancel={onClose} confirmLoading={busy} width={880}>
      {stage === 'pick' && (
        <>
          <Typography.Paragraph>
            请上传由本平台导出、填写了书面反馈（来函）和满意度测评的办理表。平台先逐行校验：只要有一行有误，就不写入任何数据。
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            fileList={fileList}
            beforeUpload={(f) => {
              setFile(f);
              setError(null);
              return false;
            }}
            onRemove={() => {
              setFile(null);
              return true;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖入办理表（.xlsx）</p>
          </Upload.Dragger>
        </>
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginTop: 12 }} />}
      {report && (
        <>
          {report.applied ? (
            <Alert
              type="success"
              showIcon
              role="status"
              title={`已导入 ${report.written} 行`}
              description={
                invalid > 0
                  ? `有 ${invalid} 行有误，未导入，请修改后重新导入。`
                  : report.written === 0
                    ? '办理表与平台上的记录一致，没有需要写入的内容。'
                    : undefined
              }
              style={{ marginBottom: 12 }}
            />
          ) : (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={`有 ${invalid} 行有误，未写入任何数据`}
              description="请修改办理表后重新导入，或点击“仅导入无误的行”，先写入校验通过的行。"
              style={{ marginBottom: 12 }}
            />
          )}
          <ReportTable rows={report.rows} />
        </>
      )}
    </FormModal>
  );
}

const ok = (r: Row): ReactElement => (r.ok ? <SoftTag tone="green">✓ 无误</SoftTag> : <SoftTag tone="red">✗ 有误</SoftTag>);
const actionsText = (r: Row): string => (r.actions.length ? r.actions.join('；') : '无变化');

/** The row-by-row report: a table on wide screens, cards on phones. */
function ReportTable({ rows }: { rows: readonly Row[] }): ReactElement {
  const screens = Grid.useBreakpoint();
  if (screens.sm === false) {
    return (
      <List
        className="import-cards"
        dataSource={[...rows]}
        renderItem={(r) => (
          <List.Item key={r.row}>
            <div className="my-item">
              <div className="my-item-head">
                <strong>第 {r.row} 行{r.seq !== null ? ` · 第 ${r.seq} 条建议` : ''}</strong>
                {ok(r)}
              </div>
              <div>将执行的操作：{actionsText(r)}</div>
              {r.errors.length > 0 && <div className="import-errors">错误：{r.errors.join('；')}</div>}
            </div>
          </List.Item>
        )}
      />
    );
  }
  return (
    <DataTable<Row>
      label="导入校验结果"
      rowKey="row"
      size="small"
      pagination={false}
      dataSource={[...rows]}
      scroll={{ y: 360 }}
      columns={[
        { key: 'row', title: '行号', dataIndex: 'row', width: 70 },
        { key: 'seq', title: '序号', width: 70, render: (_, r) => r.seq ?? '—' },
        { key: 'ok', title: '结果', width: 100, render: (_, r) => ok(r) },
        { key: 'actions', title: '将执行的操作', render: (_, r) => actionsText(r) },
        { key: 'errors', title: '错误', render: (_, r) => (r.errors.length ? <span className="import-errors">{r.errors.join('；')}</span> : '—') },
      ]}
    />
  );
}
