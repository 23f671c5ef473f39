//! One synchronisation as the app runs it, without any GUI: what to queue after a save
//! ([`record_saved`]) or before *Sync now* ([`queue_open`]), the run itself ([`run`]: links
//! rebuilt after a damaged queue, everything queued pushed, statuses pulled, merged drafts
//! saved back), a conflict's resolution sent and saved ([`resolve`]), and the queue as a
//! screen shows it ([`queued`], [`linked_ids`]).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};

use super::api::StatusReport;
use super::error::PortalError;
use super::local::LocalDrafts;
use super::queue::Recovery;
use super::sync::{Conflict, DraftPart, Resolution, SyncEngine, SyncStatus};
use crate::drafts::changed_parts;
use crate::model::Application;
use crate::store::{ApplicantId, StoreError};

/// What the queue holds, as a screen shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueueView {
    pub status: SyncStatus,
    /// Vault ids of the documents waiting to be uploaded, per applicant.
    pub uploads: BTreeMap<ApplicantId, Vec<String>>,
    /// A damaged queue was replaced (see [`SyncEngine::relink`]).
    pub recovery: Option<Recovery>,
}

/// The queue's counters and pending uploads.
pub fn queued(engine: &SyncEngine) -> QueueView {
    let uploads = engine
        .entries()
        .iter()
        .filter(|e| !e.pending_uploads.is_empty())
        .filter_map(|e| {
            let id = e.local_id.parse::<ApplicantId>().ok()?;
            let vault_ids = e.pending_uploads.iter().map(|u| u.vault_id.clone());
            Some((id, vault_ids.collect()))
        })
        .collect();
    QueueView {
        status: engine.status(),
        uploads,
        recovery: engine.recovery().cloned(),
    }
}

/// Local applications the portal knows (sent or associated).
pub fn linked_ids(engine: &SyncEngine) -> BTreeSet<ApplicantId> {
    engine
        .entries()
        .iter()
        .filter(|e| e.remote_id.is_some() && e.base_version.is_some())
        .filter_map(|e| e.local_id.parse().ok())
        .collect()
}

/// After a damaged queue was replaced: links the signed-in account's applications on the
/// portal to the local ones again (see [`SyncEngine::relink`]), before anything is pushed.
pub async fn relink_if_needed(
    engine: &mut SyncEngine,
    drafts: &impl LocalDrafts,
) -> Result<(), PortalError> {
    if !engine.needs_relink() || !engine.client().is_signed_in() {
        return Ok(());
    }
    let local = drafts.local_applications()?;
    engine.relink(&local).await.map(|_| ())
}

/// After a save of `draft` (the store holds exactly it): queues the parts that changed and
/// the documents to upload. While signed out, only applications already on the portal are
/// queued: signing in must not send every local draft.
pub async fn record_saved(
    engine: &mut SyncEngine,
    drafts: &impl LocalDrafts,
    id: ApplicantId,
    changed: &[DraftPart],
    draft: &Application,
    signed_in: bool,
) -> Result<(), PortalError> {
    // After a damaged queue, the links come back before anything is marked. A failure here
    // is said by the run that follows.
    let _ = relink_if_needed(engine, drafts).await;
    let local_id = id.to_string();
    if signed_in || engine.entry(&local_id).is_some() {
        engine.mark_changed(&local_id, changed.iter().copied())?;
        engine.sync_documents(&local_id, draft)?;
    }
    Ok(())
}

/// Before *Sync now*: the open application is queued whole the first time (every part), and
/// its documents not on the portal yet.
pub async fn queue_open(
    engine: &mut SyncEngine,
    drafts: &impl LocalDrafts,
    id: ApplicantId,
    draft: &Application,
) -> Result<(), PortalError> {
    // After a damaged queue, the links come back before the open draft is queued (else it
    // would reach the portal as a second application).
    let _ = relink_if_needed(engine, drafts).await;
    let local_id = id.to_string();
    if engine
        .entry(&local_id)
        .is_none_or(|e| e.base_version.is_none())
    {
        engine.mark_changed(&local_id, DraftPart::ALL)?;
    }
    engine.sync_documents(&local_id, draft)?;
    Ok(())
}

/// What a synchronisation run brought back.
#[derive(Debug)]
pub struct RunOutcome {
    pub queue: QueueView,
    /// Documents the portal refused or that could not be read here: (applicant, vault id,
    /// error). They stay queued.
    pub upload_failed: Vec<(ApplicantId, String, PortalError)>,
    pub conflicts: Vec<Conflict>,
    /// Drafts merged with the portal's changes, as saved in the store (with what was saved
    /// here while the run talked to the portal).
    pub saved: Vec<(ApplicantId, Application)>,
    pub reports: Vec<(ApplicantId, StatusReport)>,
    /// Applications the portal knows (sent or associated).
    pub linked: BTreeSet<ApplicantId>,
    pub errors: Vec<PortalError>,
    /// Merged drafts that could not be saved here (they stay on the portal).
    pub store_errors: Vec<StoreError>,
    /// A save made here while the run talked to the portal was kept and its parts queued
    /// again: they are sent by the next run (nothing else may prompt it, when the editor
    /// already shows all of it).
    pub requeued: bool,
    /// The portal could not be reached: what is queued stays queued.
    pub offline: bool,
    /// The portal no longer accepts the sign-in (the token is dropped).
    pub signed_out: bool,
    pub finished_at: DateTime<Utc>,
}

