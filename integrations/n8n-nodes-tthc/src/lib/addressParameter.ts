import type { IExecuteFunctions } from 'n8n-workflow';
import { EmailAddress } from '@tthc/render';
import { n8nInputErrors } from './n8nErrors';
import { inputErrorFor } from './nodeError';

/**
 * The e-mail addresses of a node's text parameter (comma- or semicolon-separated; empty: none),
 * each checked: a wrong one is the node's error `wording`, naming it.
 */
export function addressesOf(
  ctx: IExecuteFunctions,
  parameter: string,
  wording: typeof n8nInputErrors.invalid_recipient | typeof n8nInputErrors.invalid_city_recipient,
): string[] {
  const addresses = String(ctx.getNodeParameter(parameter, 0, ''))
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean);
  for (const address of addresses) {
    if (!EmailAddress.safeParse(address).success) throw inputErrorFor(ctx.getNode(), wording, { params: { address } });
  }
  return addresses;
}
