export type Theme = { primary: string; dark: boolean; fonts: string[] };
export type BlockList = Array<{ type: "text" | "image"; value: string }>;
