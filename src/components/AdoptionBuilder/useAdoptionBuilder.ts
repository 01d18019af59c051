import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { SiteConfig } from '@site/src/config/types';
import { useSiteConfig } from '@site/src/hooks/useSiteConfig';
import {
  builderReducer,
  decodeChoices,
  encodeChoices,
  initialBuilderState,
  type BuilderAction,
  type BuilderState,
} from './builderState';

export interface AdoptionBuilder {
  readonly state: BuilderState;
  readonly dispatch: (action: BuilderAction) => void;
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
 * The builder's state, kept in the page's address. The files and checks made from it belong to
 * the later steps (LaterSteps.tsx), which load on their own.
 */
export function useAdoptionBuilder(): AdoptionBuilder {
  const siteConfig = useSiteConfig();
  const defaults = useMemo(() => initialBuilderState(siteConfig).config, [siteConfig]);
  const [state, dispatch] = useReducer(builderReducer, siteConfig, initialBuilderState);
  useChoicesInAddress(state.config, defaults, dispatch);
  return { state, dispatch };
}
