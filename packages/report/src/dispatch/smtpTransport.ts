import { z } from 'zod';

// Sending one mail over SMTP (nodemailer: the library n8n's own Send Email node uses; pure
// JavaScript). The dispatch only needs `MailTransport`: tests and other programs may give their own.

/** One message as the dispatch hands it to a transport. */
export interface OutgoingMail {
  /** `<…@domain>`: the same for every send of one report version. */
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  attachments: { name: string; content: string | Uint8Array }[];
}

/** What SMTP answered: the addresses it accepted and refused, and its reply. */
export interface SentMail {
  accepted: string[];
  rejected: string[];
  response: string;
}

/** Sends messages (an SMTP connection, or anything that delivers them). */
export interface MailTransport {
  /** Where it sends, for messages (host and port, never a password). */
  readonly server?: string;
  send(mail: OutgoingMail): Promise<SentMail>;
  close?(): void;
}

/**
 * An SMTP server: `smtp://user:password@host:587` (STARTTLS when the server offers it),
 * `smtps://…:465` (TLS), or the settings one by one (n8n's SMTP credential has these).
 */
export const SmtpSettings = z.union([
  z.string().regex(/^smtps?:\/\//i, { error: 'expected an smtp:// or smtps:// URL' }),
  z.object({
    host: z.string().trim().min(1),
    port: z.number().int().min(1).max(65535).default(587),
    /** TLS from the start (port 465). */
    secure: z.boolean().default(false),
    user: z.string().optional(),
    password: z.string().optional(),
    /** Never upgrade with STARTTLS (a server on the same machine). */
    disableStartTls: z.boolean().default(false),
    /** The name this machine gives in HELO/EHLO. */
    clientName: z.string().trim().min(1).optional(),
    /** Accept a certificate no authority signed. */
    allowUnauthorizedCerts: z.boolean().default(false),
  }),
]);
export type SmtpSettings = z.input<typeof SmtpSettings>;

/** Where an SMTP server is, for messages: host and port, never the password. */
export function smtpServerName(settings: SmtpSettings): string {
  const s = SmtpSettings.parse(settings);
  if (typeof s === 'string') {
    const url = new URL(s);
    return `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
  }
  return `${s.host}:${s.port}`;
}

/** A transport over one SMTP server (nodemailer, loaded when first used). */
export function smtpTransport(settings: SmtpSettings): MailTransport {
  const s = SmtpSettings.parse(settings);
  let transporter: Promise<import('nodemailer').Transporter> | undefined;
  const open = async () => {
    const nodemailer = (await import('nodemailer')).default;
    if (typeof s === 'string') return nodemailer.createTransport(s);
    return nodemailer.createTransport({
      host: s.host,
      port: s.port,
      secure: s.secure,
      ignoreTLS: s.disableStartTls,
      ...(s.user ? { auth: { user: s.user, pass: s.password ?? '' } } : {}),
      ...(s.clientName ? { name: s.clientName } : {}),
      tls: { rejectUnauthorized: !s.allowUnauthorizedCerts },
    });
  };
  return {
    server: smtpServerName(settings),
    async send(mail) {
      transporter ??= open();
      const info = await (await transporter).sendMail({
        messageId: mail.messageId,
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: mail.attachments.map((a) => ({ filename: a.name, content: typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength) })),
      });
      const addresses = (list: unknown) => (Array.isArray(list) ? list.map((a) => (typeof a === 'string' ? a : String((a as { address?: string }).address))) : []);
      return { accepted: addresses(info.accepted), rejected: addresses(info.rejected), response: String(info.response ?? '') };
    },
    close() {
      void transporter?.then((t) => t.close());
    },
  };
}
