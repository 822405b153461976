/**
 * Secrets given to the SDK are replaced by a placeholder wherever the SDK
 * produces text a user may log or show: error messages, stderr tails,
 * events and their items, approval requests, management results,
 * telemetry. Secrets are the API key, keys given to `login()`, environment
 * values whose names look secret, config values under names that look
 * secret, and credentials inside URLs (in any value, and in any text).
 */

const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|COOKIE)/i;
/** Names of config entries that hold the name of a variable, not a secret (`env_key`, `bearer_token_env_var`). */
const NAMES_A_VARIABLE = /(^|_)env(_|$)/i;
/** Short values are too likely to appear by chance to be worth replacing. */
const MIN_SECRET_LENGTH = 6;
export const REDACTED = "[REDACTED]";
/** `scheme://user:password@`: the password part (group 2) of a URL's credentials. */
const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/[^\s/?#@:"'`<>]*:)([^\s/?#@"'`<>]+)@/gi;
/** An HTTP authorization value: the credentials after the scheme (group 1). */
const AUTH_SCHEME = /^(?:Bearer|Basic|Token)\s+(\S+)$/i;
/** The shortest piece of a secret cut at an edge that is still hidden (fewer characters give nothing away). */
const MIN_PARTIAL = 4;

/** What the secrets of a `Codex` come from. */
export interface SecretSources {
  apiKey?: string | undefined;
  /** The child environment: secret-named values, and credentials in any URL-valued one. */
  env?: Readonly<Record<string, string>> | undefined;
  baseUrl?: string | undefined;
  /** The config object: values under secret-looking names, and credentials in URLs. */
  config?: unknown;
}

/** Replaces known secret values, and the passwords of URLs, in text and in JSON-like values. */
export class Redactor {
  private secrets: readonly string[] = [];
  /** The secrets as JSON writes them (a line of JSON holds this form), for a quick look before a deep one. */
  private jsonForms: readonly string[] = [];
  /** The longest secret, in UTF-8 bytes: how far past a cut a window must reach to see one whole. */
  private longestBytes = 0;

  constructor(secrets: Iterable<string | undefined>) {
    for (const secret of secrets) if (secret !== undefined) this.add(secret);
  }

  /** The secrets of a `Codex` built with these options. */
  static fromOptions(sources: SecretSources): Redactor {
    const values: string[] = [];
    if (sources.apiKey !== undefined) values.push(sources.apiKey);
    for (const [name, value] of Object.entries(sources.env ?? {})) {
      if (SECRET_NAME.test(name)) values.push(value);
      values.push(...urlPasswords(value));
    }
    if (sources.baseUrl !== undefined) values.push(...urlPasswords(sources.baseUrl));
    collectConfigSecrets(sources.config, false, values);
    return new Redactor(values);
  }

  /** One more secret (e.g. a key given to `login()`), from now on. */
  add(secret: string): void {
    if (secret.length < MIN_SECRET_LENGTH || this.secrets.includes(secret)) return;
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets = [...this.secrets, secret].sort((a, b) => b.length - a.length);
    this.jsonForms = this.secrets.map((value) => JSON.stringify(value).slice(1, -1));
    this.longestBytes = Math.max(this.longestBytes, Buffer.byteLength(secret));
  }

  /** `text` with every known secret, and every URL's password, replaced. */
  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    if (out.includes("://")) out = out.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
    return out;
  }

  /**
   * `value` with every string in it redacted. Objects and arrays are copied
   * only where something was replaced; otherwise `value` itself is returned.
   */
  redactDeep<T>(value: T): T {
    return redactValue(value, this, new Set()) as T;
  }

  /**
   * A value parsed from the JSON `line`, redacted: the line is looked at
   * first (a cheap search), so the common message with nothing secret in it
   * is returned as is, without a walk through every string.
   */
  redactParsed<T>(value: T, line: string): T {
    return this.mayHoldSecret(line) ? this.redactDeep(value) : value;
  }

  /** True when `text` (e.g. a line of JSON) may hold something {@link redact} replaces. */
  mayHoldSecret(text: string): boolean {
    for (const form of this.jsonForms) if (text.includes(form)) return true;
    return text.includes("://") && text.includes("@");
  }

  /**
   * An excerpt of at most `limitBytes` of `bytes` (the start of a line of
   * `totalBytes`), redacted before it is cut: a secret that straddles the
   * cut is replaced whole instead of showing its first characters.
   */
  excerpt(bytes: Buffer, totalBytes: number, limitBytes: number): string {
    const window = bytes.subarray(0, limitBytes + this.longestBytes).toString("utf8");
    const redacted = this.redact(window);
    const head = Buffer.from(redacted).subarray(0, limitBytes).toString("utf8").replace(/\uFFFD+$/, "");
    return totalBytes > limitBytes ? `${head}… (${totalBytes} bytes)` : head;
  }

  /**
   * The end of a longer text (a stderr tail), redacted: a secret cut by the
   * start of the tail, whose first characters are gone, is hidden too.
   */
  redactTail(tail: string, wasCut: boolean): string {
    const out = this.redact(tail);
    if (!wasCut) return out;
    for (const secret of this.secrets) {
      for (let length = Math.min(secret.length - 1, out.length); length >= MIN_PARTIAL; length -= 1) {
        if (out.startsWith(secret.slice(-length))) return REDACTED + out.slice(length);
      }
    }
    return out;
  }
}

/** The passwords in the URLs of `text` (percent-decoded too, as a program may print either form). */
function urlPasswords(text: string): string[] {
  if (!text.includes("://")) return [];
  const found: string[] = [];
  for (const match of text.matchAll(URL_CREDENTIALS)) {
    const password = match[2] as string;
    found.push(password);
    try {
      const decoded = decodeURIComponent(password);
      if (decoded !== password) found.push(decoded);
    } catch {
      // not percent-encoded
    }
  }
  return found;
}

/** Secrets in a config value: strings under secret-looking names (below `underSecretName`), and URL passwords. */
function collectConfigSecrets(value: unknown, underSecretName: boolean, out: string[]): void {
  if (typeof value === "string") {
    if (underSecretName) {
      out.push(value);
      // "Bearer <token>": the token also appears without its scheme.
      const credentials = AUTH_SCHEME.exec(value)?.[1];
      if (credentials !== undefined) out.push(credentials);
    }
    out.push(...urlPasswords(value));
  } else if (Array.isArray(value)) {
    for (const item of value) collectConfigSecrets(item, underSecretName, out);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      // A header named like a secret (Authorization, X-Api-Key, Cookie) is caught by its name too.
      const secretName = SECRET_NAME.test(key) && !NAMES_A_VARIABLE.test(key);
      collectConfigSecrets(child, underSecretName || secretName, out);
    }
  }
}

function redactValue(value: unknown, redactor: Redactor, seen: Set<object>): unknown {
  if (typeof value === "string") return redactor.redact(value);
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const redacted = redactValue(item, redactor, seen);
      if (redacted !== item) (copy ??= [...value])[index] = redacted;
    });
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const redacted = redactValue(item, redactor, seen);
    if (redacted !== item) (copy ??= { ...value })[key] = redacted;
  }
  return copy ?? value;
}
