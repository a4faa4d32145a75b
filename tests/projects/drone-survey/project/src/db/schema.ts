export * from "./enums";
export * from "./fleet";
export * from "./flights";
