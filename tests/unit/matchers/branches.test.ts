import { describe, expect, it } from 'vitest';
import { branches } from '../../../src/lib/knowledge/matchers/branches.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the branches matcher', () => {
  it('takes a numbered branch named alone as an organisation, with the acronym of its body before it', () => {
    expect(found(findWith([branches], ['The president of District 751 spoke.']))).toEqual(['organization:District 751']);
    expect(found(findWith([branches], ['Members of IAM District 751 voted.']))).toEqual(['organization:IAM District 751']);
  });

  it('refuses a branch word without a number, and a number without a branch word', () => {
    expect(found(findWith([branches], ['The District said so. Route 66 was closed.']))).toEqual([]);
  });
});
