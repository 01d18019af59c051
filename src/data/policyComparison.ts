/**
 * Other open-source projects' published LLM contribution policies, set out in
 * this site's terms for the "How this policy compares" page.
 *
 * Every value is what the policy itself says, checked in its published text on
 * `checkedOn`, and written in this site's words. `columnDefinitions` below says
 * how each column's value is chosen: apply it the same way to every row, so
 * that two policies that say the same kind of thing get the same value. A note
 * adds what a value alone cannot say; notes may also name a fact from the
 * project's repository, such as its AGENTS.md, and say so. To update a row,
 * read the policy again, change what changed, name the text you read in the
 * comment above the row, and set `checkedOn` to that day.
 */
import type { Message } from './message';
import type { PolicyOptions } from './policyOptions';

/** The policy is silent on the point. */
export const notStated = 'not-stated';

/** Whether a policy accepts contributions made with LLM help at all. */
export const stanceValues = ['allowed', 'restricted', 'not-allowed'] as const;
export type Stance = (typeof stanceValues)[number];

/** The columns of the comparison: the stance, then the options that other policies also decide. */
export const comparisonDimensions = [
  'stance',
  'disclosure',
  'commitTrailer',
  'machineTranslation',
  'accessibilityTools',
  'autonomousAgents',
  'agentsFile',
] as const satisfies readonly ('stance' | keyof PolicyOptions)[];

export type ComparisonDimension = (typeof comparisonDimensions)[number];

/** The values a column can hold: the stance's, or the option's own values. */
export type DimensionValue<D extends ComparisonDimension> = D extends 'stance'
  ? Stance
  : D extends keyof PolicyOptions
    ? PolicyOptions[D]
    : never;

export interface ComparisonCell<D extends ComparisonDimension> {
  readonly value: DimensionValue<D> | typeof notStated;
  readonly note?: Message;
}

export type ComparisonCells = {
  readonly [D in ComparisonDimension]: ComparisonCell<D>;
};

/** How a column's value is chosen for a peer policy: the question, and when each value applies. */
export interface ColumnDefinition<D extends ComparisonDimension> {
  readonly question: string;
  readonly values: Readonly<Record<DimensionValue<D> | typeof notStated, string>>;
}

export type ColumnDefinitions = {
  readonly [D in ComparisonDimension]: ColumnDefinition<D>;
};

/**
 * The rule for each column, for the people who edit this file. Only the policy's own text
 * decides a value. When a policy's wording falls between two values, choose the one that these
 * sentences name, and say the rest in the note.
 */
