// The theme's own code block content, with Prism and the extra languages that the theme's
// config asks for. It is loaded only for blocks whose language Prism colours.
import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import type { ComponentType } from 'react';
import OriginalContent from '@theme-original/CodeBlock/Content';
import type { Props } from '@theme/CodeBlock/Content';

prismIncludeLanguages(Prism);

// The theme's type for the original leaves out the `className` that it takes.
const CodeBlockContent = OriginalContent as ComponentType<Props>;

export default CodeBlockContent;
