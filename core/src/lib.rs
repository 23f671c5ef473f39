//! Domain model, rules, storage, PDFs and the portal client of *cittadinanza*.
//!
//! This crate has no GUI dependency so that it builds and tests fast; the desktop
//! app is a thin layer of screens over it.
#![forbid(unsafe_code)]
// Beside the workspace's lints (Cargo.toml): no `expect` outside tests, and a library
// never prints (it returns errors; the app and the server decide what to show).
#![warn(clippy::expect_used, clippy::print_stdout, clippy::print_stderr)]

pub mod calendar;
pub mod codice_fiscale;
pub mod drafts;
pub mod form;
pub mod i18n;
pub mod k10;
pub mod model;
pub mod pdf;
pub mod pec;
pub mod portal;
pub mod prefectures;
pub mod review;
pub mod rules;
pub mod samples;
pub mod secrets;
pub mod store;
