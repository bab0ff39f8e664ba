import type { ReactElement, ReactNode } from 'react';
import { Typography } from 'antd';
import type { ProposalStatus } from '@shangliang/core';
import { ProposalStatusTag } from '../../components/TopicStateTag.js';

/** A proposal as a card in a list: its title and status, a line of details, and whatever follows (its fate, its files). */
export function ProposalItem({ title, status, meta, children }: { title: ReactNode; status: ProposalStatus; meta: ReactNode; children?: ReactNode }): ReactElement {
  return (
    <div className="my-item">
      <div className="my-item-head">
        {typeof title === 'string' ? <strong>{title}</strong> : title}
        <ProposalStatusTag status={status} />
      </div>
      <Typography.Text type="secondary">{meta}</Typography.Text>
      {children}
    </div>
  );
}
