import type { NextFunction, Request, Response } from 'express';

/** Every string in a JSON value in Unicode NFC, so that "é" typed two ways is stored, searched and compared as one. */
export function nfcDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => nfcDeep(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, nfcDeep(v, depth + 1)]),
  );
}

/**
 * NFC-normalises the GraphQL request (query text with its literals, and variables) before it
 * runs. Unpaired surrogates survive normalisation and are refused by InputCheck.text with the
 * field's name, as are bidirectional controls.
 */
export function nfcInput(req: Request, _res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) req.body = nfcDeep(body);
  next();
}
