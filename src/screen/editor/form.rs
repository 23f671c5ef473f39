//! The field catalogue of the twelve sections lives in the core (`cittadinanza_core::form`):
//! kinds, choices, lists, relevance and label ids, shared with the read-back review and the
//! summary PDF. Re-exported here for the editor's drawing (`view.rs`) and the screens that
//! name fields.

pub use cittadinanza_core::form::*;
