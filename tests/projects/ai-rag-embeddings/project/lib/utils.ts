import { customAlphabet } from "nanoid";

export const nanoid = customAlphabet("0123456789abcdefghijklmnopqrstuvwxyz");

export function cn(...classes: Array<string | false | null | undefined>) {
  return classes.filter(Boolean).join(" ");
}
