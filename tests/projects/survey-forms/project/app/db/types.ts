import { customType } from "drizzle-orm/pg-core";

export type QuestionType = "short_text" | "long_text" | "single_choice" | "multi_choice" | "rating" | "date";

export interface QuestionSchema {
  type: QuestionType;
  label: string;
  required?: boolean;
  options?: string[];
  max?: number;
}

export type FormSettings = {
  theme: "light" | "dark";
  showProgress: boolean;
  redirectUrl?: string;
};

export const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

export const int4range = customType<{ data: [number, number]; driverData: string }>({
  dataType: () => "int4range",
  toDriver: ([lo, hi]) => `[${lo},${hi}]`,
});
