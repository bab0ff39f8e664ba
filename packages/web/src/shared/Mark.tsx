import type { CSSProperties, ReactElement } from 'react';

/** CPPCC red, dark enough for 4.5:1 contrast on white. */
export const MARK_RED = '#a8071a';

/** Props of the 有事来商量 mark. */
export interface MarkProps {
  /** Height of the seal in pixels. */
  readonly size?: number;
  /** Show the words 有事来商量 beside the seal. */
  readonly withText?: boolean;
  /** Colour of the words (white on a red header, red on white). */
  readonly textColor?: string;
  /** A second line under the words, e.g. 协商议事平台. */
  readonly subtitle?: string;
  readonly style?: CSSProperties;
}

/**
 * 平台标识 — the "有事来商量" mark of 第四条(七): a red seal with 商 and the words 有事来商量.
 * Plain SVG and inline styles, so both the portal and the console can use it without extra CSS.
 */
export function Mark({ size = 36, withText = true, textColor = MARK_RED, subtitle, style }: MarkProps): ReactElement {
  return (
    <span
      style={{ display: 'inline-flex', alignItems: 'center', gap: Math.round(size / 4), lineHeight: 1.3, ...style }}
    >
      <svg
        width={size}
        height={size}
        viewBox="0 0 64 64"
        role="img"
        aria-label={withText ? undefined : '有事来商量'}
        aria-hidden={withText ? true : undefined}
        style={{ flex: 'none' }}
      >
        <rect x="2" y="2" width="60" height="60" rx="10" fill={MARK_RED} />
        <rect x="7" y="7" width="50" height="50" rx="6" fill="none" stroke="#fff" strokeWidth="2.5" />
        <text
          x="32"
          y="45"
          fontSize="36"
          fontWeight="700"
          textAnchor="middle"
          fill="#fff"
          fontFamily="'Noto Serif CJK SC','Source Han Serif SC','Songti SC','SimSun',serif"
        >
          商
        </text>
      </svg>
      {withText && (
        <span style={{ display: 'inline-flex', flexDirection: 'column' }}>
          <span
            style={{
              color: textColor,
              fontWeight: 700,
              fontSize: Math.round(size * 0.5),
              letterSpacing: '0.08em',
              whiteSpace: 'nowrap',
              fontFamily: "'Noto Serif CJK SC','Source Han Serif SC','Songti SC','SimSun',serif",
            }}
          >
            有事来商量
          </span>
          {subtitle && (
            <span style={{ color: textColor, fontSize: Math.max(12, Math.round(size * 0.32)), fontWeight: 400, whiteSpace: 'nowrap' }}>
              {subtitle}
            </span>
          )}
        </span>
      )}
    </span>
  );
}
