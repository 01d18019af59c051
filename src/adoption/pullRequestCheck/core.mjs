// @ts-check
// The pull-request check of the LLM contribution policy: it reads a pull request's description
// and says, kindly, what the policy still asks for. One file with no dependencies, for Node 20
// or later.
import { appendFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * What the generated script knows of the project's policy and pull-request template.
 *
 * @typedef {object} CheckSettings
 * @property {string} projectName The project's name, as text.
 * @property {'advise' | 'require'} mode "advise" never fails the job; "require" fails it when a
 *   required part is missing.
 * @property {readonly string[]} skipAuthors GitHub logins whose pull requests are not checked.
 * @property {'required' | 'encouraged'} disclosure Whether the policy requires disclosure.
 * @property {{ readonly description: string, readonly authorship: string, readonly llmUse: string }} headings
 *   The template's section headings.
 * @property {string} authorshipStatement The authorship checkbox's text, without its link.
 * @property {readonly string[]} hints The template's help sentences.
 * @property {{ readonly authorship: string, readonly disclosure: string, readonly description: string }} links
 *   The policy sections each finding rests on.
 */

/**
 * One thing the description still needs. `required` findings fail the job in "require" mode.
 *
 * @typedef {object} Finding
 * @property {'error' | 'warning' | 'notice'} level
 * @property {'authorship' | 'disclosure' | 'description' | 'hint' | 'welcome' | 'long'} code
 * @property {boolean} required
 * @property {string} message One sentence, in plain words.
 * @property {string | null} link
 */

/**
 * @typedef {object} CheckResult
 * @property {boolean} skipped True when the author is on the skip list.
 * @property {boolean} passed False only in "require" mode, when a required part is missing.
 * @property {Finding[]} findings
 */

/** GitHub's `author_association` values for a person's first pull request to a repository. */
const firstTimeAssociations = ['FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER'];

/**
 * How much of a description the check reads: four times the 65,536 characters that GitHub
 * accepts, so every real description is read whole and a huge one cannot slow the job down.
 */
export const maxReadLength = 262_144;

/** A disclosure this short cannot name a tool, the way it was used and the parts it touched. */
const minimumDisclosureWords = 5;

/**
 * Names of LLMs and LLM tools. A paragraph that names one of these, and is not a denial, says
 * that an LLM helped.
 */
const llmWords =
  /\b(?:LLMs?|AI|GenAI|GPT(?:-\d+\w*)?|ChatGPT|Copilot|Claude|Gemini|Cursor|Codex|Llama|Mistral|DeepSeek|Qwen|language models?|chatbots?|coding assistants?)\b/i;

/**
 * Words that say a tool did part of the work. Outside the LLM section, a paragraph must name an
 * LLM and use one of these, so that "Fix the AI model loader" is not read as a disclosure.
 */
const useWords =
  /\b(?:use[ds]?|using|help(?:ed|s)?|generat(?:ed|es?|ing)|wr(?:ote|itten)|draft(?:ed|s)?|suggest(?:ed|s|ions?)?|assist(?:ed|s|ance)?|produced|created)\b/i;

/** "I did not use an LLM", "No AI was used", "without Copilot", within one clause. */
const denial =
  /\b(?:no|not|never|without|didn['’]t|did not|haven['’]t|have not|none)\b[^.!?;,\n]{0,40}\b(?:LLMs?|AI|ChatGPT|Copilot|Claude|Gemini|Cursor|language models?|tools?)\b/i;

/** A short answer that says no LLM was used: "None", "No", "N/A". */
const shortNo = /^(?:none|no|nope|n\/?a|not used|nothing|not applicable)[.!]?$/i;

/** Longer lines are never the template's headings; skipping them keeps the check fast. */
const maxHeadingLength = 300;

/** "I am the author", "I'm the sole author", "I wrote this", "I authored all of it". */
const authorshipWords =
  /\b(?:I\s+am|I['’]m)\s+the\s+(?:sole\s+|only\s+|original\s+)?author\b|\bI\s+(?:wrote|authored)\s+(?:this|the|all|every|it|each)\b/i;

/** "- [x] text" and "* [ ] text" */
const checkboxLine = /^\s{0,3}[-*+]\s+\[([ xX])\]\s*(.*)$/;

/** "## Heading" */
const headingLine = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

/**
 * Removes HTML comments, as GitHub hides them. A comment that is never closed hides the rest of
 * the text. Runs in one pass, so a very long body cannot slow it down.
 *
 * @param {string} text
 * @returns {string}
 */
export function withoutComments(text) {
  let result = '';
  let position = 0;
  for (;;) {
    const start = text.indexOf('<!--', position);
    if (start === -1) {
      return result + text.slice(position);
    }
    result += text.slice(position, start);
    const end = text.indexOf('-->', start + 4);
    if (end === -1) {
      return result;
    }
    position = end + 3;
  }
}

/**
 * Letters and digits in lower case, single-spaced: how two texts are compared, whatever their
 * punctuation, spacing or Markdown.
 *
 * @param {string} text
 * @returns {string}
 */
export function normalized(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether a text has at least `count` words. Stops counting there, so a long text costs little.
 *
 * @param {string} text
 * @param {number} count
 * @returns {boolean}
 */
function hasWords(text, count) {
  const word = /[\p{L}\p{N}]+/gu;
  let found = 0;
  while (found < count && word.exec(text) !== null) {
    found += 1;
  }
  return found >= count;
}

/**
 * A description split into the part before any heading and one part per heading.
 *
 * @param {string} text
 * @returns {{ heading: string | null, lines: string[] }[]}
 */
function sections(text) {
  /** @type {{ heading: string | null, lines: string[] }[]} */
  const parts = [{ heading: null, lines: [] }];
  let inFence = false;
  for (const line of text.split('\n')) {
    // Most lines start with neither a fence nor a heading: one look at the first letter tells.
    const first = line.trimStart().charAt(0);
    if ((first === '`' || first === '~') && /^\s{0,3}(?:```|~~~)/.test(line)) {
      inFence = !inFence;
    }
    const heading =
      first !== '#' || inFence || line.length > maxHeadingLength ? null : headingLine.exec(line);
    if (heading) {
      parts.push({ heading: normalized(heading[1] ?? ''), lines: [] });
    } else {
      const last = parts[parts.length - 1];
      last?.lines.push(line);
    }
  }
  return parts;
}

/**
 * The paragraphs of some lines: runs of lines that are not blank.
 *
 * @param {readonly string[]} lines
 * @returns {string[]}
 */
function paragraphs(lines) {
  return lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * Checks a pull request's description against the policy. Pure: it reads only its arguments.
 *
 * @param {unknown} body The description as GitHub sends it; null when it is empty.
 * @param {CheckSettings} settings
 * @param {{ login?: unknown, association?: unknown }} author
 * @returns {CheckResult}
 */
export function checkPullRequest(body, settings, author) {
  const login = typeof author.login === 'string' ? author.login.toLowerCase() : '';
  if (login !== '' && settings.skipAuthors.some((name) => name.toLowerCase() === login)) {
    return { skipped: true, passed: true, findings: [] };
  }
  const firstTime =
    typeof author.association === 'string' && firstTimeAssociations.includes(author.association);
  const whole = typeof body === 'string' ? body : '';
  const text = withoutComments(whole.slice(0, maxReadLength)).replace(/\r\n?/g, '\n');
  const parts = sections(text);
  const heading = {
    description: normalized(settings.headings.description),
    authorship: normalized(settings.headings.authorship),
    llmUse: normalized(settings.headings.llmUse),
  };
  const hints = new Set(settings.hints.map(normalized).filter((hint) => hint !== ''));
  const hintLengths = [...hints].map((hint) => hint.length);
  const [shortestHint, longestHint] = [Math.min(...hintLengths), Math.max(0, ...hintLengths)];
  /** A text that is one of the template's help sentences; a much shorter or longer one cannot be. */
  const isHint = (/** @type {string} */ text) =>
    text.length >= shortestHint / 2 &&
    text.length <= 2 * longestHint + 20 &&
    hints.has(normalized(text));
  const statement = normalized(settings.authorshipStatement);
  const statementStart = statement.split(' ').slice(0, 6).join(' ');

  /** @type {Finding[]} */
  const findings = [];
  /** @param {Omit<Finding, 'level'>} finding */
  const add = (finding) => {
    const level = finding.required
      ? settings.mode === 'require'
        ? 'error'
        : 'warning'
      : firstTime
        ? 'notice'
        : 'warning';
    findings.push({ level, ...finding });
  };

  if (whole.length > maxReadLength) {
    findings.push({
      level: 'notice',
      code: 'long',
      required: false,
      message: `The description is longer than GitHub allows, so the check read only its first ${maxReadLength} characters.`,
      link: null,
    });
  }
  if (firstTime) {
    findings.push({
      level: 'notice',
      code: 'welcome',
      required: false,
      message: `Welcome to ${settings.projectName}, and thank you for your first pull request!`,
      link: null,
    });
  }

  // Authorship: a ticked box, or the contributor's own words.
  let authorshipAffirmed = false;
  let hintLeft = false;
  /** @type {string[]} */
  const freeLines = [];
  /** @type {string[]} */
  const llmSectionLines = [];
  for (const part of parts) {
    const inLlmSection = part.heading !== null && part.heading === heading.llmUse;
    for (const line of part.lines) {
      const target = inLlmSection ? llmSectionLines : freeLines;
      if (line.trim() === '') {
        target.push(line);
        continue;
      }
      const first = line.trimStart().charAt(0);
      const box = first === '-' || first === '*' || first === '+' ? checkboxLine.exec(line) : null;
      const boxText = box ? normalized((box[2] ?? '').slice(0, 200)) : '';
      if (box && statementStart !== '' && boxText.startsWith(statementStart)) {
        authorshipAffirmed ||= box[1] !== ' ';
        continue;
      }
      if (isHint(line)) {
        hintLeft = true;
        continue;
      }
      target.push(line);
    }
  }
  const freeParagraphs = paragraphs(freeLines).filter((paragraph) => !isHint(paragraph));
  if (!authorshipAffirmed && freeParagraphs.some((paragraph) => authorshipWords.test(paragraph))) {
    authorshipAffirmed = true;
  }
  if (!authorshipAffirmed) {
    add({
      code: 'authorship',
      required: true,
      message: `Please confirm that you are the author of this pull request: tick the box under "${settings.headings.authorship}", or say it in your own words.`,
      link: settings.links.authorship,
    });
  }

  // Disclosure: what the LLM section says, or a paragraph elsewhere that names an LLM.
  const llmParagraphs = paragraphs(llmSectionLines).filter((paragraph) => !isHint(paragraph));
  const disclosures = [
    ...llmParagraphs,
    ...freeParagraphs.filter((paragraph) => llmWords.test(paragraph) && useWords.test(paragraph)),
  ].filter(
    (paragraph) =>
      !shortNo.test(paragraph) && !(denial.test(paragraph) && !hasWords(paragraph, 15)),
  );
  const saysLlmHelped = disclosures.length > 0;
  if (saysLlmHelped && !hasWords(disclosures.join(' '), minimumDisclosureWords)) {
    add({
      code: 'disclosure',
      required: settings.disclosure === 'required',
      message:
        settings.disclosure === 'required'
          ? 'Since an LLM helped with this change, please say which tool you used, how you used it, and which parts of the change it produced.'
          : 'Since an LLM helped with this change, it would help reviewers to know which tool you used, how you used it, and which parts it produced.',
      link: settings.links.disclosure,
    });
  }

  // The template's own parts: a described change, and no help text left in view.
  const descriptionPart = parts.find((part) => part.heading === heading.description);
  const hasFreeText = freeParagraphs.some((paragraph) => hasWords(paragraph, 1));
  if (
    descriptionPart !== undefined ? paragraphs(descriptionPart.lines).every(isHint) : !hasFreeText
  ) {
    add({
      code: 'description',
      required: false,
      message: `Please describe the change and the reason for it, under "${settings.headings.description}".`,
      link: settings.links.description,
    });
  }
  if (hintLeft) {
    add({
      code: 'hint',
      required: false,
      message:
        'Some of the template’s help text is still in the description, and you can delete it once you have read it.',
      link: settings.links.description,
    });
  }

  const passed = settings.mode === 'advise' || !findings.some((finding) => finding.required);
  return { skipped: false, passed, findings };
}

/**
 * A workflow command's message, escaped as GitHub asks, so that no text can start a command.
 *
 * @param {string} text
 * @returns {string}
 */
export function commandData(text) {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Text for a Markdown summary: every character that Markdown or HTML could read as markup is
 * escaped, so the text shows as written.
 *
 * @param {string} text
 * @returns {string}
 */
export function markdownText(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&');
}

/**
 * The job summary: one line per finding, each with its link.
 *
 * @param {CheckResult} result
 * @param {CheckSettings} settings
 * @returns {string}
 */
export function summaryMarkdown(result, settings) {
  const title = `## ${markdownText(`${settings.projectName}: LLM contribution policy`)}`;
  if (result.skipped) {
    return `${title}\n\nThis pull request comes from an account on the check's skip list, so it was not checked.\n`;
  }
  const required = result.findings.some((finding) => finding.required);
  const outcome = result.findings.every(
    (finding) => finding.code === 'welcome' || finding.code === 'long',
  )
    ? 'The description has everything the policy asks for. Thank you!'
    : !required
      ? 'A few things would help reviewers. None of them blocks the pull request.'
      : result.passed
        ? 'Some parts that the policy asks for are missing. Please edit the description. This check only advises, so it does not block the pull request.'
        : 'Some parts that the policy requires are missing. Please edit the description; the check runs again when you save it.';
  const lines = result.findings.map((finding) => {
    const link = finding.link === null ? '' : ` ([the policy](<${finding.link}>))`;
    return `- ${markdownText(finding.message)}${link}`;
  });
  return [title, '', outcome, ...(lines.length > 0 ? ['', ...lines] : []), ''].join('\n');
}

/**
 * Runs the check for a GitHub Actions job: reads the event, prints annotations, writes the job
 * summary, and returns the exit code.
 *
 * @param {CheckSettings} settings
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {(line: string) => void} print
 * @returns {number}
 */
export function run(settings, env, print) {
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath === undefined || eventPath === '') {
    print('::warning::GITHUB_EVENT_PATH is not set, so there is no pull request to check.');
    return 0;
  }
  /** @type {unknown} */
  let event;
  try {
    event = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (error) {
    print(`::warning::${commandData(`The event file could not be read: ${String(error)}`)}`);
    return 0;
  }
  const pullRequest =
    typeof event === 'object' && event !== null && 'pull_request' in event
      ? /** @type {{ body?: unknown, user?: { login?: unknown }, author_association?: unknown }} */ (
          event.pull_request
        )
      : null;
  if (pullRequest === null || typeof pullRequest !== 'object') {
    print('::notice::This event is not about a pull request, so there is nothing to check.');
    return 0;
  }
  const result = checkPullRequest(pullRequest.body, settings, {
    login: pullRequest.user?.login,
    association: pullRequest.author_association,
  });
  if (result.skipped) {
    print('::notice::This pull request comes from an account on the skip list. Not checked.');
  }
  for (const finding of result.findings) {
    const link = finding.link === null ? '' : ` See ${finding.link}`;
    print(`::${finding.level}::${commandData(finding.message + link)}`);
  }
  const summaryPath = env.GITHUB_STEP_SUMMARY;
  if (summaryPath !== undefined && summaryPath !== '') {
    appendFileSync(summaryPath, summaryMarkdown(result, settings));
  }
  return result.passed ? 0 : 1;
}

/**
 * True when this file is the script that Node was asked to run, not a module that a test imports.
 *
 * @param {string} moduleUrl
 * @returns {boolean}
 */
export function isMainScript(moduleUrl) {
  const script = process.argv[1];
  return script !== undefined && moduleUrl === pathToFileURL(script).href;
}
