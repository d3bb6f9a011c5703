/** What is wrong with a free-text answer, measured on the trimmed text; null when nothing is. */
export type TextProblem = 'required' | 'tooShort' | 'tooLong' | null;

export interface TextRule {
  min: number;
  max: number;
}

export function textProblem(value: string, rule: TextRule): TextProblem {
  const length = value.trim().length;
  if (length === 0) return 'required';
  if (length < rule.min) return 'tooShort';
  if (length > rule.max) return 'tooLong';
  return null;
}
