/** Turns zod's issues into the product's own located, translatable problems. */
import type { z } from 'zod';
import { describeValue, type PathSegment, type Problem } from './problems';

const TYPE_NAMES: Record<string, string> = {
  string: 'string',
  number: 'number',
  int: 'number',
  boolean: 'boolean',
  array: 'array',
  object: 'object',
  record: 'object',
};

export function issueToProblems(issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const hasInput = 'input' in issue && issue.input !== undefined;
  const got = describeValue(hasInput ? issue.input : undefined);
  switch (issue.code) {
    case 'invalid_type':
      if (!hasInput) return [{ path, code: 'required', params: {} }];
      if (issue.expected === 'int' && typeof issue.input === 'number') return [{ path, code: 'not-integer', params: { got } }];
      return [
        {
          path,
          code: 'expected-type',
          params: { expected: `type.${TYPE_NAMES[issue.expected] ?? 'object'}`, got },
        },
      ];
    case 'invalid_value': {
      if (!hasInput) return [{ path, code: 'required', params: {} }];
      const options = issue.values.map((v) => String(v));
      if (options.length === 1) return [{ path, code: 'expected-literal', params: { expected: JSON.stringify(issue.values[0]), got } }];
      return [{ path, code: 'expected-one-of', params: { options, got } }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], code: 'unknown-field' as const, params: { key } }));
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return [{ path, code: 'too-short', params: {} }];
      return [{ path, code: 'too-small', params: { min: Number(issue.minimum), got } }];
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array') return [{ path, code: 'too-long', params: { max: Number(issue.maximum) } }];
      return [{ path, code: 'too-big', params: { max: Number(issue.maximum), got } }];
    case 'custom':
      if (issue.params?.['code'] === 'blank') return [{ path, code: 'blank', params: {} }];
      return [{ path, code: 'invalid', params: {} }];
    default:
      return [{ path, code: 'invalid', params: {} }];
  }
}
