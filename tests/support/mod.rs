//! Test support: a real PostgreSQL ([`server`]) and temporary projects run with the built binary ([`project`]).

#![allow(dead_code)]

pub mod project;
pub mod pty;
pub mod server;

pub use project::{Project, finish};
pub use server::{PASSWORD, TestDb, drop_roles, roles_lock, server};
