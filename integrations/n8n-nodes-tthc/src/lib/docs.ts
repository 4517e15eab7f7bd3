/**
 * The node's documentation link in the editor (the book icon of the node panel): this package's
 * README in the project's repository. n8n's own default would be the npm page of the package,
 * which does not exist while the package is installed from the repository.
 */
export const DOCUMENTATION_URL = 'https://github.com/tthc-report/tthc-report/blob/main/integrations/n8n-nodes-tthc/README.md';

/**
 * An n8n subtitle expression that shows the label of the chosen option of `parameter` rather
 * than its raw value (n8n's subtitle is an expression over `$parameter` only). `extra` can give
 * an expression for some values, e.g. the dates of an explicit period.
 */
export function optionLabelSubtitle(
  parameter: string,
  options: readonly { name: string; value: string | number | boolean }[],
  extra: Record<string, string> = {},
): string {
  const value = `$parameter[${JSON.stringify(parameter)}]`;
  const chain = options
    .map((o) => `${value} === ${JSON.stringify(o.value)} ? ${extra[String(o.value)] ?? JSON.stringify(o.name)} : `)
    .join('');
  return `={{ ${chain}${value} }}`;
}
