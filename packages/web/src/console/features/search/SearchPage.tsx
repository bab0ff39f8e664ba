import { useEffect, useState, type ReactElement } from 'react';
import { Alert, Card, Empty, Input, List, Segmented, Spin, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SEARCH_KIND_LABELS, SEARCH_KINDS, type SearchKindName, type SearchPageView } from '@shangliang/core';
import { Link } from 'react-router';
import { apiGet } from '../../../api/client.js';
import { errorMessage } from '../../../api/api-error.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useListFilters } from '../../components/useListFilters.js';

/** GET /api/search — what the user may read that matches, ranked. */
function useSearch(q: string, kind: string | undefined) {
  return useQuery({
    queryKey: ['search', q, kind],
    queryFn: () => apiGet<SearchPageView>('/api/search', { q, kinds: kind, pageSize: 50 }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}

/** The snippet's HTML is built by the server: every character escaped, only <mark> added around matches. */
const Snippet = ({ html }: { html: string }) => <span className="search-snippet" dangerouslySetInnerHTML={{ __html: html }} />;

/** 全站检索 — the header's search: results grouped by kind, each opening its record. */
export function SearchPage(): ReactElement {
  useDocumentTitle('全站检索');
  const { get, set } = useListFilters();
  const q = get('q') ?? '';
  const kind = get('kind');
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const found = useSearch(q, kind);
  const items = found.data?.items ?? [];
  const groups = SEARCH_KINDS.map((k) => ({ kind: k, hits: items.filter((h) => h.kind === k) })).filter((g) => g.hits.length);
  return (
    <>
      <PageTitle description="检索选题建议、协商议题、协商建议、办理答复、协商意见和网络议事发言；只显示您有权查看的内容。">全站检索</PageTitle>
      <Card>
        <Input.Search
          aria-label="检索内容"
          placeholder="输入词语，如：路灯、停电、校车"
          value={text}
          maxLength={50}
          allowClear
          enterButton="检索"
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => set({ q: v.trim() || undefined })}
          style={{ maxWidth: 560, marginBottom: 12 }}
        />
        <div className="filter-bar search-kinds">
          <Segmented
            aria-label="检索类型"
            value={kind ?? 'all'}
            onChange={(v) => set({ kind: v === 'all' ? undefined : String(v) })}
            options={[{ value: 'all', label: '全部' }, ...SEARCH_KINDS.map((k) => ({ value: k, label: SEARCH_KIND_LABELS[k] }))]}
          />
        </div>
        {found.isError && <Alert type="error" showIcon title={errorMessage(found.error)} />}
        {found.isFetching && <Spin />}
        {q && found.data && (
          <Typography.Paragraph type="secondary">
            “{q}”共找到 {found.data.total} 条{found.data.total > items.length ? `，显示前 ${items.length} 条` : ''}
          </Typography.Paragraph>
        )}
        {q && found.data && !items.length && <Empty description="没有找到相关内容，换个词试试" />}
        {groups.map((g) => (
          <section key={g.kind} aria-label={SEARCH_KIND_LABELS[g.kind as SearchKindName]} className="search-group">
            <h2 className="card-title">
              {SEARCH_KIND_LABELS[g.kind]}（{g.hits.length}）
            </h2>
            <List
              dataSource={g.hits}
              renderItem={(h) => (
                <List.Item key={`${h.kind}:${h.id}`}>
                  <div className="search-hit">
                    {h.link ? <Link to={h.link}>{h.title}</Link> : <Typography.Text strong>{h.title}</Typography.Text>}
                    {h.stateLabel && <Tag style={{ marginInlineStart: 8 }}>{h.stateLabel}</Tag>}
                    <div>
                      <Snippet html={h.snippet} />
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </section>
        ))}
      </Card>
    </>
  );
}
