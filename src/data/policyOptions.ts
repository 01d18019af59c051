/**
 * The policy's options: the choices a project makes when it adopts the
 * policy. Each option is a finite set of values with a label and a one-line
 * description, like a tag vocabulary. Labels and descriptions are messages
 * (src/data/message.ts) that the site shows through the translation files;
 * keep each `id` stable once published.
 *
 * To add an option: add its id to `policyOptionIds`, its values to
 * `policyOptionValues`, its wording to `policyOptionMeta`, and a default in
 * site.config.ts. TypeScript then shows every place that must handle it.
 */
import type { Message } from './message';

export const policyOptionIds = [
  'disclosure',
  'machineTranslation',
  'accessibilityTools',
  'editingAids',
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
  editingAids: ['light', 'disclose'],
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
 * AGENTS.md only to discourage agents. It names no commit trailer, no
 * accessibility exemption and no lighter rule for spelling, grammar and word
 * completion: those values are this site's additions.
 */
export const originPolicyOptions: PolicyOptions = {
  disclosure: 'required',
  machineTranslation: 'exempt',
  accessibilityTools: 'not-exempt',
  editingAids: 'disclose',
  autonomousAgents: 'not-allowed',
  verbatimModelText: 'not-allowed',
  closedCommercialModels: 'no-clause',
  agentsFile: 'discourage',
  commitTrailer: 'none',
};

interface Described {
  readonly label: Message;
  readonly description: Message;
}

export type PolicyOptionMeta = {
  readonly [Id in PolicyOptionId]: Described & {
    readonly values: Readonly<Record<PolicyOptions[Id], Described>>;
  };
};

export const policyOptionMeta: PolicyOptionMeta = {
  disclosure: {
    label: { id: 'policyOptions.disclosure.label', message: 'Disclosure' },
    description: {
      id: 'policyOptions.disclosure.description',
      message: 'Whether contributors must say when an LLM helped them.',
    },
    values: {
      required: {
        label: { id: 'policyOptions.disclosure.required.label', message: 'Required' },
        description: {
          id: 'policyOptions.disclosure.required.description',
          message: 'Every contribution made with LLM help must say so.',
        },
      },
      encouraged: {
        label: { id: 'policyOptions.disclosure.encouraged.label', message: 'Encouraged' },
        description: {
          id: 'policyOptions.disclosure.encouraged.description',
          message: 'Contributors are asked, but not required, to say so.',
        },
      },
    },
  },
  machineTranslation: {
    label: { id: 'policyOptions.machineTranslation.label', message: 'Machine translation' },
    description: {
      id: 'policyOptions.machineTranslation.description',
      message: 'Whether translating your own words with a machine is outside the rules.',
    },
    values: {
      exempt: {
        label: { id: 'policyOptions.machineTranslation.exempt.label', message: 'Exempt' },
        description: {
          id: 'policyOptions.machineTranslation.exempt.description',
          message: 'Translating your own words needs no disclosure.',
        },
      },
      'not-exempt': {
        label: { id: 'policyOptions.machineTranslation.not-exempt.label', message: 'Not exempt' },
        description: {
          id: 'policyOptions.machineTranslation.not-exempt.description',
          message: 'Machine translation counts as LLM help and is disclosed.',
        },
      },
    },
  },
  accessibilityTools: {
    label: { id: 'policyOptions.accessibilityTools.label', message: 'Accessibility tools' },
    description: {
      id: 'policyOptions.accessibilityTools.description',
      message:
        'Whether dictation, screen readers and assistive writing tools are outside the rules.',
    },
    values: {
      exempt: {
        label: { id: 'policyOptions.accessibilityTools.exempt.label', message: 'Exempt' },
        description: {
          id: 'policyOptions.accessibilityTools.exempt.description',
          message: 'Tools that help you put your own words down need no disclosure.',
        },
      },
      'not-exempt': {
        label: { id: 'policyOptions.accessibilityTools.not-exempt.label', message: 'Not exempt' },
        description: {
          id: 'policyOptions.accessibilityTools.not-exempt.description',
          message: 'Assistive tools that use an LLM are disclosed like any other.',
        },
      },
    },
  },
  editingAids: {
    label: {
      id: 'policyOptions.editingAids.label',
      message: 'Spelling, grammar and word completion',
    },
    description: {
      id: 'policyOptions.editingAids.description',
      message: 'Whether tools that only correct or finish your own words need a note.',
    },
    values: {
      light: {
        label: { id: 'policyOptions.editingAids.light.label', message: 'Lighter rule' },
        description: {
          id: 'policyOptions.editingAids.light.description',
          message:
            'Spelling and grammar corrections need no note, and a note on word completion is welcome but not needed.',
        },
      },
      disclose: {
        label: { id: 'policyOptions.editingAids.disclose.label', message: 'Disclosed' },
        description: {
          id: 'policyOptions.editingAids.disclose.description',
          message: 'They count as LLM help and are disclosed like any other.',
        },
      },
    },
  },
  autonomousAgents: {
    label: { id: 'policyOptions.autonomousAgents.label', message: 'Autonomous agents' },
    description: {
      id: 'policyOptions.autonomousAgents.description',
      message: 'Whether agents may open issues, open pull requests or post comments.',
    },
    values: {
      'not-allowed': {
        label: { id: 'policyOptions.autonomousAgents.not-allowed.label', message: 'Not allowed' },
        description: {
          id: 'policyOptions.autonomousAgents.not-allowed.description',
          message: 'A person makes and posts every contribution.',
        },
      },
      'allowed-with-accountable-human': {
        label: {
          id: 'policyOptions.autonomousAgents.allowed-with-accountable-human.label',
          message: 'Allowed with a person accountable',
        },
        description: {
          id: 'policyOptions.autonomousAgents.allowed-with-accountable-human.description',
          message:
            'Agents may act when a named person is responsible for them and the contribution says so.',
        },
      },
    },
  },
  verbatimModelText: {
    label: { id: 'policyOptions.verbatimModelText.label', message: 'Model text in conversations' },
    description: {
      id: 'policyOptions.verbatimModelText.description',
      message: 'Whether model output may be pasted into comments and discussions.',
    },
    values: {
      'not-allowed': {
        label: { id: 'policyOptions.verbatimModelText.not-allowed.label', message: 'Not allowed' },
        description: {
          id: 'policyOptions.verbatimModelText.not-allowed.description',
          message: 'People write their own messages to each other.',
        },
      },
      'allowed-when-disclosed': {
        label: {
          id: 'policyOptions.verbatimModelText.allowed-when-disclosed.label',
          message: 'Allowed when disclosed',
        },
        description: {
          id: 'policyOptions.verbatimModelText.allowed-when-disclosed.description',
          message: 'Pasted model text is allowed if it is clearly marked.',
        },
      },
    },
  },
  closedCommercialModels: {
    label: {
      id: 'policyOptions.closedCommercialModels.label',
      message: 'Closed commercial models',
    },
    description: {
      id: 'policyOptions.closedCommercialModels.description',
      message: 'Whether output of closed commercial models is refused outright.',
    },
    values: {
      'no-clause': {
        label: {
          id: 'policyOptions.closedCommercialModels.no-clause.label',
          message: 'No extra clause',
        },
        description: {
          id: 'policyOptions.closedCommercialModels.no-clause.description',
          message: 'Version 1 as adopted: no rule about the kind of model.',
        },
      },
      'not-accepted': {
        label: {
          id: 'policyOptions.closedCommercialModels.not-accepted.label',
          message: 'Not accepted',
        },
        description: {
          id: 'policyOptions.closedCommercialModels.not-accepted.description',
          message: 'Output of closed models that do not credit their training data is refused.',
        },
      },
    },
  },
  agentsFile: {
    label: { id: 'policyOptions.agentsFile.label', message: 'AGENTS.md' },
    description: {
      id: 'policyOptions.agentsFile.description',
      message: 'Whether the repository has a file that asks coding agents not to contribute.',
    },
    values: {
      discourage: {
        label: { id: 'policyOptions.agentsFile.discourage.label', message: 'A file that says no' },
        description: {
          id: 'policyOptions.agentsFile.discourage.description',
          message: 'AGENTS.md asks agents not to open issues or pull requests.',
        },
      },
      none: {
        label: { id: 'policyOptions.agentsFile.none.label', message: 'No file' },
        description: {
          id: 'policyOptions.agentsFile.none.description',
          message: 'The repository has no agent-instruction file.',
        },
      },
    },
  },
  commitTrailer: {
    label: { id: 'policyOptions.commitTrailer.label', message: 'Commit trailer' },
    description: {
      id: 'policyOptions.commitTrailer.description',
      message: 'The line added to a commit message to disclose LLM help.',
    },
    values: {
      'Assisted-by': {
        label: { id: 'policyOptions.commitTrailer.Assisted-by.label', message: 'Assisted-by' },
        description: {
          id: 'policyOptions.commitTrailer.Assisted-by.description',
          message: 'As in Fedora and the Linux kernel: "Assisted-by: TOOL:MODEL".',
        },
      },
      'Generated-by': {
        label: { id: 'policyOptions.commitTrailer.Generated-by.label', message: 'Generated-by' },
        description: {
          id: 'policyOptions.commitTrailer.Generated-by.description',
          message: 'As in the Apache Software Foundation: "Generated-by: TOOL".',
        },
      },
      none: {
        label: { id: 'policyOptions.commitTrailer.none.label', message: 'None' },
        description: {
          id: 'policyOptions.commitTrailer.none.description',
          message: 'Disclosure goes in the pull request, not in commits.',
        },
      },
    },
  },
};

export interface OriginDifference {
  readonly id: PolicyOptionId;
  /** The option's label, such as "Disclosure". */
  readonly option: Message;
  /** The label of the project's choice, and of the original policy's. */
  readonly chosen: Message;
  readonly original: Message;
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
