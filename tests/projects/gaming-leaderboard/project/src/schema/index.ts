export * from "./players";
export * from "./matches";
export * from "./leaderboards";
