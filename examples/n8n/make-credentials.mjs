#!/usr/bin/env node
// The credentials the example workflows that listen are locked with, as a file for
// `n8n import:credentials`: the officer's form (Basic Auth) and the city webhook (a header key).
// Their ids are those the workflows name, so the imported workflows use them as they are.
//
//   node examples/n8n/make-credentials.mjs > /tmp/tthc-credentials.json
//   n8n import:credentials --input=/tmp/tthc-credentials.json && rm /tmp/tthc-credentials.json
//
// The secrets are made at random and printed once on stderr (give the form's to the officers, the
// key to whatever calls the webhook); TTHC_FORM_USER, TTHC_FORM_PASSWORD and TTHC_CITY_WEBHOOK_KEY
// set them instead.
import { randomBytes } from 'node:crypto';

const secret = () => randomBytes(18).toString('base64url');

/** The credentials' ids and names, as the example workflows reference them. */
export const FORM_CREDENTIAL = { id: 'tthcFormBasicAu1', name: 'TTHC biểu mẫu (Basic Auth)' };
export const CITY_WEBHOOK_CREDENTIAL = { id: 'tthcCityHeaderK1', name: 'TTHC webhook thành phố (khóa)' };
/** The header the city webhook wants. */
export const CITY_WEBHOOK_HEADER = 'X-TTHC-Key';

/** The credentials file's content, with the secrets given or made. */
export function exampleCredentials({ formUser, formPassword, cityKey } = {}) {
  return [
    { ...FORM_CREDENTIAL, type: 'httpBasicAuth', data: { user: formUser ?? 'can-bo', password: formPassword ?? secret() } },
    { ...CITY_WEBHOOK_CREDENTIAL, type: 'httpHeaderAuth', data: { name: CITY_WEBHOOK_HEADER, value: cityKey ?? secret() } },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [form, city] = exampleCredentials({
    formUser: process.env.TTHC_FORM_USER,
    formPassword: process.env.TTHC_FORM_PASSWORD,
    cityKey: process.env.TTHC_CITY_WEBHOOK_KEY,
  });
  process.stdout.write(`${JSON.stringify([form, city], null, 2)}\n`);
  process.stderr.write(
    `Biểu mẫu / form: user "${form.data.user}", password "${form.data.password}"\n` +
      `Webhook thành phố / city webhook: header ${city.data.name}: ${city.data.value}\n`,
  );
}
