/**
 * Text of an uncompressed PDF written with the standard fonts (as the plan PDF is): the hex
 * strings inside each TJ array, decoded as WinAnsi (Latin-1 for the characters we use).
 * One line per TJ; wrapped lines are joined again by `flatText`.
 */
export function pdfLines(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  for (const m of source.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ/g)) {
    const parts = [...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1'));
    lines.push(parts.join(''));
  }
  return lines;
}

export function flatText(pdf: Buffer): string {
  return pdfLines(pdf).join(' ').replace(/\s+/g, ' ');
}
