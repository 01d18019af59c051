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
 * @property {readonly ('grammar' | 'translation' | 'accessibility' | 'wordAutocomplete')[]} exemptUses
 *   The uses that the check recognises and that the policy asks no disclosure of, or only a
 *   welcome note: machine translation of one's own words when the project exempts it, or a
 *   note that autocomplete finished some words.
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
 * How the check reads what a description says about LLM use.
 *
 * It cuts each paragraph into clauses (sentences, list items, trailer lines, and the parts of a
 * sentence around words such as "but", "except" or "so") and reads each clause as one of these:
 *
 * - a denial: the contributor says that no LLM helped ("None", "Not used", "I wrote it myself");
 * - an exempt use: a use that the policy may exempt, such as machine translation of one's own
 *   words, dictation or a spelling checker;
 * - a use: an LLM helped with the change;
 * - anything else, such as a change to an LLM feature of the project ("Add a Claude API client").
 *
 * Under the template's "LLM use" heading, every clause answers the question, so a clause that
 * names a tool or a way of using one is a use. Elsewhere, a clause is a use only when it says
 * that a tool helped the contributor ("I used Copilot to ...", "generated with Claude Code",
 * "ChatGPT drafted ..."), or when it is a trailer line that names a tool ("Assisted-by: ...",
 * "Co-authored-by: Claude <...>"). A disclosure is complete when its clauses, taken together,
 * name the tool, say how it was used, and say which parts of the change it touched.
 */

/** Names of LLM tools and models, and of the translation, dictation and writing tools. */
const toolNames = String.raw`(?:GitHub\s+)?Copilot(?:\s+Chat)?|Chat\s?GPT|GPT-?\d+(?:\.\d+)*[a-z]*(?:[- ](?:mini|turbo|pro))?|OpenAI(?:\s+Codex)?|Codex(?:\s+CLI)?|Claude(?:\s+(?:Code|Sonnet|Opus|Haiku|\d+(?:\.\d+)*))*|Anthropic|Gemini(?:\s+(?:Code\s+Assist|CLI|Pro|Flash|\d+(?:\.\d+)*))*|Bard|Llama(?:\s?\d+(?:\.\d+)*)?|Mistral|Mixtral|Codestral|DeepSeek(?:[- ](?:Coder|R1|V3))?|Qwen[\w.-]*|Gemma|Grok|Perplexity|Cursor|Windsurf|Codeium|Tabnine|Cody|Aider|Devin|OpenHands|SWE-agent|Jules|Amazon\s+Q|CodeWhisperer|JetBrains\s+AI(?:\s+Assistant)?|Junie|Ollama|Supermaven|Cline|Roo\s+Code|Kiro|Phind|DeepL|Google\s+Translate|Grammarly|LanguageTool|Dragon(?:\s+NaturallySpeaking)?|Whisper|Talon|NVDA|JAWS|VoiceOver`;

/** Words for an LLM that name no particular tool. */
const llmWords = String.raw`(?:AI|LLM|coding|code)\s+(?:assistants?|agents?|tools?|models?)|(?:large\s+)?language\s+models?|chat\s?bots?|LLMs?|GenAI|AI`;

const toolMention = new RegExp(String.raw`\b(?:${llmWords}|${toolNames})(?![\w])`, 'gi');
const onlyLlmWords = new RegExp(String.raw`^(?:${llmWords})$`, 'i');

/** Names that are also ordinary words ("move the cursor") count only when written with a capital. */
const capitalisedOnly =
  /^(?:ai|cursor|whisper|dragon|talon|jaws|devin|cody|bard|llama|grok|junie|kiro|jules)$/;

/**
 * A word after a tool's name that makes it a part of the project, not a tool the contributor
 * used: "the Claude API", "OpenAI's client", "the AI model loader", "cursor pagination".
 */