export const columnDefinitions: ColumnDefinitions = {
  stance: {
    question:
      'Does the policy accept contributions made with LLM help? Uses whose output stays out of the contribution, such as asking a model questions, do not count.',
    values: {
      allowed:
        'The policy accepts contributions made with LLM help, under its conditions. When it leaves out a few kinds of work, the note names them.',
      restricted:
        'The policy accepts LLM help only for some kinds of work, or only when a named group approves it in advance.',
      'not-allowed':
        'The policy does not accept content made with LLM help. A promise to look at exceptions case by case does not change this, and nor do uses that another column covers, such as translation.',
      [notStated]: 'Not used: every row states its stance.',
    },
  },
  disclosure: {
    question: 'Must contributors say when an LLM helped them?',
    values: {
      required:
        'The policy says that contributors must say so, for all LLM help or for the uses or amounts it names. The note gives the scope when it is narrower than all LLM help.',
      encouraged:
        'The policy asks or recommends that contributors say so, but does not require it.',
      [notStated]:
        'The policy asks for no disclosure. A policy that does not accept LLM help usually has nothing to disclose.',
    },
  },
  commitTrailer: {
    question:
      'Which line at the end of a commit message does the policy name for disclosing LLM help?',
    values: {
      'Assisted-by':
        'The policy names an "Assisted-by:" line, as a rule, a recommendation or an example. The note says which.',
      'Generated-by':
        'The policy names a "Generated-by:" line, as a rule, a recommendation or an example. The note says which.',
      none: 'The policy says that LLM help is not recorded in commits.',
      [notStated]:
        'The policy names no such line. Another way to mark the work, such as a label, goes in the note.',
    },
  },
  machineTranslation: {
    question:
      'When the policy speaks of translating your own words with a machine, does it let translation skip the rules for other LLM help?',
    values: {
      exempt:
        'The policy says that translation needs no disclosure, or that a note about it is optional. For a policy that does not accept LLM help, it says that translation is still allowed.',
      'not-exempt':
        'The policy says that translation must be disclosed like other LLM help, or that its ban covers translation.',
      [notStated]:
        'The policy does not speak of translation, or it allows translation without saying whether it must be disclosed. The note says where it allows it.',
    },
  },
  accessibilityTools: {
    question:
      'When the policy speaks of dictation, screen readers or other assistive tools, does it let them skip the rules for other LLM help?',
    values: {
      exempt:
        'The policy says that these tools need no disclosure. For a policy that does not accept LLM help, it says that they are still allowed.',
      'not-exempt':
        'The policy says that assistive tools that use an LLM must be disclosed like other LLM help, or that its ban covers them.',
      [notStated]:
        'The policy does not speak of assistive tools. Tools that only correct grammar and spelling do not count as assistive tools here.',
    },
  },
  autonomousAgents: {
    question: 'May an agent or a bot open issues or pull requests, or post comments, by itself?',
    values: {
      'not-allowed':
        'The policy bans agents or fully automated tools that act or post by themselves, or it says that a person, not the tool, must send each contribution. A ban on all LLM content counts only when it names agents.',
      'allowed-with-accountable-human':
        'The policy lets an agent or a bot post by itself when a person has approved it and answers for it, and its posts show that a tool made them.',
      [notStated]:
        'The policy does not speak of tools that act by themselves. A rule that a person must review the output before posting it does not decide this column.',
    },
  },
  agentsFile: {
    question:
      'What does the policy say about a file in the repository with instructions for coding agents, such as AGENTS.md? What the repository’s own file says goes in the note, not in the value.',
    values: {
      discourage:
        'The policy has such a file, or points to one, and the file asks agents not to contribute.',
      none: 'The policy says that the repository keeps no such file, or that contributors must not add one.',
      [notStated]: 'The policy says nothing about such a file.',
    },
  },
};

export interface PeerPolicy {
  /** A stable id, used in anchors and tests. */
  readonly id: string;
  readonly name: Message;
  /** The published policy: one address, or two when the policy has two documents. */
  readonly sources: readonly { readonly label: Message; readonly url: string }[];
  /** The day its published text was last checked, YYYY-MM-DD. */
  readonly checkedOn: string;
  readonly cells: ComparisonCells;
}

const checkedOn = '2026-11-30';

/** The day the rows that name their source text in a comment were read again. */
const recheckedOn = '2026-12-06';

const policyText: Message = { id: 'comparison.source.policy', message: 'Policy' };

const silent = { value: notStated } as const;

