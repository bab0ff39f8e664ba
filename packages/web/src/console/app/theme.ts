import type { ThemeConfig } from 'antd';
import { MARK_RED } from '../../shared/Mark.js';

/**
 * Console theme. Antd's default blue (#1677ff) and its 45 % grey fail axe colour contrast on white,
 * so the primary/link colour is a dark CPPCC red (7.6:1) and secondary text is darkened to ≥ 4.5:1.
 */
export const consoleTheme: ThemeConfig = {
  token: {
    colorPrimary: MARK_RED,
    colorLink: MARK_RED,
    colorLinkHover: '#cf1322',
    colorLinkActive: '#820014',
    colorInfo: MARK_RED,
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorError: '#cf1322',
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    borderRadius: 6,
    fontFamily:
      "system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif",
  },
  components: {
    Layout: { headerBg: MARK_RED, headerPadding: '0 16px', headerHeight: 56, siderBg: '#ffffff', bodyBg: '#f5f5f5' },
    Typography: { fontSizeHeading1: 22, fontSizeHeading2: 18, fontSizeHeading3: 16 },
  },
};