const featureAfterName =
  /^(?:['’]s)?[\s-]+(?:APIs?|clients?|SDKs?|librar(?:y|ies)|integrations?|providers?|adapters?|backends?|endpoints?|plugins?|support|keys?|tokens?|loaders?|features?|pagination|positions?|columns?|responses?|requests?|calls?|wrappers?|services?|servers?|prompts?|templates?|settings|config(?:uration)?|quotas?|pricing|billing|dependency|packages?|modules?|class(?:es)?|schemas?|modes?|options?|bots?|widgets?|panels?|buttons?|helpers?|pipelines?|summar(?:y|ies)|instructions|export|import|history|conversations?|format|logs?|workflows?|files?|usage\s+limits?|style|like|compatible|powered|based|enabled|driven|specific)\b/i;

/**
 * The start of a sentence that describes what the change does, such as "Add ..." or
 * "Fixes ...". Outside the LLM section, a tool named in such a sentence is the subject of the
 * change, unless the contributor says "I used" it.
 */
const changeSentence =
  /^\W{0,3}(?:add|adds|fix|fixes|support|supports|handle|handles|bump|bumps|update|updates|upgrade|upgrades|remove|removes|rename|renames|refactor|refactors|switch|switches|mock|mocks|expose|exposes|document|documents|allow|allows|make|makes|move|moves|use|uses|implement|implements|introduce|introduces|improve|improves|replace|replaces|drop|drops|deprecate|deprecates|enable|enables|disable|disables|set|sets|show|shows|log|logs|cache|caches|retry|retries|parse|parses|wrap|wraps|route|routes|limit|limits|stream|streams|return|returns|pass|passes|load|loads|configure|configures|call|calls|send|sends|store|stores|skip|skips|render|renders|label|labels|mark|marks|flag|flags|detect|detects|check|checks|generate|generates|test|when|if)\b/i;

/** Words that describe how the project behaves, not how the change was made: "now", "by default". */
const productTalk = /\b(?:now|will|no\s+longer|any\s?more|by\s+default|users?|customers?)\b/i;

/** "No", "not", "none", "never", "without", "didn't". */
const negation =
  /\b(?:no|not|none|never|nothing|nope|nah|without|zero|nil|neither|nor|n\/a)\b|n['’]t\b/i;

/** "Copilot was not used", "AI wasn't involved", "I used no LLM", "ChatGPT did not write any of it". */
const negationAfterTool =
  /\b(?:(?:was|were|is|are|been)\s+(?:not|never)|(?:wasn|weren|isn|aren)['’]t)\s+(?:used|involved|consulted|needed|helpful)\b|\b(?:did|does|do)\s*(?:not|n['’]t)\s+(?:help|write|touch|contribute|generate|produce)\b|\bused\s+(?:no|none|nothing|zero)\b/i;

/** A whole answer that says no: "-", "N/A", "None.", "Nope", "0". */
const shortNo = /^[\s\W]*(?:n\.?\s?a\.?|n\/a|none|no|nope|nah|nil|nothing|zero|0|x)?[\s\W]*$/i;

/** "LLM: none", "Tools: no", "Copilot — not used". */
const labelledNo =
  /^[^:–—]{0,40}[:–—]\s*(?:no|none|nothing|nope|n\/?a|not\s+used|never|nil|zero)\b/i;

/** "I wrote it myself", "Hand-written", "All my own work". */
const ownWork =
  /\b(?:myself|by\s+hand|hand[- ]?(?:written|made|coded|typed|crafted)|manual(?:ly)?|my\s+own|own\s+(?:work|words|code)|human[- ](?:written|made|only)|100\s?%\s+(?:human|me|mine)|all\s+(?:me|mine)|(?:only|just)\s+me|mine|by\s+me)\b/i;

/** People who helped: under the LLM heading, "A friend reviewed it" is not a use of an LLM. */
const people =
  /\b(?:friends?|colleagues?|co-?workers?|maintainers?|reviewers?|mentors?|teammates?|team|people|humans?|@[\w-]+)\b/i;

/** Words under the LLM heading that say a tool was used, even when no tool is named. */
const useWord =
  /^\W*(?:yes|yep|yeah|only|just|mostly|partly|some|a\s+little|a\s+bit|a\s+lot|lots|heavily)\b|\b(?:used|using|helped|assisted|generated|drafted|suggested|suggestions?|completions?|autocomplet\w*|prompted|prompts?|asked|vibe[- ]coded|agents?)\b/i;

/** The uses that the policy may exempt, each with the words that name it. */
const exemptUseWords = {
  translation: /\b(?:translat\w*|DeepL|Google\s+Translate)\b/i,
  accessibility:
    /\b(?:dictat\w*|speech[- ]to[- ]text|text[- ]to[- ]speech|voice\s+(?:typing|input|control|recognition)|screen[- ]?readers?|word\s+prediction|Dragon|Talon|NVDA|JAWS|VoiceOver|braille|eye[- ]track\w*|switch\s+(?:access|control)|assistive\s+(?:technology|tools?|software))\b/i,
  grammar:
    /\b(?:grammar|spelling|spell[- ]?check\w*|typos?|Grammarly|LanguageTool|proofread\w*)\b/i,
};

/**
 * Autocomplete that finished words or names the contributor started to type ("Copilot finished
 * some variable names"), which the policy may treat as a light use, unless it wrote code.
 */
const wordCompletion =
  /\b(?:(?:finish\w*|complet\w*|autocomplet\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:words?|names?|identifiers?)|(?:word|name|identifier)[- ](?:completion|autocomplet\w*))\b/i;
const codeCompletion =
  /\b(?:lines?|blocks?|bodies|body|code|snippets?|tests?|implementations?|logic|loops?)\b/i;

/** Outside the LLM section, an exempt use needs a tool: "with DeepL", "a translation app". */
const toolWord =
  /\b(?:machine|automatic(?:ally)?|auto-?\w+|software|app|tool|service|checker|translator|engine|program|dictat\w*)\b/i;

/**
 * Outside the LLM section, an exempt use must be about the contributor's own text: "I", "my",
 * "this text was", or "translated with".
 */
const personalFrame =
  /\b(?:I|I['’]m|I['’]ve|me|my|we|our)\b|\b(?:this|the)\s+(?:text|description|message|comments?|PR|pull\s+request)\s+(?:was|is|has\s+been)\b|\b(?:translated|dictated|written|typed|composed|checked|corrected|proofread|spell-?checked)\s+(?:[\w'’-]+\s+){0,3}?(?:with|by|using|via|through|in)\b/i;

/** Outside the LLM section, an accessibility tool must be one the contributor writes with. */
const accessibilityFrame =
  /\bdictat\w*|\b(?:I|we)\s+(?:\w+\s+)?(?:use|rely\s+on)\b|\b(?:written|typed|wrote|entered|composed|produced|drafted)\s+(?:[\w'’-]+\s+){0,3}?(?:with|using|via|through|by)\b/i;

/** Words that say an LLM made part of the work, which no exemption covers. */
const productionWord =
  /\b(?:generat\w*|draft\w*|rewr(?:ote|ite|itten|iting)|refactor\w*|implement\w*|autocomplet\w*|complet(?:ed|ions?)|suggest\w*|debugg\w*)\b/i;

/** Before a tool's name: "I used", "I asked", "generated with", "with help from", "thanks to". */
const useBeforeTool = [
  /\b(?:I|we)(?:\s+[\w'’-]+){0,3}?\s+(?:used|asked|prompted|let|had(?!\s+to\b)|got|relied\s+on|consulted|leaned\s+on|worked\s+with|paired\s+with|queried|chatted\s+with)\s+(?:[\w'’-]+\s+){0,3}$/i,
  /^\W*(?:used|asked|prompted)\s+(?:[\w'’-]+\s+){0,3}$/i,
  /\b(?:generated|written|wrote|drafted|produced|created|suggested|assisted|co-?written|co-?authored|authored|refactored|completed|autocompleted|reviewed|proofread|explained|helped|aided|coded|implemented|prototyped|vibe[- ]coded|scaffolded|converted|ported|rewritten|edited|improved|polished|summari[sz]ed|outlined|translated|dictated|made|built|done|developed|debugged)(?:\s+[\w'’-]+){0,4}?\s+(?:by|with|using|via|through|from|in)\s+(?:(?:the|an?|some|my)\s+)?(?:help\s+(?:of|from)\s+(?:(?:the|an?)\s+)?)?$/i,
  /\b(?:help|assistance|input|suggestions)\s+(?:from|of|by)\s+(?:(?:the|an?)\s+)?$|\bthanks\s+to\s+(?:(?:the|an?)\s+)?$/i,
];

/** After a tool's name: "ChatGPT drafted", "Copilot helped", "Claude's suggestions". */
const useAfterTool =
  /^(?:['’]s\s+(?:help|assistance|suggestions?|autocomplete|completions?)|\s+(?:(?:then|also|only|first|partly|mostly|later|just)\s+)?(?:wrote|generated|drafted|suggested|helped|produced|created|proposed|completed|autocompleted|explained|refactored|fixed|did|made|reviewed|rewrote|translated|converted|ported|found|caught|spotted|summari[sz]ed|outlined|assisted|contributed|implemented|added|co-?wrote|tidied|cleaned|polished|improved|pointed|came\s+up\s+with|(?:was|were|has\s+been|have\s+been)\s+used))\b/i;

/** "AI-assisted", "LLM-generated", in a sentence about the contributor's own change. */
const compoundUse = /^-(?:assisted|generated|written|aided|authored|drafted|made|produced)\b/i;
const ownChange = /\b(?:I|my|we|our)\b|\bthis\s+(?:PR|pull\s+request|change|patch|commit|code)\b/i;

/** "LLM use: ...", "AI disclosure: ...": a labelled answer to the template's question. */
const llmLabel =
  /^\W*(?:LLMs?|AI|GenAI)(?:\s+(?:use|usage|used|assistance|help|tools?|disclosure|involvement))?\s*:\s*/i;

/** A heading that means the same as the template's LLM heading: "AI use", "LLM disclosure". */
const llmHeading =
  /\b(?:llms?|ai|genai|language models?)\b.*\b(?:use|usage|used|disclosure|assistance|tools?)\b/;

/** Trailer lines that disclose a tool; a co-author counts only when the name is a tool's. */
const trailerLine =
  /^\s{0,3}(?:[-*+]\s+)?(assisted-by|generated-by|ai-assisted-by|made-with|co-authored-by|co-developed-by)\s*:\s*(.{0,300}?)\s*$/i;
const wholeToolName = new RegExp(String.raw`^(?:${toolNames})(?:\s*\([^)]{0,80}\))?$`, 'i');
const toolEmail = /@(?:[\w.-]+\.)?(?:anthropic\.com|openai\.com|cursor\.(?:com|sh))$|copilot/i;
/** The template's own example, "Assisted-by: TOOL:MODEL", names no tool. */
const placeholderTool = /^(?:TOOL|MODEL|TOOL:MODEL|none|no|n\/a|-)?$/i;

/** How a tool was used: "to draft", "for suggestions", "wrote", "explained". */
const howWords =
  /\bto\s+(?:help\s+(?:me\s+)?)?(?:write|generate|draft|rewrite|refactor|implement|code|complete|suggest|explain|debug|review|translate|summari[sz]e|outline|brainstorm|find|fix|convert|port|design|plan|check|understand|learn|format|name|create|produce|scaffold|improve|polish|proofread|answer|search|research|test|document|clean|tidy|simplify|optimi[sz]e|word|phrase|rephrase|edit|correct|dictate|type|read|add|autocomplete|ask|investigate|explore|compare|look\s+up)\b|\bfor\s+(?:[\w'’-]+\s+){0,2}?(?:autocomplet\w*|completions?|suggestions?|brainstorm\w*|explanations?|reviews?|debugging|translation|drafting|ideas?|naming|refactoring|research|rubber[- ]ducking|inspiration|proofreading)\b|\b(?:used|using|use)\s+(?:[\w.'’-]+\s+){1,4}?for\b|\bfor\s+(?:the\s+|some\s+|all\s+|most\s+|my\s+)?(?:boilerplate|tests?|test\s+cases|fixtures|docs|documentation|docstrings?|comments?|regex(?:es)?|commit\s+messages?|description|README|types?|examples?|migrations?|scripts?|naming|wording)\b|\b(?:wr(?:ote|ite|iting|itten)|generat(?:ed|e|ing|ion)|draft(?:ed|ing|s)?|suggest(?:ed|ions?)|complet(?:ed|ions?|ing)|autocomplet\w*|explain(?:ed|ing)?|explanations?|refactor(?:ed|ing)?|rewr(?:ote|itten|iting)|review(?:ed|ing)|translat(?:ed|ion|ing)|dictat(?:ed|ion|ing)|convert(?:ed|ing)|port(?:ed|ing)|propos(?:ed|al)|outlin(?:ed|ing)|summari[sz](?:ed|ing)|brainstorm(?:ed|ing)?|debugg(?:ed|ing)|scaffold(?:ed|ing)|implement(?:ed|ing)|creat(?:ed|ing)|produc(?:ed|ing)|fix(?:ed|ing)|found|caught|spotted|answer(?:ed|ing)|correct(?:ed|ions?)|proofread|polish(?:ed|ing)|improv(?:ed|ing)|rephras(?:ed|ing)|reword(?:ed|ing)|help(?:ed|s)?\s+(?:me\s+)?(?:with|to|write|draft|find|fix|understand|debug|name|word)|vibe[- ]cod(?:ed|ing)|pair[- ]programm(?:ed|ing)|past(?:ed|ing)|copied|(?:comes?|came|taken)\s+from|open(?:ed|s)\s+(?:this|the)\s+(?:PR|pull\s+request|issue))\b/i;

/** Which parts of the change: files, code in backticks, and words such as "tests" or "all of it". */
const partWords =
  /`[^`\n]{1,200}`|(?<![\w.-])[\w-]{1,80}\.(?:[cm]?[jt]sx?|py|md|mdx|rs|go|java|kt|rb|php|cs|c|h|cc|cpp|hpp|swift|json|ya?ml|toml|ini|cfg|css|scss|html|sh|sql|txt|lock|xml|csv)\b|\b(?:src|lib|tests?|docs|app|pkg|cmd|packages|scripts|examples)\/|\b(?:(?:unit\s+|integration\s+)?tests?|test\s+cases?|fixtures?|mocks?|docs|documentation|docstrings?|comments?|README|changelog|release\s+notes|description|summary|commit\s+messages?|error\s+messages?|functions?|methods?|class(?:es)?|modules?|files?|regex(?:es|ps)?|regular\s+expressions?|quer(?:y|ies)|migrations?|scripts?|config(?:uration)?|types?|type\s+definitions|interfaces?|boilerplate|examples?|schemas?|styles?|stylesheets?|CSS|SQL|HTML|templates?|translations?|strings?|lines?|sections?|paragraphs?|sentences?|wording|errors?|bugs?|stack\s+traces?|tracebacks?|warnings?|algorithm|loops?|helpers?|components?|endpoints?|handlers?|parsers?|hooks?|snippets?|blocks?|diff|patch|workflow|pipeline|everything|everywhere|the\s+rest|whole|entire|(?:this|the|my)\s+text|this\s+(?:PR|pull\s+request|change|patch)|the\s+(?:feature|fix|implementation|code|changes?)|no\s+(?:code|text|lines?|tests?))\b|\b(?:all|most|half|some|none|parts?|each|every|rest)\s+(?:of\s+)?(?:it|the|this|my|its|these|those)\b/i;

/** An unknown tool, named with a capital after "used" or "with": "used Marlin". */
const otherToolName =
  /\b(?:[Uu]sed|[Uu]sing|[Vv]ia|[Ww]ith)\s+(?:the\s+|an?\s+)?(?!(?:I|It|The|This|That|These|Those|My|Our|Me|A|An|LLMs?|AI)\b)[A-Z][\w.+-]*/;

/** A clause longer than this is not a sentence that a person wrote; its start is enough. */
const maxClauseLength = 2000;

/**
 * The tools that a text names, with where each is, leaving out those that are part of the
 * project ("the Claude API") and ordinary words ("the cursor").
 *
 * @param {string} text
 * @returns {{ index: number, end: number, named: boolean }[]}
 */
function toolsIn(text) {
  const found = [];
  for (const match of text.matchAll(toolMention)) {
    const first = match[0].split(/[\s-]/)[0] ?? '';
    const index = match.index ?? 0;
    const end = index + match[0].length;
    if (capitalisedOnly.test(first.toLowerCase()) && first === first.toLowerCase()) {
      continue;
    }
    if (featureAfterName.test(text.slice(end, end + 40))) {
      continue;
    }
    found.push({ index, end, named: !onlyLlmWords.test(match[0]) });
  }
  return found;
}

/**
 * A paragraph, ready to read: links and addresses removed, so that a link adds nothing to a
 * disclosure, and emphasis marks removed.
 *
 * @param {string} text
 * @returns {string}
 */
function plainText(text) {
  return text
    .replace(/\]\([^()\s]{0,2000}\)/g, ']')
    .replace(/<?(?:https?:\/\/|www\.)[^\s>]{0,2000}>?/g, ' ')
    .replace(/\*\*|__|~~/g, '');
}

/** "- ", "* ", "1. ", and a checkbox after them: "- [x] ". */
const listMarker = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(?:\[([ xX])\]\s*)?/;

/**
 * The clauses of a paragraph: its sentences, cut again where a word such as "but", "except",
 * "so" or ", and" joins two statements. A list item and a trailer line each start a new clause;
 * other lines continue the sentence above them. An unticked checkbox is not an answer, so its item
 * is left out.
 *
 * @param {string} paragraph
 * @returns {string[]}
 */
function clausesOf(paragraph) {
  /** @type {string[][]} */
  const units = [];
  for (const line of paragraph.split('\n')) {
    const last = units[units.length - 1];
    if (last === undefined || trailerLine.test(line) || listMarker.test(line)) {
      units.push([line]);
    } else {
      last.push(line);
    }
  }
  return units.flatMap((unit) => {
    const text = unit.join(' ');
    if (trailerLine.test(text)) {
      return [text];
    }
    const item = listMarker.exec(text);
    if (item?.[1] === ' ') {
      return [];
    }
    return (
      text
        .slice(item?.[0].length ?? 0)
        .replace(/[[\]]/g, '')
        // "ChatGPT? No." answers its own question, as "ChatGPT: no" does.
        .replace(/\?\s+(?=(?:no|nope|none|never|not)\b)/gi, ': ')
        .split(
          /[.!?;](?:\s+|$)|,?\s+(?:but|except(?:\s+for)?|apart\s+from|other\s+than|however|although|though|so(?!\s+that))\b\s*|,\s*(?:and|because|since|as|while|whereas)\b\s*/i,
        )
        .map((clause) => clause.trim().slice(0, maxClauseLength))
        .filter((clause) => clause !== '')
    );
  });
}

/**
 * @typedef {object} Reading
 * @property {'denial' | 'exempt' | 'use' | 'other'} kind
 * @property {keyof typeof exemptUseWords | 'wordAutocomplete'} [exemptUse] The exempt use a clause
 *   names.
 * @property {boolean} [tool] True when the clause itself is a trailer that names the tool.
 */

/**
 * Whether a clause says that no LLM helped.
 *
 * @param {string} clause
 * @param {{ index: number }[]} tools
 * @returns {boolean}
 */
function isDenial(clause, tools) {
  if (shortNo.test(clause) || labelledNo.test(clause) || negationAfterTool.test(clause)) {
    return true;
  }
  const no = negation.exec(clause);
  if (no === null) {
    return false;
  }
  const use = useWord.exec(clause);
  const firstUse = Math.min(tools[0]?.index ?? Infinity, use?.index ?? Infinity);
  return no.index < firstUse;
}

/**
 * The exempt use a clause names, if it names one and no LLM made part of the work in it.
 *
 * @param {string} clause
 * @param {boolean} inLlmSection
 * @param {{ index: number }[]} tools
 * @returns {keyof typeof exemptUseWords | 'wordAutocomplete' | null}
 */
function exemptUseIn(clause, inLlmSection, tools) {
  if (
    wordCompletion.test(clause) &&
    !codeCompletion.test(clause) &&
    (inLlmSection || (personalFrame.test(clause) && tools.length > 0))
  ) {
    return 'wordAutocomplete';
  }
  if (productionWord.test(clause)) {
    return null;
  }
  for (const use of /** @type {(keyof typeof exemptUseWords)[]} */ (Object.keys(exemptUseWords))) {
    if (!exemptUseWords[use].test(clause)) {
      continue;
    }
    if (inLlmSection) {
      return use;
    }
    const framed =
      use === 'accessibility'
        ? accessibilityFrame.test(clause)
        : personalFrame.test(clause) && (tools.length > 0 || toolWord.test(clause));
    if (framed && !changeSentence.test(clause)) {
      return use;
    }
  }
  return null;
}

/**
 * Whether a clause outside the LLM section says that a tool helped the contributor.
 *
 * @param {string} clause
 * @param {{ index: number, end: number }[]} tools
 * @returns {boolean}
 */
function saysToolHelped(clause, tools) {
  const aboutTheChange = changeSentence.test(clause) || productTalk.test(clause);
  return tools.some(({ index, end }) => {
    const before = clause.slice(Math.max(0, index - 100), index);
    const after = clause.slice(end, end + 60);
    if (useBeforeTool[0]?.test(before)) {
      return true;
    }
    if (aboutTheChange) {
      return false;
    }
    return (
      useBeforeTool.slice(1).some((pattern) => pattern.test(before)) ||
      useAfterTool.test(after) ||
      (compoundUse.test(after) && ownChange.test(clause))
    );
  });
}

/**
 * Reads one clause.
 *
 * @param {string} clause
 * @param {boolean} inLlmSection
 * @returns {Reading}
 */
function readClause(clause, inLlmSection) {
  const trailer = trailerLine.exec(clause);
  if (trailer) {
    const [, key = '', value = ''] = trailer;
    const name = value.replace(/<[^>]*>/g, '').trim();
    const email = /<([^>]*)>/.exec(value)?.[1] ?? '';
    const namesTool = key.toLowerCase().startsWith('co-')
      ? wholeToolName.test(name) || toolEmail.test(email)
      : !placeholderTool.test(name);
    return namesTool ? { kind: 'use', tool: true } : { kind: 'other' };
  }
  const label = inLlmSection ? null : llmLabel.exec(clause);
  if (label) {
    return readClause(clause.slice(label[0].length), true);
  }
  const tools = toolsIn(clause);
  if (isDenial(clause, tools)) {
    return { kind: 'denial' };
  }
  if (inLlmSection && tools.length === 0 && ownWork.test(clause)) {
    return { kind: 'denial' };
  }
  const exemptUse = exemptUseIn(clause, inLlmSection, tools);
  if (exemptUse !== null) {
    return { kind: 'exempt', exemptUse };
  }
  if (inLlmSection) {
    const saysUse =
      tools.length > 0 || (!people.test(clause) && (useWord.test(clause) || howWords.test(clause)));
    return saysUse ? { kind: 'use' } : { kind: 'other' };
  }
  return saysToolHelped(clause, tools) ? { kind: 'use' } : { kind: 'other' };
}

/**
 * What a description says about LLM use: whether an LLM helped, and whether the disclosure
 * names the tool, says how it was used, and says which parts of the change it touched.
 *
 * @param {readonly string[]} llmParagraphs The paragraphs under the LLM heading.
 * @param {readonly string[]} otherParagraphs The paragraphs elsewhere.
 * @param {readonly string[]} exemptUses The uses that need no disclosure under the policy.
 * @returns {{ used: boolean, tool: boolean, how: boolean, parts: boolean }}
 */
function readLlmUse(llmParagraphs, otherParagraphs, exemptUses) {
  /** @type {string[]} */
  const disclosure = [];
  /** @type {string[]} */
  const namesOnly = [];
  let used = false;
  let tool = false;
  let how = false;
  for (const [paragraphs, inLlmSection] of /** @type {const} */ ([
    [llmParagraphs, true],
    [otherParagraphs, false],
  ])) {
    for (const paragraph of paragraphs) {
      const clauses = clausesOf(plainText(paragraph));
      const readings = clauses.map((clause) => readClause(clause, inLlmSection));
      const isUse = readings.map(
        (reading) =>
          reading.kind === 'use' ||
          (reading.kind === 'exempt' && !exemptUses.includes(reading.exemptUse ?? '')),
      );
      const first = isUse.indexOf(true);
      if (first === -1) {
        continue;
      }
      used = true;
      // Under the LLM heading the whole answer is the disclosure; elsewhere, what follows the
      // first clause that says an LLM helped. A denial after that clause often says what the
      // tool did not touch ("no code from it"), so it is part of the disclosure too. An exempt
      // use can name the tool of the next clause ("I used ChatGPT to translate my text, and it
      // drafted the tests"), but says nothing of how the other use went.
      clauses.forEach((clause, index) => {
        const reading = readings[index];
        if (
          reading === undefined ||
          (reading.kind === 'denial' && index < first) ||
          (!inLlmSection && index < first)
        ) {
          return;
        }
        if (reading.kind === 'exempt' && exemptUses.includes(reading.exemptUse ?? '')) {
          namesOnly.push(clause);
          return;
        }
        tool ||= reading.tool === true;
        how ||= reading.kind === 'exempt';
        disclosure.push(clause);
      });
    }
  }
  const text = disclosure.join('\n');
  return {
    used,
    tool:
      tool ||
      toolsIn(`${text}\n${namesOnly.join('\n')}`).some(({ named }) => named) ||
      otherToolName.test(text),
    how: how || howWords.test(text),
    parts: partWords.test(text),
  };
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
    const inLlmSection =
      part.heading !== null && (part.heading === heading.llmUse || llmHeading.test(part.heading));
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

  // Disclosure: what the LLM section says, and what the rest of the description says of LLM use.
  const llmParagraphs = paragraphs(llmSectionLines).filter((paragraph) => !isHint(paragraph));
  const llmUse = readLlmUse(llmParagraphs, freeParagraphs, settings.exemptUses);
  const missing = [
    llmUse.tool ? null : 'which tool you used',
    llmUse.how ? null : 'how you used it',
    llmUse.parts ? null : 'which parts of the change it touched',
  ].filter((part) => part !== null);
  if (llmUse.used && missing.length > 0) {
    const asked =
      missing.length === 1
        ? missing[0]
        : `${missing.slice(0, -1).join(', ')}${missing.length > 2 ? ',' : ''} and ${missing[missing.length - 1]}`;
    add({
      code: 'disclosure',
      required: settings.disclosure === 'required',
      message:
        settings.disclosure === 'required'
          ? `Since an LLM helped with this change, please ${missing.length < 3 ? 'also ' : ''}say ${asked}.`
          : `Since an LLM helped with this change, it would help reviewers to know ${asked}.`,
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
export function stepSummaryText(text) {
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
export function stepSummary(result, settings) {
  const title = `## ${stepSummaryText(`${settings.projectName}: LLM contribution policy`)}`;
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
    return `- ${stepSummaryText(finding.message)}${link}`;
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
    appendFileSync(summaryPath, stepSummary(result, settings));
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
