export * from "./enums"
export * from "./auth"
export * from "./profiles"
