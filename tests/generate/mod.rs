//! `dbkit generate` and `dbkit export`, run as the binary: the golden corpus end to end
//! ([`corpus`]), rename questions without and with a terminal ([`renames`]), refusals ([`errors`]).

mod corpus;
mod errors;
mod mixed;
mod projects;
mod renames;
