import { describe, expect, it } from 'vitest';
import shippedConfig from '../../../site.config';
import forkConfig from '../../../tests/fixtures/fork.config';
import {
  builderReducer,
  decodeChoices,
  detailFields,
  encodeChoices,
  fieldProblems,
  fieldValue,
  initialBuilderState,
} from './builderState';

const start = initialBuilderState(shippedConfig);

describe('builderReducer', () => {
  it('starts from the site’s own config, marked as a real project', () => {
    expect(start.config).toEqual({ ...shippedConfig, isExample: false });
    expect(start.checkedFields).toEqual([]);
  });

  it('records a chosen option', () => {
    const next = builderReducer(start, {
      type: 'optionChosen',
      id: 'disclosure',
      value: 'encouraged',
    });
    expect(next.config.policy.options.disclosure).toBe('encouraged');
    expect(next.config.policy.options.agentsFile).toBe(shippedConfig.policy.options.agentsFile);
  });

  it('ignores a value the option does not have', () => {
    expect(
      builderReducer(start, { type: 'optionChosen', id: 'disclosure', value: 'maybe' }),
    ).toEqual(start);
  });

  it('records an edited field without showing its error until the user leaves it', () => {
    const edited = builderReducer(start, { type: 'fieldEdited', field: 'project.name', value: '' });
    expect(edited.config.project.name).toBe('');
    expect(edited.checkedFields).toEqual([]);
    const left = builderReducer(edited, { type: 'fieldLeft', field: 'project.name' });
    expect(left.checkedFields).toEqual(['project.name']);
    expect(builderReducer(left, { type: 'fieldLeft', field: 'project.name' })).toBe(left);
  });

  it('shows every field’s error after restoring shared choices', () => {
    const restored = builderReducer(start, { type: 'choicesRestored', config: forkConfig });
    expect(restored.config).toEqual(forkConfig);
    expect(restored.checkedFields).toEqual(detailFields);
  });

  it('starts over from the site’s config', () => {
    const changed = builderReducer(start, {
      type: 'fieldEdited',
      field: 'site.baseUrl',
      value: 'x',
    });
    expect(builderReducer(changed, { type: 'startedOver', config: shippedConfig })).toEqual(start);
  });
});

describe('fieldProblems', () => {
  it('is empty for a valid config', () => {
    expect(fieldProblems(forkConfig)).toEqual({});
  });

  it('says what each invalid field should be, in the validator’s words', () => {
    let state = builderReducer(start, { type: 'fieldEdited', field: 'project.name', value: ' ' });
    state = builderReducer(state, { type: 'fieldEdited', field: 'site.baseUrl', value: 'policy' });
    expect(fieldProblems(state.config)).toEqual({
      'project.name': 'a non-empty string',
      'site.baseUrl': 'a path that starts and ends with "/", such as "/" or "/policy/"',
    });
  });
});

describe('choices in the page address', () => {
  it('are empty when nothing differs from the site', () => {
    expect(encodeChoices(start.config, start.config)).toBe('');
  });

  it('hold only what differs', () => {
    const state = builderReducer(start, {
      type: 'optionChosen',
      id: 'commitTrailer',
      value: 'none',
    });
    expect(encodeChoices(state.config, start.config)).toBe('choices?commitTrailer=none');
  });

  it('round-trip every option and field', () => {
    const hash = `#${encodeChoices(forkConfig, start.config)}`;
    expect(decodeChoices(hash, start.config)).toEqual(forkConfig);
    for (const field of detailFields) {
      expect(hash).toContain(`${field}=`);
      expect(fieldValue(decodeChoices(hash, start.config) ?? start.config, field)).toBe(
        fieldValue(forkConfig, field),
      );
    }
  });

  it('round-trip text with spaces, quotes, "&", "#" and "="', () => {
    const awkward = builderReducer(start, {
      type: 'fieldEdited',
      field: 'contact.label',
      value: 'the "A & B = C" #team’s forum',
    }).config;
    expect(decodeChoices(`#${encodeChoices(awkward, start.config)}`, start.config)).toEqual(
      awkward,
    );
  });

  it('ignore anchors that are not choices, and unknown keys or values', () => {
    expect(decodeChoices('#how-to-adopt', start.config)).toBeNull();
    expect(decodeChoices('', start.config)).toBeNull();
    expect(
      decodeChoices('#choices?colour=blue&disclosure=maybe&isExample=true', start.config),
    ).toEqual(start.config);
  });
});
