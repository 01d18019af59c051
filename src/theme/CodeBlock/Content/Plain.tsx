// A code block's lines without Prism. It gives the same markup and colours as the theme's
// highlighter gives a language without a grammar: one line element per line, one plain token in
// each, in the theme's plain colour.
import type { CSSProperties, ReactNode } from 'react';
import clsx from 'clsx';
import { usePrismTheme } from '@docusaurus/theme-common';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/CodeBlock/Content';
import Line from '@theme/CodeBlock/Line';
import type { Props as LineProps } from '@theme/CodeBlock/Line';
import { plainLines } from '@site/src/utils/codeLanguages';
import styles from './styles.module.css';

export default function PlainContent({ className }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const { codeBlockRef } = wordWrap;
  const theme = usePrismTheme();
  const { code, language, lineNumbersStart, lineClassNames } = metadata;
  // The highlighter colours each line, not the block, with the plain colour.
  const lineStyle: CSSProperties = { ...theme.plain, backgroundColor: undefined };
  // The theme's line component asks for the attributes of each line and token. The highlighter
  // gives a class name, a style and the token's text, and nothing else for plain text.
  const getLineProps: LineProps['getLineProps'] = ({ className: lineClassName, style }) => ({
    className: clsx('token-line', lineClassName),
    style: { ...lineStyle, ...style },
  });
  const getTokenProps: LineProps['getTokenProps'] = ({
    token,
    className: tokenClassName,
    style,
  }) => ({
    className: clsx('token', ...token.types, tokenClassName),
    children: token.content,
    style: token.empty ? { display: 'inline-block', ...style } : style,
  });
  return (
    <pre
      ref={codeBlockRef}
      // The block scrolls sideways, so keyboard users must be able to reach it.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className={clsx(
        className,
        `prism-code language-${language}`,
        styles.codeBlock,
        'thin-scrollbar',
      )}
      style={theme.plain}
    >
      <code
        className={clsx(
          styles.codeBlockLines,
          lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering,
        )}
        style={
          lineNumbersStart === undefined
            ? undefined
            : { counterReset: `line-count ${lineNumbersStart - 1}` }
        }
      >
        {plainLines(code).map((line, index) => (
          <Line
            // Lines have no identity but their place.
            key={index}
            line={line}
            getLineProps={getLineProps}
            getTokenProps={getTokenProps}
            classNames={lineClassNames[index]}
            showLineNumbers={lineNumbersStart !== undefined}
          />
        ))}
      </code>
    </pre>
  );
}
