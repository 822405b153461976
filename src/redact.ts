/**
 * Secrets given to the SDK (the API key, and environment values whose names
 * look secret) are replaced by a placeholder wherever the SDK builds text that
 * a user may log: error messages, stderr tails, telemetry.
 */

const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH)/i;
/** Short values are too likely to appear by chance to be worth replacing. */
const MIN_SECRET_LENGTH = 6;
export const REDACTED = "[REDACTED]";

/** Replaces known secret values in text. */
export class Redactor {
  private secrets: readonly string[];

  constructor(secrets: Iterable<string | undefined>) {
    const unique = new Set<string>();
    for (const secret of secrets) {
      if (secret !== undefined && secret.length >= MIN_SECRET_LENGTH) unique.add(secret);
    }
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets = [...unique].sort((a, b) => b.length - a.length);
  }

  /** Secrets of a `Codex` built with these options. */
  static fromOptions(apiKey: string | undefined, env: Readonly<Record<string, string>> | undefined): Redactor {
    const values: (string | undefined)[] = [apiKey];
    for (const [name, value] of Object.entries(env ?? {})) {
      if (SECRET_NAME.test(name)) values.push(value);
    }
    return new Redactor(values);
  }

  /** One more secret (e.g. a key given to `login()`), from now on. */
  add(secret: string): void {
    if (secret.length < MIN_SECRET_LENGTH || this.secrets.includes(secret)) return;
    this.secrets = [...this.secrets, secret].sort((a, b) => b.length - a.length);
  }

  /** An event whose message may quote a secret (a model's error echoing the key) with it replaced; others unchanged. */
  redactEvent<E extends { type: string }>(event: E): E {
    const withMessage = event as E & { message?: unknown; error?: { message?: unknown } };
    if (withMessage.type === "error" && typeof withMessage.message === "string") {
      const message = this.redact(withMessage.message);
      if (message !== withMessage.message) return { ...withMessage, message };
    }
    if (withMessage.type === "turn.failed" && typeof withMessage.error?.message === "string") {
      const message = this.redact(withMessage.error.message);
      if (message !== withMessage.error.message) return { ...withMessage, error: { ...withMessage.error, message } };
    }
    return event;
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  }
}
