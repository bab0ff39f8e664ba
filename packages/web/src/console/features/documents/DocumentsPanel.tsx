import { type ReactElement, useState } from 'react';
import { Button, Empty, List, Space, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import { Section } from '../../components/Section.js';
import { formatDate } from '../../components/format.js';
import { DocumentModal } from './DocumentModal.js';
import { type DocumentSubject, useDocuments } from './hooks.js';

/**
 * 公文 of a record: a button per kind the server says this user may issue now, and the documents issued, newest
 * first, each with its number, date and download link. Nothing at all when there is neither.
 * `bare` leaves out the card (inside another section).
 */
export function DocumentsPanel({ subject, bare = false }: { subject: DocumentSubject; bare?: boolean }): ReactElement | null {
  const documents = useDocuments(subject);
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const data = documents.data;
  if (documents.isError)
    return bare ? null : (
      <Section title="公文">
        <Typography.Text type="danger">{errorMessage(documents.error)}</Typography.Text>
      </Section>
    );
  if (!data || (data.items.length === 0 && data.issuable.length === 0)) return null;
  const body = (
    <div className="documents-panel">
      {data.issuable.length > 0 && (
        <Space wrap role="group" aria-label="生成公文" style={{ marginBottom: 12 }}>
          {data.issuable.map((k) => (
            <Button key={k} icon={<FileWordOutlined />} onClick={() => setKind(k)}>
              {`生成${DOCUMENT_KIND_LABELS[k]}`}
            </Button>
          ))}
        </Space>
      )}
      {data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未印发公文" />
      ) : (
        <List
          size="small"
          aria-label="已印发的公文"
          dataSource={data.items}
          renderItem={(d) => (
            <List.Item
              actions={[
                <a key="download" href={d.url} download={d.filename} aria-label={`下载 ${d.number}`}>
                  下载
                </a>,
              ]}
            >
              <List.Item.Meta title={`${d.number}　${d.title}`} description={`${d.kindLabel} · ${formatDate(d.issuedOn)}${d.issuedByName ? ` · ${d.issuedByName}` : ''}`} />
            </List.Item>
          )}
        />
      )}
      <DocumentModal subject={subject} kind={kind} onClose={() => setKind(null)} />
    </div>
  );
  if (bare)
    return (
      <div style={{ marginTop: 16 }}>
        <h3 style={{ fontSize: 16, margin: '0 0 8px' }}>公文</h3>
        {body}
      </div>
    );
  return <Section title="公文">{body}</Section>;
}
