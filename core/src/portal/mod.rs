//! Portal API: the data exchanged ([`api`]), the HTTP [`client`], the offline-first
//! [`sync`] engine with its three-way [`merge`], its access to the local store ([`local`])
//! and one synchronisation as the app runs it ([`run`]), and where the token is kept
//! ([`token`]). The ministry offers no public API; this one is specified in
//! `docs/portal-api.yaml` and served by `portal-server`.

pub mod api;
pub mod client;
pub mod error;
pub mod local;
pub mod merge;
pub mod queue;
pub mod run;
pub mod sync;
pub mod token;

pub use api::*;
pub use client::{Client, ClientConfig, MAX_ANSWER_BYTES, UploadSource, check_base_url};
pub use error::{PortalError, portal_message_ids};
pub use local::{LocalDrafts, StoreDrafts};
pub use merge::{changed_parts, rebase, three_way};
pub use queue::{LEGACY_QUEUE_FILE, Recovery};
pub use run::{QueueView, RunOutcome};
pub use sync::{
    Conflict, DraftPart, DraftSource, LOST_BASE, LocalApplication, MergedDraft, PendingUpload,
    PushOutcome, QueueEntry, Resolution, SectionConflict, SyncEngine, SyncReport, SyncStatus,
    UploadFailure, Uploading,
};
pub use token::{MemoryTokenStore, TokenStore, token_secret_name};
