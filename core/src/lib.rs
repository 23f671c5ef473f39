//! Domain model, rules, storage, PDFs and the portal client of *cittadinanza*.
//!
//! This crate has no GUI dependency so that it builds and tests fast; the desktop
//! app is a thin layer of screens over it.
#![forbid(unsafe_code)]

pub mod calendar;
pub mod codice_fiscale;
pub mod drafts;
pub mod k10;
pub mod model;
pub mod pdf;
pub mod pec;
pub mod portal;
pub mod prefectures;
pub mod rules;
pub mod samples;
pub mod secrets;
pub mod store;
