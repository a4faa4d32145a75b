export * from "./profiles";
export * from "./graph";
export * from "./posts";
export * from "./notifications";
export { feedView } from "./views";
