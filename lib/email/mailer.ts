import "server-only";
/**
 * Sending e-mail over SMTP with nodemailer (docs/decisions/022-job-queue.md): SMTP_URL, e.g.
 * smtp://user:pass@mail.example.dk:587 or smtps://…:465; unset = e-mail is off (in-app only).
 * MAIL_FROM is the sender (default "Sundhedsaftaleportalen <no-reply@sundhedsaftaleportalen.invalid>").
 * Only the job queue sends (lib/domain/jobs/email.ts), never a request.
 */
import nodemailer, { type Transporter } from "nodemailer";

let cached: { url: string; transport: Transporter } | undefined;

export function emailEnabled(): boolean {
  return Boolean(process.env.SMTP_URL);
}

function transport(): Transporter {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }) };
  return cached.transport;
}

export type Mail = { to: string; subject: string; text: string };

export async function sendMail(mail: Mail): Promise<void> {
  await transport().sendMail({ from: process.env.MAIL_FROM || "Sundhedsaftaleportalen <no-reply@sundhedsaftaleportalen.invalid>", ...mail });
}

/** For /api/health: can the SMTP server be reached (null when e-mail is off). */
export async function smtpReady(): Promise<boolean | null> {
  if (!emailEnabled()) return null;
  try {
    return await transport().verify();
  } catch {
    return false;
  }
}

/** The portal's public address for links in mails (PORTAL_URL, default http://localhost:3000). */
export function portalUrl(path: string): string {
  return new URL(path, process.env.PORTAL_URL || "http://localhost:3000").toString();
}