/// Pushes everything queued, pulls the status of linked applications and saves merged
/// drafts (counted as of `today`). The engine is locked for the exchanges with the portal,
/// not while the merged drafts are saved. A save made while the run talked to the portal
/// stays (see [`LocalDrafts::save_merged`]) and what it changed is queued for the next run.
pub async fn run(
    engine: &tokio::sync::Mutex<SyncEngine>,
    drafts: &impl LocalDrafts,
    today: NaiveDate,
) -> RunOutcome {
    let mut locked = engine.lock().await;
    let relink = relink_if_needed(&mut locked, drafts).await;
    let report = locked.push_pending(drafts).await;
    let mut offline = report.went_offline();
    let mut errors: Vec<PortalError> = report.failed.into_iter().map(|(_, e)| e).collect();
    errors.extend(relink.err());
    let upload_failed = report
        .upload_failed
        .into_iter()
        .filter_map(|failure| {
            let owner = failure.local_id.parse::<ApplicantId>().ok()?;
            Some((owner, failure.vault_id, failure.error))
        })
        .collect();
    let mut reports = Vec::new();
    if !offline {
        for (local, result) in locked.pull_all().await {
            match (local.parse::<ApplicantId>(), result) {
                (Ok(id), Ok(status)) => reports.push((id, status)),
                (_, Err(error)) => errors.push(error),
                (Err(_), Ok(_)) => {}
            }
        }
    }
    let mut queue = queued(&locked);
    let linked = linked_ids(&locked);
    let client = locked.client().clone();
    drop(locked);
    let signed_out = errors
        .iter()
        .any(|e| matches!(e, PortalError::Unauthorized));
    if signed_out {
        client.set_token(None);
    }
    offline = offline || errors.iter().any(PortalError::is_transient);
    let mut saved = Vec::new();
    let mut store_errors = Vec::new();
    let mut unsent = Vec::new();
    for merge in report.merged {
        let Ok(id) = merge.local_id.parse::<ApplicantId>() else {
            continue;
        };
        match drafts.save_merged(id, &merge.read, &merge.merged, today) {
            Ok(stored) => {
                if stored != merge.merged {
                    unsent.push((merge.local_id, merge.merged, stored.clone()));
                }
                saved.push((id, stored));
            }
            Err(error) => store_errors.push(error),
        }
    }
    let mut requeued = false;
    if !unsent.is_empty() {
        let mut locked = engine.lock().await;
        for (local_id, merged, stored) in unsent {
            match queue_kept(&mut locked, &local_id, &merged, &stored) {
                Ok(()) => requeued = true,
                Err(error) => errors.push(error),
            }
        }
        queue = queued(&locked);
    }
    RunOutcome {
        queue,
        upload_failed,
        conflicts: report.conflicts,
        saved,
        reports,
        linked,
        errors,
        store_errors,
        requeued,
        offline,
        signed_out,
        finished_at: Utc::now(),
    }
}

/// After `merged` (as the portal now holds it) was saved here as `stored` (see
/// [`LocalDrafts::save_merged`]): a save made meanwhile stayed, and the portal lacks what it
/// changed, whether or not its editor still tells the engine. Queues those parts and the
/// documents to upload.
fn queue_kept(
    engine: &mut SyncEngine,
    local_id: &str,
    merged: &Application,
    stored: &Application,
) -> Result<(), PortalError> {
    let kept = changed_parts(Some(merged), stored);
    if kept.is_empty() {
        return Ok(());
    }
    engine.mark_changed(local_id, kept)?;
    engine.sync_documents(local_id, stored).map(|_| ())
}

/// Why [`resolve`] failed.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    /// The resolution did not reach the portal (nothing was saved here), or it was saved
    /// here but what a newer save kept could not be queued.
    #[error(transparent)]
    Portal(#[from] PortalError),
    /// The portal took it, but it could not be saved here.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Sends the user's choices for `conflict` ([`SyncEngine::resolve`]) and saves the result
/// here like a run's merged drafts: what was saved here since the conflict was found stays,
/// and what the portal lacks of it is queued. Returns the draft as saved.
pub async fn resolve(
    engine: &tokio::sync::Mutex<SyncEngine>,
    drafts: &impl LocalDrafts,
    conflict: &Conflict,
    choices: &BTreeMap<DraftPart, Resolution>,
    today: NaiveDate,
) -> Result<Application, ResolveError> {
    let id: ApplicantId = conflict
        .local_id
        .parse()
        .map_err(|_| PortalError::Local(format!("unknown applicant {}", conflict.local_id)))?;
    let mut locked = engine.lock().await;
    let resolved = locked.resolve(conflict, choices).await?;
    let stored = drafts.save_merged(id, &conflict.read, &resolved, today)?;
    queue_kept(&mut locked, &conflict.local_id, &resolved, &stored)?;
    Ok(stored)
}
