import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { SiteConfig } from '@site/src/config/types';
import { useAddressPart } from '@site/src/hooks/useAddressPart';
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

/**
 * Keeps the choices in the "#" part of the address, so they survive a reload and can be shared.
 * With no choices left, the address keeps "#choices" rather than nothing: an empty "#" part
 * would make the site scroll to the top of the page.
 */
function useChoicesInAddress(
  config: SiteConfig,
  defaults: SiteConfig,
  dispatch: (action: BuilderAction) => void,
): void {
  const [hash, setHash] = useAddressPart('hash');
  // The address as last read; the effect below, which runs first, keeps it.
  const current = useRef(hash);
  // What the builder wrote last: reading it back restores nothing.
  const written = useRef<string | null>(null);

  useEffect(() => {
    current.current = hash;
    const choices = hash === written.current ? null : decodeChoices(hash, defaults);
    if (choices !== null) {
      dispatch({ type: 'choicesRestored', config: choices });
    }
  }, [hash, defaults, dispatch]);

  // It runs when the choices change, not when the address does: a shared link is read first.
  useEffect(() => {
    const encoded = encodeChoices(config, defaults);
    const before = current.current;
    const next =
      encoded !== '' ? `#${encoded}` : before.startsWith('#choices') ? '#choices' : before;
    if (next !== before) {
      written.current = next;
      setHash(next);
    }
  }, [config, defaults, setHash]);
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
