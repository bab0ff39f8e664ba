import type { ReactElement } from 'react';
import { FileExcelOutlined, FileImageOutlined, FileOutlined, FilePdfOutlined, FileTextOutlined, FileWordOutlined } from '@ant-design/icons';
import type { Attachment } from '../../api/types.js';
import { formatSize } from '../../api/upload.js';

function FileIcon({ mime }: { mime: string }): ReactElement {
  if (mime.startsWith('image/')) return <FileImageOutlined />;
  if (mime === 'application/pdf') return <FilePdfOutlined />;
  if (mime.includes('word')) return <FileWordOutlined />;
  if (mime.includes('excel') || mime.includes('spreadsheet')) return <FileExcelOutlined />;
  if (mime.startsWith('text/')) return <FileTextOutlined />;
  return <FileOutlined />;
}

/** What kind of file, in words: 图片 / PDF / Word / Excel / 文本. */
function kindOf(mime: string): string {
  if (mime.startsWith('image/')) return '图片';
  if (mime === 'application/pdf') return 'PDF';
  if (mime.includes('word')) return 'Word';
  if (mime.includes('excel') || mime.includes('spreadsheet')) return 'Excel';
  if (mime.startsWith('text/')) return '文本';
  return '文件';
}

/**
 * 附件列表: each file with a thumbnail (photos) or an icon, its name and size; the name downloads it.
 * Renders nothing when there are no files.
 */
export function AttachmentList({ files, title }: { files: readonly Attachment[] | undefined; title?: string }): ReactElement | null {
  if (!files || files.length === 0) return null;
  return (
    <div className="attachment-list">
      {title && <h4 className="attachment-list-title">{title}（{files.length}）</h4>}
      <ul>
        {files.map((f) => (
          <li key={f.id}>
            <a href={f.url} download={f.filename} className="attachment-link" title={`下载 ${f.filename}`}>
              <span className="attachment-thumb" aria-hidden="true">
                {f.mime.startsWith('image/') ? <img src={f.url} alt="" loading="lazy" /> : <FileIcon mime={f.mime} />}
              </span>
              <span className="attachment-name">{f.filename}</span>
            </a>
            <span className="attachment-size">
              {kindOf(f.mime)} · {formatSize(f.size)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
