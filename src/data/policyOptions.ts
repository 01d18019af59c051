/**
 * The policy's options: the choices a project makes when it adopts the
 * policy. Each option is a finite set of values with a label and a one-line
 * description, like a tag vocabulary.
 *
 * To add an option: add its id to `policyOptionIds`, its values to
 * `policyOptionValues`, its wording to `policyOptionMeta`, and a default in
 * site.config.ts. TypeScript then shows every place that must handle it.
 */
export const policyOptionIds = [
  'disclosure',
  'machineTranslation',
  'accessibilityTools',
  'autonomousAgents',
  'verbatimModelText',
  'closedCommercialModels',
  'agentsFile',
  'commitTrailer',
] as const;

export type PolicyOptionId = (typeof policyOptionIds)[number];

export const policyOptionValues = {
  disclosure: ['required', 'encouraged'],
  machineTranslation: ['exempt', 'not-exempt'],
  accessibilityTools: ['exempt', 'not-exempt'],
  autonomousAgents: ['not-allowed', 'allowed-with-accountable-human'],
  verbatimModelText: ['not-allowed', 'allowed-when-disclosed'],
  closedCommercialModels: ['no-clause', 'not-accepted'],
  agentsFile: ['discourage', 'none'],
  commitTrailer: ['Assisted-by', 'Generated-by', 'none'],
} as const satisfies Record<PolicyOptionId, readonly string[]>;

export type PolicyOptions = {
  readonly [Id in PolicyOptionId]: (typeof policyOptionValues)[Id][number];
};

/**
 * The choices of the policy this site is based on: version 1 of the JupyterHub
 * community's policy. It requires disclosure, exempts machine translation,
 * does not allow autonomous agents, asks for people's own words in
 * conversations, has no clause on closed commercial models, and keeps
 * AGENTS.md only to discourage agents. It names no commit trailer and no
 * accessibility exemption: those values are this site's additions.
 */
export const originPolicyOptions: PolicyOptions = {
  disclosure: 'required',
  machineTranslation: 'exempt',
  accessibilityTools: 'not-exempt',
  autonomousAgents: 'not-allowed',
  verbatimModelText: 'not-allowed',
  closedCommercialModels: 'no-clause',
  agentsFile: 'discourage',
  commitTrailer: 'none',
};

interface Described {
  readonly label: string;
  readonly description: string;
}

export type PolicyOptionMeta = {
  readonly [Id in PolicyOptionId]: Described & {
    readonly values: Readonly<Record<PolicyOptions[Id], Described>>;
  };
};

export const policyOptionMeta: PolicyOptionMeta = {
  disclosure: {
    label: 'Disclosure',
    description: 'Whether contributors must say when an LLM helped them.',
    values: {
      required: {
        label: 'Required',
        description: 'Every contribution made with LLM help must say so.',
      },
      encouraged: {
        label: 'Encouraged',
        description: 'Contributors are asked, but not required, to say so.',
      },
    },
  },
  machineTranslation: {
    label: 'Machine translation',
    description: 'Whether translating your own words with a machine is outside the rules.',
    values: {
      exempt: {
        label: 'Exempt',
        description: 'Translating your own words needs no disclosure.',
      },
      'not-exempt': {
        label: 'Not exempt',
        description: 'Machine translation counts as LLM help and is disclosed.',
      },
    },
  },
  accessibilityTools: {
    label: 'Accessibility tools',
    description:
      'Whether dictation, screen readers and assistive writing tools are outside the rules.',
    values: {
      exempt: {
        label: 'Exempt',
        description: 'Tools that help you put your own words down need no disclosure.',
      },
      'not-exempt': {
        label: 'Not exempt',
        description: 'Assistive tools that use an LLM are disclosed like any other.',
      },
    },
  },
  autonomousAgents: {
    label: 'Autonomous agents',
    description: 'Whether agents may open issues, open pull requests or post comments.',
    values: {
      'not-allowed': {
        label: 'Not allowed',
        description: 'A person makes and posts every contribution.',
      },
      'allowed-with-accountable-human': {
        label: 'Allowed with a person accountable',
        description:
          'Agents may act when a named person is responsible for them and the contribution says so.',
      },
    },
  },
  verbatimModelText: {
    label: 'Model text in conversations',
    description: 'Whether model output may be pasted into comments and discussions.',
    values: {
      'not-allowed': {
        label: 'Not allowed',
        description: 'People write their own messages to each other.',
      },
      'allowed-when-disclosed': {
        label: 'Allowed when disclosed',
        description: 'Pasted model text is allowed if it is clearly marked.',
      },
    },
  },
  closedCommercialModels: {
    label: 'Closed commercial models',
    description: 'Whether output of closed commercial models is refused outright.',
    values: {
      'no-clause': {
        label: 'No extra clause',
        description: 'Version 1 as adopted: no rule about the kind of model.',
      },
      'not-accepted': {
        label: 'Not accepted',
        description: 'Output of closed models that do not credit their training data is refused.',
      },
    },
  },
  agentsFile: {
    label: 'AGENTS.md',
    description: 'Whether the repository has a file that asks coding agents not to contribute.',
    values: {
      discourage: {
        label: 'A file that says no',
        description: 'AGENTS.md asks agents not to open issues or pull requests.',
      },
      none: {
        label: 'No file',
        description: 'The repository has no agent-instruction file.',
      },
    },
  },
  commitTrailer: {
    label: 'Commit trailer',
    description: 'The line added to a commit message to disclose LLM help.',
    values: {
      'Assisted-by': {
        label: 'Assisted-by',
        description: 'As in Fedora and the Linux kernel: "Assisted-by: TOOL:MODEL".',
      },
      'Generated-by': {
        label: 'Generated-by',
        description: 'As in the Apache Software Foundation: "Generated-by: TOOL".',
      },
      none: {
        label: 'None',
        description: 'Disclosure goes in the pull request, not in commits.',
      },
    },
  },
};

export interface OriginDifference {
  readonly id: PolicyOptionId;
  /** The option's label, such as "Disclosure". */
  readonly option: string;
  /** The label of the project's choice, and of the original policy's. */
  readonly chosen: string;
  readonly original: string;
}

/** The options where the project chose a value other than the original policy's. */
export function originDifferences(options: PolicyOptions): readonly OriginDifference[] {
  return policyOptionIds
    .filter((id) => options[id] !== originPolicyOptions[id])
    .map((id) => {
      const meta = policyOptionMeta[id];
      const values: Readonly<Record<string, Described>> = meta.values;
      return {
        id,
        option: meta.label,
        chosen: values[options[id]].label,
        original: values[originPolicyOptions[id]].label,
      };
    });
}

/**
 * Where a value comes from: the original policy's choice, a sentence that an
 * earlier draft of it had (removed before version 1), or an addition of this
 * site. The builder shows it next to each value.
 */
export type ValueOrigin = 'original' | 'earlierDraft' | 'added';

export function valueOrigin<Id extends PolicyOptionId>(
  id: Id,
  value: PolicyOptions[Id],
): ValueOrigin {
  if (originPolicyOptions[id] === value) {
    return 'original';
  }
  return id === 'closedCommercialModels' ? 'earlierDraft' : 'added';
}

/**
 * An example of the commit trailer each choice asks for, with placeholders
 * for the contributor; null when the project uses none. The policy page,
 * the reply templates and the generated files all show this example.
 */
export const trailerExamples: Readonly<Record<PolicyOptions['commitTrailer'], string | null>> = {
  'Assisted-by': 'Assisted-by: TOOL:MODEL',
  'Generated-by': 'Generated-by: TOOL',
  none: null,
};
