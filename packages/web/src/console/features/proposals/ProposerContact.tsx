import { useEffect, useState, type ReactElement } from 'react';
import { App, Button, Space, Typography } from 'antd';
import { apiPost } from '../../../api/client.js';
import { errorMessage } from '../../../api/api-error.js';
import type { Proposal } from '../../../api/types.js';
import { orDash } from '../../components/format.js';

/**
 * 建议人 and their phone: masked for everyone; the county office may ask for the full number, which the
 * server writes to the audit trail before answering.
 */
export function ProposerContact({ proposal }: { proposal: Proposal }): ReactElement {
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => setFull(null), [proposal.id]);
  const reveal = async (): Promise<void> => {
    setLoading(true);
    try {
      const { phone } = await apiPost<{ phone: string | null }>(`/api/proposals/${encodeURIComponent(proposal.id)}/reveal-phone`, {});
      setFull(phone);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setLoading(false);
    }
  };
  const mayReveal = (proposal.actions as readonly string[]).includes('proposal.reveal_phone');
  return (
    <Space size={4} wrap>
      <span>{orDash(proposal.proposerName)}</span>
      {proposal.proposerPhone && <span>（{full ?? proposal.proposerPhone}）</span>}
      {mayReveal && !full && (
        <Button type="link" size="small" loading={loading} onClick={() => void reveal()} style={{ paddingInline: 4 }}>
          查看完整号码
        </Button>
      )}
      {full && <Typography.Text type="secondary">（本次查看已记入操作日志）</Typography.Text>}
    </Space>
  );
}
