//! The desktop application of *cittadinanza* (iced). The binary (`main.rs`) only parses the
//! command line; everything else is here so that integration tests can drive the interface.
#![forbid(unsafe_code)]
// Beside the workspace's lints (Cargo.toml): no `expect` outside tests.
#![warn(clippy::expect_used)]

pub mod app;
pub mod demo;
pub mod file_dialog;
pub mod fonts;
pub mod i18n;
pub mod opener;
pub mod portal;
pub mod screen;
pub mod settings;
pub mod store;
pub mod theme;
pub mod widget;
