export * from "./users";
export * from "./recipes";
export * from "./ingredients";
