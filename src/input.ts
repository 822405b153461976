import { statSync } from "node:fs";
import path from "node:path";
import { CodexConfigError } from "./errors.js";

/** One part of a structured input. */
export type UserInput = TextInput | LocalImageInput | ImageUrlInput | SkillInput | MentionInput;

/** Extension (app-server): an image by URL. codex 0.171 takes `data:` URLs only (it refuses to fetch others). */
export interface ImageUrlInput {
  /** Always `"image"`. */
  type: "image";
  /** The image as a `data:image/…;base64,…` URL. */
  url: string;
}

/** Extension (app-server): a skill the agent is to use (its `SKILL.md`). */
export interface SkillInput {
  /** Always `"skill"`. */
  type: "skill";
  /** The skill's name. */
  name: string;
  /** Path of its `SKILL.md`. */
  path: string;
}

/** Extension (app-server): a file or symbol the user points the agent at. */
export interface MentionInput {
  /** Always `"mention"`. */
  type: "mention";
  /** What is mentioned, as shown to the user. */
  name: string;
  /** Its path. */
  path: string;
}

/** The parts of an input only the app-server takes. */
export type AppServerInput = ImageUrlInput | SkillInput | MentionInput;

/** Text for the agent; several are joined with blank lines. */
export interface TextInput {
  /** Always `"text"`. */
  type: "text";
  /** The text. */
  text: string;
}

/** An image file for the agent (`--image` on exec). */
export interface LocalImageInput {
  /** Always `"local_image"`. */
  type: "local_image";
  /** Path of the image file. */
  path: string;
}

/** The input of a turn: a prompt, or text and image parts. */
export type Input = string | UserInput[];

/** The prompt (text parts joined by blank lines) and image paths of an input, and the parts only the app-server takes. */
export interface NormalizedInput {
  prompt: string;
  images: string[];
  /** Image URLs, skills and mentions, in their order (absent when there are none). */
  extras?: AppServerInput[];
}

export function normalizeInput(input: Input): NormalizedInput {
  if (typeof input === "string") return { prompt: input, images: [] };
  if (!Array.isArray(input)) {
    throw new CodexConfigError("input must be a string or an array of { type: \"text\" | \"local_image\" } parts");
  }
  const texts: string[] = [];
  const images: string[] = [];
  const extras: AppServerInput[] = [];
  input.forEach((part: unknown, index) => {
    const item = part as Partial<Record<"type" | "text" | "path" | "url" | "name", unknown>> | null;
    if (item?.type === "text" && typeof item.text === "string") texts.push(item.text);
    else if (item?.type === "local_image" && typeof item.path === "string") images.push(imagePath(item.path, index));
    else if (item?.type === "image" && typeof item.url === "string") extras.push({ type: "image", url: imageUrl(item.url, index) });
    else if ((item?.type === "skill" || item?.type === "mention") && typeof item.name === "string" && typeof item.path === "string") {
      if (item.name.length === 0 || item.path.length === 0) throw new CodexConfigError(`input[${index}]: a ${item.type} needs a name and a path`);
      extras.push({ type: item.type, name: item.name, path: path.resolve(item.path) });
    } else {
      throw new CodexConfigError(
        `input[${index}] must be { type: "text", text }, { type: "local_image", path }, { type: "image", url }, { type: "skill", name, path } or { type: "mention", name, path }`,
      );
    }
  });
  return extras.length === 0 ? { prompt: texts.join("\n\n"), images } : { prompt: texts.join("\n\n"), images, extras };
}

/**
 * The image's absolute path (so it can never be taken for a flag, and means
 * the same to a process started elsewhere), once it is known to be a file:
 * codex would otherwise fail the turn with a message that does not name it.
 */
function imagePath(file: string, index: number): string {
  if (file.length === 0 || file.includes("\0")) throw new CodexConfigError(`input[${index}].path must be a non-empty path without NUL characters`);
  const resolved = path.resolve(file);
  let isFile: boolean;
  try {
    isFile = statSync(resolved).isFile();
  } catch {
    throw new CodexConfigError(`input[${index}]: the image ${JSON.stringify(resolved)} does not exist`);
  }
  if (!isFile) throw new CodexConfigError(`input[${index}]: the image ${JSON.stringify(resolved)} is not a file`);
  return resolved;
}

/** An image URL codex takes: a `data:` URL of an image (codex 0.171 refuses to fetch any other). */
function imageUrl(url: string, index: number): string {
  if (!/^data:image\/[a-z0-9.+-]+;base64,/i.test(url)) throw new CodexConfigError(`input[${index}].url must be a data:image/…;base64,… URL (codex does not fetch remote images)`);
  return url;
}

/** A turn's input must say something: codex exec fails without a prompt, and the app-server would run an empty turn. */
export function requirePrompt(input: NormalizedInput): void {
  if (input.prompt.length === 0) {
    throw new CodexConfigError(input.images.length > 0 ? "The input has images but no text: add a text part (codex needs a prompt)" : "The input is empty: codex needs a prompt");
  }
}