export const peerPolicies: readonly PeerPolicy[] = [
  // Read: torvalds/linux, Documentation/process/coding-assistants.rst (41362886) and
  // Documentation/process/generated-content.rst (72fdff14).
  {
    id: 'linux',
    name: { id: 'comparison.linux.name', message: 'Linux kernel' },
    sources: [
      {
        label: { id: 'comparison.linux.source.assistants', message: 'AI coding assistants' },
        url: 'https://github.com/torvalds/linux/blob/master/Documentation/process/coding-assistants.rst',
      },
      {
        label: { id: 'comparison.linux.source.generated', message: 'Tool-generated content' },
        url: 'https://kernel.googlesource.com/pub/scm/linux/kernel/git/stable/linux-stable/+/master/Documentation/process/generated-content.rst',
      },
    ],
    checkedOn: recheckedOn,
    cells: {
      stance: { value: 'allowed' },
      disclosure: {
        value: 'required',
        note: {
          id: 'comparison.linux.disclosure.note',
          message: 'For a meaningful amount of tool-made content, in cover letters and changelogs.',
        },
      },
      commitTrailer: {
        value: 'Assisted-by',
        note: {
          id: 'comparison.linux.commitTrailer.note',
          message: 'Asked for, with the tool’s name and the model version.',
        },
      },
      machineTranslation: {
        value: 'not-exempt',
        note: {
          id: 'comparison.linux.machineTranslation.note',
          message: 'A changelog translated by a tool counts as tool-made content.',
        },
      },
      accessibilityTools: silent,
      autonomousAgents: {
        value: 'not-allowed',
        note: {
          id: 'comparison.linux.autonomousAgents.note',
          message:
            'Agents must not add a Signed-off-by line, so a person submits the work and answers for it. In the steps for fixing bugs, the assistant must never send anything itself.',
        },
      },
      agentsFile: silent,
    },
  },
  // Read: the stored copy of llvm.org/docs/AIToolPolicy.html (its "Policy" section); its
  // "Details" section on translation, agents and good first issues in copies that quote it.
  {
    id: 'llvm',
    name: { id: 'comparison.llvm.name', message: 'LLVM' },
    sources: [{ label: policyText, url: 'https://llvm.org/docs/AIToolPolicy.html' }],
    checkedOn: recheckedOn,
    cells: {
      stance: {
        value: 'allowed',
        note: {
          id: 'comparison.llvm.stance.note',
          message: 'Except on issues marked as good first issues.',
        },
      },
      disclosure: {
        value: 'required',
        note: {
          id: 'comparison.llvm.disclosure.note',
          message: 'For contributions with a substantial amount of tool-made content.',
        },
      },
      commitTrailer: {
        value: 'Assisted-by',
        note: { id: 'comparison.llvm.commitTrailer.note', message: 'Given as an example.' },
      },
      machineTranslation: {
        value: notStated,
        note: {
          id: 'comparison.llvm.machineTranslation.note',
          message:
            'Translation tools are fine when you write a pull-request description yourself. The policy does not say whether they need disclosure.',
        },
      },
      accessibilityTools: silent,
      autonomousAgents: {
        value: 'not-allowed',
        note: {
          id: 'comparison.llvm.autonomousAgents.note',
          message:
            'Agents that act without a person’s approval are banned, and so are review tools that post comments without a person’s review.',
        },
      },
      agentsFile: silent,
    },
  },
  // Not read again on 2026-12-06: the published page was not at hand. Copies of its approved
  // text agree with these values.
  {
    id: 'fedora',
    name: { id: 'comparison.fedora.name', message: 'Fedora' },
    sources: [
      {
        label: policyText,
        url: 'https://docs.fedoraproject.org/en-US/council/policy/ai-contribution-policy/',
      },
    ],
    checkedOn,
    cells: {
      stance: { value: 'allowed' },
      disclosure: {
        value: 'required',
        note: {
          id: 'comparison.fedora.disclosure.note',
          message:
            'Required when a large part comes from a tool without changes. Encouraged for other uses.',
        },
      },
      commitTrailer: {
        value: 'Assisted-by',
        note: {
          id: 'comparison.fedora.commitTrailer.note',
          message: 'Recommended for work in git.',
        },
      },
      machineTranslation: silent,
      accessibilityTools: silent,
      autonomousAgents: silent,
      agentsFile: silent,
    },
  },
  // Read: qemu/qemu, docs/devel/code-provenance.rst (1f64df25).
  {
    id: 'qemu',
    name: { id: 'comparison.qemu.name', message: 'QEMU' },
    sources: [
      { label: policyText, url: 'https://www.qemu.org/docs/master/devel/code-provenance.html' },
    ],
    checkedOn: recheckedOn,
    cells: {
      stance: {
        value: 'not-allowed',
        note: {
          id: 'comparison.qemu.stance.note',
          message: 'Exceptions are possible after discussion. None are listed.',
        },
      },
      disclosure: silent,
      commitTrailer: silent,
      machineTranslation: silent,
      accessibilityTools: silent,
      autonomousAgents: {
        value: 'not-allowed',
        note: {
          id: 'comparison.qemu.autonomousAgents.note',
          message: 'The ban names agents built on these tools.',
        },
      },
      agentsFile: silent,
    },
  },
  // Not read again on 2026-12-06: the wiki page was not at hand. Copies of its one-paragraph
  // text agree with these values.
  {
    id: 'gentoo',
    name: { id: 'comparison.gentoo.name', message: 'Gentoo' },
    sources: [{ label: policyText, url: 'https://wiki.gentoo.org/wiki/Project:Council/AI_policy' }],
    checkedOn,
    cells: {
      stance: {
        value: 'not-allowed',
        note: {
          id: 'comparison.gentoo.stance.note',
          message:
            'The council may look at it again for a tool without copyright, ethical or quality concerns.',
        },
      },
      disclosure: silent,
      commitTrailer: silent,
      machineTranslation: silent,
      accessibilityTools: silent,
      autonomousAgents: silent,
      agentsFile: silent,
    },
  },
  // Read: the stored copy of netbsd.org/developers/commit-guidelines.html.
  {
    id: 'netbsd',
    name: { id: 'comparison.netbsd.name', message: 'NetBSD' },
    sources: [{ label: policyText, url: 'https://netbsd.org/developers/commit-guidelines.html' }],
    checkedOn: recheckedOn,
    cells: {
      stance: {
        value: 'restricted',
        note: {
          id: 'comparison.netbsd.stance.note',
          message: 'Code from an LLM counts as tainted. It needs written approval from core first.',
        },
      },
      disclosure: silent,
      commitTrailer: silent,
      machineTranslation: silent,
      accessibilityTools: silent,
      autonomousAgents: silent,
      agentsFile: silent,
    },
  },
  // Read: https://github.com/ziglang/www.ziglang.org, content/en-US/code-of-conduct.smd
  // (ddc86cef).
  {
    id: 'zig',
    name: { id: 'comparison.zig.name', message: 'Zig' },
    sources: [
      {
        label: policyText,
        url: 'https://ziglang.org/code-of-conduct/#strict-no-llm-no-ai-policy',
      },
    ],
    checkedOn: recheckedOn,
    cells: {
      stance: {
        value: 'not-allowed',
        note: {
          id: 'comparison.zig.stance.note',
          message: 'The ban covers issues, pull requests and comments on the bug tracker.',
        },
      },
      disclosure: silent,
      commitTrailer: silent,
      machineTranslation: {
        value: 'not-exempt',
        note: {
          id: 'comparison.zig.machineTranslation.note',
          message: 'The ban covers translated comments on the bug tracker too.',
        },
      },
      accessibilityTools: silent,
      autonomousAgents: silent,
      agentsFile: silent,
    },
  },
  // Read: ghostty-org/ghostty, AI_POLICY.md and AGENTS.md (3b9c4e0d).
  {
    id: 'ghostty',
    name: { id: 'comparison.ghostty.name', message: 'Ghostty' },
    sources: [
      { label: policyText, url: 'https://github.com/ghostty-org/ghostty/blob/main/AI_POLICY.md' },
    ],
    checkedOn: recheckedOn,
    cells: {
      stance: {
        value: 'allowed',
        note: {
          id: 'comparison.ghostty.stance.note',
          message: 'For text and code. Images, audio and video made by AI are not accepted.',
        },
      },
      disclosure: {
        value: 'required',
        note: {
          id: 'comparison.ghostty.disclosure.note',
          message: 'Any use, with the tool and how much of the work it did.',
        },
      },
      commitTrailer: silent,
      machineTranslation: silent,
      accessibilityTools: silent,
      autonomousAgents: silent,
      agentsFile: {
        value: notStated,
        note: {
          id: 'comparison.ghostty.agentsFile.note',
          message: 'The repository’s AGENTS.md tells agents never to open issues or pull requests.',
        },
      },
    },
  },
  // Read: jellyfin/jellyfin.org, docs/general/contributing/llm-policies.md (04dc6a60).
  {
    id: 'jellyfin',
    name: { id: 'comparison.jellyfin.name', message: 'Jellyfin' },
    sources: [
      { label: policyText, url: 'https://jellyfin.org/docs/general/contributing/llm-policies/' },
    ],
    checkedOn: recheckedOn,
    cells: {
      stance: {
        value: 'allowed',
        note: {
          id: 'comparison.jellyfin.stance.note',
          message:
            'LLMs may assist with code. LLM text is not allowed in issues, pull requests or comments.',
        },
      },
      disclosure: {
        value: 'required',
        note: {
          id: 'comparison.jellyfin.disclosure.note',
          message:
            'Only for LLM help with translation in conversations. The rules for code ask for no disclosure.',
        },
      },
      commitTrailer: silent,
      machineTranslation: {
        value: 'not-exempt',
        note: {
          id: 'comparison.jellyfin.machineTranslation.note',
          message: 'Allowed in conversations, with a clear note.',
        },
      },
      accessibilityTools: silent,
      autonomousAgents: silent,
      agentsFile: {
        value: 'none',
        note: {
          id: 'comparison.jellyfin.agentsFile.note',
          message: 'Contributors must not commit LLM configuration files.',
        },
      },
    },
  },
  // Read: curl/curl, docs/CONTRIBUTE.md, "On AI use in curl" (5c61e168).
  {
    id: 'curl',
    name: { id: 'comparison.curl.name', message: 'curl' },
    sources: [
      { label: policyText, url: 'https://github.com/curl/curl/blob/master/docs/CONTRIBUTE.md' },
    ],
    checkedOn: recheckedOn,
    cells: {
      stance: { value: 'allowed' },
      disclosure: {
        value: 'required',
        note: {
          id: 'comparison.curl.disclosure.note',
          message:
            'For problems found with an AI tool, in the report. The part on pull requests does not ask for it.',
        },
      },
      commitTrailer: silent,
      machineTranslation: {
        value: 'exempt',
        note: {
          id: 'comparison.curl.machineTranslation.note',
          message: 'Welcome. Naming the tool is optional.',
        },
      },
      accessibilityTools: silent,
      autonomousAgents: silent,
      agentsFile: silent,
    },
  },
  // Not read again on 2026-12-06: only the start of its section on AI-assisted contributions was
  // at hand. It agrees with these values.
  {
    id: 'django',
    name: { id: 'comparison.django.name', message: 'Django' },
    sources: [
      {
        label: policyText,
        url: 'https://docs.djangoproject.com/en/stable/internals/contributing/writing-code/submitting-patches/',
      },
    ],
    checkedOn,
    cells: {
      stance: { value: 'allowed' },
      disclosure: {
        value: 'required',
        note: {
          id: 'comparison.django.disclosure.note',
          message: 'Which tools, and what they were used for.',
        },
      },
      commitTrailer: silent,
      machineTranslation: silent,
      accessibilityTools: silent,
      autonomousAgents: silent,
      agentsFile: silent,
    },
  },
  // Read: scikit-learn/scikit-learn, doc/developers/contributing.rst ("Automated Contributions
  // Policy") and AGENTS.md (027f6cff).
  {
    id: 'scikit-learn',
    name: { id: 'comparison.scikitLearn.name', message: 'scikit-learn' },
    sources: [
      {
        label: policyText,
        url: 'https://scikit-learn.org/dev/developers/contributing.html#automated-contributions-policy',
      },
    ],
    checkedOn: recheckedOn,
    cells: {
      stance: { value: 'allowed' },
      disclosure: {
        value: 'required',
        note: {
          id: 'comparison.scikitLearn.disclosure.note',
          message: 'In the pull-request description.',
        },
      },
      commitTrailer: silent,
      machineTranslation: {
        value: notStated,
        note: {
          id: 'comparison.scikitLearn.machineTranslation.note',
          message:
            'AI help with grammar is welcome, also for people whose first language is not English. The policy does not say whether it needs disclosure.',
        },
      },
      accessibilityTools: silent,
      autonomousAgents: {
        value: 'not-allowed',
        note: {
          id: 'comparison.scikitLearn.autonomousAgents.note',
          message: 'Issues and pull requests made by fully automated tools are not accepted.',
        },
      },
      agentsFile: {
        value: notStated,
        note: {
          id: 'comparison.scikitLearn.agentsFile.note',
          message: 'The repository’s AGENTS.md asks agents to add a disclosure to their work.',
        },
      },
    },
  },
  // Read: numpy/numpy, doc/source/dev/ai_policy.rst (1f90bbb5).
  {
    id: 'numpy',
    name: { id: 'comparison.numpy.name', message: 'NumPy' },
    sources: [{ label: policyText, url: 'https://numpy.org/devdocs/dev/ai_policy.html' }],
    checkedOn: recheckedOn,
    cells: {
      stance: { value: 'allowed' },
      disclosure: {
        value: 'required',
        note: {
          id: 'comparison.numpy.disclosure.note',
          message: 'Pull requests without it are rejected.',
        },
      },
      commitTrailer: silent,
      machineTranslation: {
        value: notStated,
        note: {
          id: 'comparison.numpy.machineTranslation.note',
          message:
            'Translation and grammar help are allowed when you talk with developers. The policy does not say whether they need disclosure.',
        },
      },
      accessibilityTools: silent,
      autonomousAgents: {
        value: 'not-allowed',
        note: {
          id: 'comparison.numpy.autonomousAgents.note',
          message: 'A person must check the code and open the pull request, not an agent.',
        },
      },
      agentsFile: silent,
    },
  },
  // Read: https://github.com/python/devguide, getting-started/ai-tools.rst (0d5fbc08), and
  // python/cpython, AGENTS.md (44fa622d).
  {
    id: 'cpython',
    name: { id: 'comparison.cpython.name', message: 'CPython' },
    sources: [{ label: policyText, url: 'https://devguide.python.org/getting-started/ai-tools/' }],
    checkedOn: recheckedOn,
    cells: {
      stance: { value: 'allowed' },
      disclosure: {
        value: 'encouraged',
        note: {
          id: 'comparison.cpython.disclosure.note',
          message: 'Appreciated in the pull-request description, but not required.',
        },
      },
      commitTrailer: silent,
      machineTranslation: {
        value: notStated,
        note: {
          id: 'comparison.cpython.machineTranslation.note',
          message:
            'Help with writing comments, also in a language that is not your first, is an accepted use. The policy does not treat it apart from other AI help.',
        },
      },
      accessibilityTools: silent,
      autonomousAgents: silent,
      agentsFile: {
        value: notStated,
        note: {
          id: 'comparison.cpython.agentsFile.note',
          message: 'The AGENTS.md of the CPython repository points agents to this policy.',
        },
      },
    },
  },
  // Read: apache/www-site, content/legal/generative-tooling.md (06e5799b).
  {
    id: 'apache',
    name: { id: 'comparison.apache.name', message: 'Apache Software Foundation' },
    sources: [{ label: policyText, url: 'https://www.apache.org/legal/generative-tooling.html' }],
    checkedOn: recheckedOn,
    cells: {
      stance: {
        value: 'allowed',
        note: {
          id: 'comparison.apache.stance.note',
          message: 'When the tool’s terms and any third-party material in the output allow it.',
        },
      },
      disclosure: {
        value: 'encouraged',
        note: {
          id: 'comparison.apache.disclosure.note',
          message: 'Naming the tool is the recommended practice.',
        },
      },
      commitTrailer: {
        value: 'Generated-by',
        note: {
          id: 'comparison.apache.commitTrailer.note',
          message: 'Suggested, with the tool’s name and version.',
        },
      },
      machineTranslation: silent,
      accessibilityTools: silent,
      autonomousAgents: silent,
      agentsFile: silent,
    },
  },
  // Read: rust-lang/rust-forge, src/policies/llm-usage.md (4a6c16c2), and rust-lang/rust,
  // AGENTS.md (1bddf2d8).
  {
    id: 'rust',
    name: { id: 'comparison.rust.name', message: 'Rust compiler' },
    sources: [{ label: policyText, url: 'https://forge.rust-lang.org/policies/llm-usage.html' }],
    checkedOn: recheckedOn,
    cells: {
      stance: {
        value: 'restricted',
        note: {
          id: 'comparison.rust.stance.note',
          message:
            'For the rust-lang/rust repository. LLMs may help but not create comments or documentation. Code that an LLM created needs a reviewer agreed in advance.',
        },
      },
      disclosure: {
        value: 'required',
        note: {
          id: 'comparison.rust.disclosure.note',
          message:
            'For every use that the policy allows only with conditions, such as machine translation, trivial changes and code that an LLM created.',
        },
      },
      commitTrailer: {
        value: notStated,
        note: {
          id: 'comparison.rust.commitTrailer.note',
          message: 'Pull requests with code that an LLM created get a label instead.',
        },
      },
      machineTranslation: {
        value: 'not-exempt',
        note: {
          id: 'comparison.rust.machineTranslation.note',
          message: 'Allowed, but discouraged, and it must be disclosed.',
        },
      },
      accessibilityTools: silent,
      autonomousAgents: {
        value: 'allowed-with-accountable-human',
        note: {
          id: 'comparison.rust.autonomousAgents.note',
          message:
            'Only review bots: a maintainer must approve the bot, and it posts from its own account that shows it is an LLM.',
        },
      },
      agentsFile: {
        value: notStated,
        note: {
          id: 'comparison.rust.agentsFile.note',
          message:
            'The repository’s AGENTS.md tells agents to stop before work that the policy bans.',
        },
      },
    },
  },
  // Read: servo/book, src/contributing/getting-started.md, "AI contributions" (ec1028c0).
  {
    id: 'servo',
    name: { id: 'comparison.servo.name', message: 'Servo' },
    sources: [
      {
        label: policyText,
        url: 'https://book.servo.org/contributing/getting-started.html#ai-contributions',
      },
    ],
    checkedOn: recheckedOn,
    cells: {
      stance: {
        value: 'not-allowed',
        note: {
          id: 'comparison.servo.stance.note',
          message: 'The ban covers code, documentation, issues, pull requests and comments.',
        },
      },
      disclosure: silent,
      commitTrailer: silent,
      machineTranslation: {
        value: 'exempt',
        note: {
          id: 'comparison.servo.machineTranslation.note',
          message: 'Translating from your own language into English is allowed.',
        },
      },
      accessibilityTools: silent,
      autonomousAgents: silent,
      agentsFile: silent,
    },
  },
];

