import { statSync } from "node:fs";
import path from "node:path";
import { CodexConfigError } from "./errors.js";

/** One part of a structured input. */
export type UserInput = TextInput | LocalImageInput;

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

/** The prompt (text parts joined by blank lines) and image paths of an input. */
export interface NormalizedInput {
  prompt: string;
  images: string[];
}

export function normalizeInput(input: Input): NormalizedInput {
  if (typeof input === "string") return { prompt: input, images: [] };
  if (!Array.isArray(input)) {
    throw new CodexConfigError("input must be a string or an array of { type: \"text\" | \"local_image\" } parts");
  }
  const texts: string[] = [];
  const images: string[] = [];
  input.forEach((part: unknown, index) => {
    const item = part as Partial<Record<"type" | "text" | "path", unknown>> | null;
    if (item?.type === "text" && typeof item.text === "string") texts.push(item.text);
    else if (item?.type === "local_image" && typeof item.path === "string") images.push(imagePath(item.path, index));
    else {
      throw new CodexConfigError(
        `input[${index}] must be { type: "text", text: string } or { type: "local_image", path: string }`,
      );
    }
  });
  return { prompt: texts.join("\n\n"), images };
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

/** A turn's input must say something: codex exec fails without a prompt, and the app-server would run an empty turn. */
export function requirePrompt(input: NormalizedInput): void {
  if (input.prompt.length === 0) {
    throw new CodexConfigError(input.images.length > 0 ? "The input has images but no text: add a text part (codex needs a prompt)" : "The input is empty: codex needs a prompt");
  }
}
