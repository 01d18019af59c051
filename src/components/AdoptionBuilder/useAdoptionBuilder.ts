import { useEffect, useMemo, useReducer, useRef } from 'react';
import policySource from '@generated/adoption-files/default/policy-source.json';
import { generateFiles, type GeneratedFile } from '@site/src/adoption/files';
import { policySummary, summaryText } from '@site/src/data/policySummary';
import { siteConfigFile } from '@site/src/adoption/siteConfigFile';
import type { SiteConfig } from '@site/src/config/types';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import {
  builderReducer,
  decodeChoices,
  encodeChoices,
  fieldProblems,
  initialBuilderState,
  type BuilderAction,
  type BuilderState,
  type DetailField,
} from './builderState';

export interface AdoptionBuilder {
  readonly state: BuilderState;
  readonly dispatch: (action: BuilderAction) => void;
  /** What each invalid field should be, for every field, shown or not. */
  readonly problems: Partial<Record<DetailField, string>>;
  readonly files: readonly GeneratedFile[];
  readonly siteConfigText: string;
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

/** The builder's state and everything made from it, with the same generators the build uses. */
export function useAdoptionBuilder(): AdoptionBuilder {
  const siteConfig = useSiteConfig();
  const defaults = useMemo(() => initialBuilderState(siteConfig).config, [siteConfig]);
  const [state, dispatch] = useReducer(builderReducer, siteConfig, initialBuilderState);
  useChoicesInAddress(state.config, defaults, dispatch);

  const { config } = state;
  const files = useMemo(() => generateFiles(config, policySource), [config]);
  const summary = useMemo(
    () =>
      policySummary(config.policy.options).map((point) => ({
        name: point.name.message,
        text: summaryText(point),
      })),
    [config],
  );
  return {
    state,
    dispatch,
    problems: useMemo(() => fieldProblems(config), [config]),
    files,
    siteConfigText: useMemo(() => siteConfigFile(config), [config]),
    summary,
  };
}