/** This site's value in each column, from its options. */
export function siteCells(options: PolicyOptions): ComparisonCells {
  return {
    stance: { value: 'allowed' },
    disclosure: { value: options.disclosure },
    commitTrailer: { value: options.commitTrailer },
    machineTranslation: { value: options.machineTranslation },
    accessibilityTools: { value: options.accessibilityTools },
    autonomousAgents: { value: options.autonomousAgents },
    agentsFile: { value: options.agentsFile },
  };
}

/** The columns where a peer policy states the same as this site, and how many it states at all. */
export function sameChoices(
  peer: ComparisonCells,
  site: ComparisonCells,
): { readonly same: readonly ComparisonDimension[]; readonly stated: number } {
  const stated = comparisonDimensions.filter((dimension) => peer[dimension].value !== notStated);
  return {
    same: stated.filter((dimension) => peer[dimension].value === site[dimension].value),
    stated: stated.length,
  };
}

/** How each stance reads in the table. */
export const stanceLabels: Readonly<Record<Stance, Message>> = {
  allowed: { id: 'comparison.stance.allowed', message: 'Allowed' },
  restricted: { id: 'comparison.stance.restricted', message: 'Restricted' },
  'not-allowed': { id: 'comparison.stance.not-allowed', message: 'Not allowed' },
};

/** What each stance means, for the page's legend. */
export const stanceDescriptions: Readonly<Record<Stance, Message>> = {
  allowed: {
    id: 'comparison.stance.allowed.description',
    message: 'Contributions made with LLM help are accepted, under the policy’s conditions.',
  },
  restricted: {
    id: 'comparison.stance.restricted.description',
    message: 'LLM help is accepted only for some work, or only with approval in advance.',
  },
  'not-allowed': {
    id: 'comparison.stance.not-allowed.description',
    message: 'Contributions made with LLM help are not accepted.',
  },
};

export const stanceHeading: Message = { id: 'comparison.stance.heading', message: 'LLM help' };

export const notStatedLabel: Message = { id: 'comparison.notStated', message: 'Not stated' };
