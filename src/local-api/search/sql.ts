/** A parameterised SQL fragment: the text holds `?` placeholders, `params` their values in order. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export const fragment = (sql: string, params: unknown[] = []): SqlFragment => ({ sql, params });

/** Joins fragments with a separator, keeping parameter order. */
export function joinFragments(parts: readonly SqlFragment[], separator: string): SqlFragment {
  return { sql: parts.map((p) => p.sql).join(separator), params: parts.flatMap((p) => p.params) };
}

/**
 * Fills a template whose `$` marks stand for `expr` (which may appear several times, e.g.
 * `($ IS NULL OR $ != ?)`), repeating the expression's own parameters at each occurrence.
 */
export function around(template: string, expr: SqlFragment, ...values: unknown[]): SqlFragment {
  return { sql: template.split('$').join(expr.sql), params: orderParams(template, expr, values) };
}

/** Parameters in text order: each `$` contributes the expression's params, each `?` the next value. */
function orderParams(template: string, expr: SqlFragment, values: unknown[]): unknown[] {
  const params: unknown[] = [];
  let next = 0;
  for (const ch of template) {
    if (ch === '$') params.push(...expr.params);
    else if (ch === '?') params.push(values[next++]);
  }
  return params;
}
