import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { PolicySource } from '@site/src/adoption/policyMarkdown';
import type { SiteConfig } from '@site/src/config/types';
import type { Expectation } from '@site/src/config/validate';
import { policySummary } from '@site/src/data/policySummary';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import { translateMessage } from '@site/src/translation/translateMessage';
import { makeFiles, makeSiteConfigFile, type FileOutcome, type TextOutcome } from './builderFiles';
import {
  builderReducer,
  decodeChoices,
  encodeChoices,
  fieldProblems,
  initialBuilderState,
  startingTraces,
  type BuilderAction,
  type BuilderState,
  type DetailField,
  type StartingTrace,
} from './builderState';

export interface AdoptionBuilder {
  readonly state: BuilderState;
  readonly dispatch: (action: BuilderAction) => void;
  /** Why each invalid field would stop the build, for every field, shown beside it or not. */
  readonly problems: Partial<Record<DetailField, Expectation>>;
  /** The fields that still hold the starting project's name or address. */
  readonly traces: Partial<Record<DetailField, StartingTrace>>;
  readonly files: readonly FileOutcome[];
  readonly siteConfigFile: TextOutcome;
  /** The "In short" points of the policy, with the chosen options, in the reader's language. */
  readonly summary: readonly { readonly name: string; readonly text: string }[];
}

/** Keeps the choices in the "#" part of the address, so they survive a reload and can be shared. */
function useChoicesInAddress(
  config: SiteConfig,
  defaults: SiteConfig,
  dispatch: (action: BuilderAction) => void,
): void {
  const restored = useRef(false);
  useEffect(() => {
    const choices = decodeChoices(window.location.hash, defaults);
    if (choices !== null) {
      dispatch({ type: 'choicesRestored', config: choices });
    }
    restored.current = true;
  }, [defaults, dispatch]);

  useEffect(() => {
    if (!restored.current) {
      return;
    }
    const encoded = encodeChoices(config, defaults);
    const { pathname, search, hash } = window.location;
    if (encoded !== '') {
      window.history.replaceState(window.history.state, '', `${pathname}${search}#${encoded}`);
    } else if (hash.startsWith('#choices?')) {
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
    }
  }, [config, defaults]);
}

/**
 * The policy's text and the check's code, for the two files made from them. They load once the
 * page has started, in their own file, so that a phone does not download and parse them first.
 */
function usePolicySource(): PolicySource | null {
  const [source, setSource] = useState<PolicySource | null>(null);
  useEffect(() => {
    let current = true;
    void import('@generated/adoption-files/default/policy-source.json').then((module) => {
      if (current) {
        setSource(module.default);
      }
    });
    return () => {
      current = false;
    };
  }, []);
  return source;
}

/**
 * The builder's state and everything made from it, with the same generators
 * the build uses. Nothing here throws: a file that cannot be made comes back
 * with its reason instead.
 */
export function useAdoptionBuilder(): AdoptionBuilder {
  const siteConfig = useSiteConfig();
  const defaults = useMemo(() => initialBuilderState(siteConfig).config, [siteConfig]);
  const [state, dispatch] = useReducer(builderReducer, siteConfig, initialBuilderState);
  useChoicesInAddress(state.config, defaults, dispatch);

  const { config, start } = state;
  const source = usePolicySource();
  const files = useMemo(() => makeFiles(config, source), [config, source]);
  const summary = useMemo(
    () =>
      policySummary(config.policy.options).map((point) => ({
        name: translateMessage(point.name),
        text: point.sentences.map((sentence) => translateMessage(sentence)).join(' '),
      })),
    [config],
  );
  return {
    state,
    dispatch,
    problems: useMemo(() => fieldProblems(config), [config]),
    traces: useMemo(() => startingTraces(config, start), [config, start]),
    files,
    siteConfigFile: useMemo(() => makeSiteConfigFile(config), [config]),
    summary,
  };
}
