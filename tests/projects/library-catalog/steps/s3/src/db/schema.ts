// Everything drizzle-kit sees goes through here.
export { patrons } from "./tables/members.js";
export { circulation, loans as bookLoans, loanStatus } from "./tables/loans.js";
export { default as branches } from "./tables/branches.js";
export { books, copies, authors, bookAuthors } from "./tables/catalog.js";
export { legacyPatrons } from "./tables/legacy.js";
export type { Patron, NewPatron } from "./tables/members.js";
