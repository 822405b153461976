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
    else if (item?.type === "local_image" && typeof item.path === "string") images.push(item.path);
    else {
      throw new CodexConfigError(
        `input[${index}] must be { type: "text", text: string } or { type: "local_image", path: string }`,
      );
    }
  });
  return { prompt: texts.join("\n\n"), images };
}
