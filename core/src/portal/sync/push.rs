//! The engine's exchanges with the portal: pushing drafts (merging with the portal's
//! changes), resolving conflicts, uploading documents, pulling status and submitting.

use std::collections::BTreeMap;

use chrono::Utc;
use serde_json::Value;

use super::{
    BATCH_SAVE_EVERY, Conflict, DraftPart, DraftSource, MAX_MERGE_ROUNDS, MergedDraft,
    PendingUpload, PushOutcome, Resolution, SyncEngine, SyncReport, UploadFailure, Uploading,
};
use crate::model::Application;
use crate::portal::api::{ApplicationRecord, DocumentInfo, StatusReport, SubmitReceipt};
use crate::portal::client::UploadSource;
use crate::portal::error::PortalError;
use crate::portal::merge::{three_way, to_sections};

impl SyncEngine {
    /// Pushes one draft now.
    pub async fn push(
        &mut self,
        local_id: &str,
        draft: &Application,
    ) -> Result<PushOutcome, PortalError> {
        if self.needs_relink() && self.entry(local_id).is_none_or(|e| e.remote_id.is_none()) {
            // It may be on the portal already: sending it now could create a second one.
            return Err(PortalError::RelinkPending);
        }
        let entry = self.entry_mut(local_id);
        // Queued until the portal confirms, so a failure here is retried by `push_pending`.
        let mut must_write = !entry.pending;
        entry.pending = true;
        let remote_id = match &entry.remote_id {
            Some(id) => id.clone(),
            None => {
                let id = uuid::Uuid::new_v4().to_string();
                entry.remote_id = Some(id.clone());
                // Persist the chosen id before the request so a retry after a crash re-uses
                // it (creating twice with the same id is harmless; with a new id it is not).
                must_write = true;
                id
            }
        };
        let base_version = entry.base_version;
        if must_write {
            self.save_now()?;
        }

        let record = match base_version {
            None => match self.client.create_application(&remote_id, draft).await {
                Ok(record) => record,
                // Our own earlier attempt created it (the id is ours alone): bring it up to date.
                Err(PortalError::Conflict { current }) if current.draft == *draft => *current,
                Err(PortalError::Conflict { current }) => {
                    self.client
                        .update_application(&remote_id, current.version, draft)
                        .await?
                }
                Err(e) => return Err(e),
            },
            Some(base) => match self
                .client
                .update_application(&remote_id, base, draft)
                .await
            {
                Ok(record) => record,
                // Our own earlier attempt went through but its answer was lost.
                Err(PortalError::Conflict { current }) if current.draft == *draft => *current,
                Err(PortalError::Conflict { current }) => {
                    return self
                        .merge(local_id, &remote_id, base, draft, *current)
                        .await;
                }
                Err(e) => return Err(e),
            },
        };
        let version = record.version;
        self.pushed(local_id, &record)?;
        Ok(PushOutcome::Pushed { version })
    }

    /// Three-way merge against the common base; pushes automatically when no section
    /// conflicts.
    async fn merge(
        &mut self,
        local_id: &str,
        remote_id: &str,
        base_version: u64,
        draft: &Application,
        mut current: ApplicationRecord,
    ) -> Result<PushOutcome, PortalError> {
        let base = match self.client.get_version(remote_id, base_version).await {
            Ok(record) => Some(record.draft),
            Err(PortalError::NotFound) => None,
            Err(e) => return Err(e),
        };
        for _ in 0..MAX_MERGE_ROUNDS {
            let (merged, sections) = three_way(base.as_ref(), draft, &current.draft)?;
            if !sections.is_empty() {
                let entry = self.entry_mut(local_id);
                entry.conflict_version = Some(current.version);
                self.save()?;
                return Ok(PushOutcome::Conflicts(Box::new(Conflict {
                    local_id: local_id.to_string(),
                    remote_id: remote_id.to_string(),
                    remote_version: current.version,
                    read: draft.clone(),
                    merged,
                    sections,
                })));
            }
            match self
                .client
                .update_application(remote_id, current.version, &merged)
                .await
            {
                Ok(record) => {
                    let version = record.version;
                    self.pushed(local_id, &record)?;
                    return Ok(PushOutcome::Merged {
                        application: Box::new(record.draft),
                        version,
                    });
                }
                Err(PortalError::Conflict { current: newer }) => current = *newer,
                Err(e) => return Err(e),
            }
        }
        Err(PortalError::Conflict {
            current: Box::new(current),
        })
    }

    /// Applies the user's choice for every conflicting section and pushes the result based
    /// on the portal's version. Returns the merged draft to save locally. If the portal
    /// changed again meanwhile, [`PortalError::Conflict`] is returned: push again.
    pub async fn resolve(
        &mut self,
        conflict: &Conflict,
        choices: &BTreeMap<DraftPart, Resolution>,
    ) -> Result<Application, PortalError> {
        let mut merged = to_sections(&conflict.merged)?;
        for section in &conflict.sections {
            let choice = choices.get(&section.section).ok_or_else(|| {
                PortalError::Local(format!("no choice for section {}", section.section.key()))
            })?;
            let value = match choice {
                Resolution::KeepMine => section.local.clone(),
                Resolution::TakeTheirs => section.remote.clone(),
            };
            merged.insert(section.section.key().to_string(), value);
        }
        let merged: Application =
            crate::model::lenient::decode_application_value(Value::Object(merged))
                .map_err(|e| PortalError::Local(e.to_string()))?
                .value;
        let record = self
            .client
            .update_application(&conflict.remote_id, conflict.remote_version, &merged)
            .await?;
        self.pushed(&conflict.local_id, &record)?;
        Ok(record.draft)
    }

    /// Pushes every queued draft and upload. Stops contacting the portal at the first
    /// network failure (the rest stays queued).
    pub async fn push_pending(&mut self, source: &dyn DraftSource) -> SyncReport {
        let mut report = SyncReport::default();
        let ids: Vec<String> = self
            .queue
            .entries
            .iter()
            .filter(|e| e.pending || !e.pending_uploads.is_empty())
            .map(|e| e.local_id.clone())
            .collect();
        // Choose every new portal id up front with one write, then group the bookkeeping
        // writes: losing a "pushed" mark in a crash only causes a harmless re-push.
        let relink_pending = self.needs_relink();
        for entry in self.queue.entries.iter_mut() {
            if entry.pending && entry.remote_id.is_none() && !relink_pending {
                entry.remote_id = Some(uuid::Uuid::new_v4().to_string());
            }
        }
        if let Err(error) = self.save_now() {
            report.failed.push((String::new(), error));
            return report;
        }
        self.defer_saves = true;
        for (index, local_id) in ids.into_iter().enumerate() {
            let result = self.push_one(&local_id, source, &mut report).await;
            if (index + 1) % BATCH_SAVE_EVERY == 0
                && let Err(error) = self.flush()
            {
                report.failed.push((local_id.clone(), error));
            }
            if let Err(error) = result {
                let transient = error.is_transient();
                report.failed.push((local_id, error));
                if transient {
                    break;
                }
            }
        }
        self.defer_saves = false;
        if let Err(error) = self.flush() {
            report.failed.push((String::new(), error));
        }
        report
    }

    async fn push_one(
        &mut self,
        local_id: &str,
        source: &dyn DraftSource,
        report: &mut SyncReport,
    ) -> Result<(), PortalError> {
        let mut draft = source.load_draft(local_id)?;
        if self.entry(local_id).is_some_and(|e| e.pending) {
            match self.push(local_id, &draft).await? {
                PushOutcome::Pushed { .. } => report.pushed.push(local_id.to_string()),
                PushOutcome::Merged { application, .. } => {
                    let read = std::mem::replace(&mut draft, (*application).clone());
                    report.merged.push(MergedDraft {
                        local_id: local_id.to_string(),
                        read,
                        merged: *application,
                    });
                }
                PushOutcome::Conflicts(conflict) => {
                    report.conflicts.push(*conflict);
                    return Ok(());
                }
            }
        }
        // The draft as now on the portal says which documents belong to it.
        self.sync_documents(local_id, &draft)?;
        let uploads = self
            .entry(local_id)
            .map(|e| e.pending_uploads.clone())
            .unwrap_or_default();
        for upload in uploads {
            let result = self.upload_from(local_id, &draft, &upload, source).await;
            self.progress.send_replace(None);
            match result {
                Ok(info) => {
                    let entry = self.entry_mut(local_id);
                    entry.pending_uploads.retain(|u| u.sha256 != upload.sha256);
                    entry.uploaded.insert(upload.sha256.clone());
                    self.save()?;
                    report.uploaded.push((local_id.to_string(), info));
                }
                Err(error) if error.is_transient() => return Err(error),
                // This document stays queued; the others still go.
                Err(error) => report.upload_failed.push(UploadFailure {
                    local_id: local_id.to_string(),
                    vault_id: upload.vault_id.clone(),
                    error,
                }),
            }
        }
        Ok(())
    }

    async fn upload_from(
        &self,
        local_id: &str,
        draft: &Application,
        upload: &PendingUpload,
        source: &dyn DraftSource,
    ) -> Result<DocumentInfo, PortalError> {
        let remote_id = self.remote_id(local_id)?;
        let attached = draft
            .documents
            .attached
            .iter()
            .find(|d| d.vault_id == upload.vault_id)
            .ok_or_else(|| {
                PortalError::Local(format!("document {} left the draft", upload.vault_id))
            })?;
        let document = UploadSource {
            sha256: &upload.sha256,
            size: attached.size_bytes,
            kind: attached.kind,
            name: &attached.original_name,
        };
        let total = attached.size_bytes;
        self.progress.send_replace(Some(Uploading {
            local_id: local_id.to_string(),
            vault_id: upload.vault_id.clone(),
            name: attached.original_name.clone(),
            sent: 0,
            total,
        }));
        let report = |sent: u64| {
            self.progress.send_modify(|now| {
                if let Some(now) = now {
                    now.sent = sent.min(total);
                }
            });
        };
        // Read from the vault only if the portal lacks it (another device may have sent it).
        self.client
            .upload_document_reporting(
                &remote_id,
                &document,
                || source.open_document(&upload.vault_id),
                report,
            )
            .await
    }

    /// Pulls the status and communications of one application.
    pub async fn pull_status(&mut self, local_id: &str) -> Result<StatusReport, PortalError> {
        let remote_id = self.remote_id(local_id)?;
        let report = self.client.status(&remote_id).await?;
        let entry = self.entry_mut(local_id);
        entry.last_status = Some(report.status);
        entry.k10_number = report.k10_number.clone();
        entry.last_synced_at = Some(Utc::now());
        self.save()?;
        Ok(report)
    }

    /// Pulls the status of every linked application; stops at the first network failure.
    pub async fn pull_all(&mut self) -> Vec<(String, Result<StatusReport, PortalError>)> {
        let ids: Vec<String> = self
            .queue
            .entries
            .iter()
            .filter(|e| e.remote_id.is_some() && e.base_version.is_some())
            .map(|e| e.local_id.clone())
            .collect();
        let mut out = Vec::with_capacity(ids.len());
        self.defer_saves = true;
        for (index, local_id) in ids.into_iter().enumerate() {
            let result = self.pull_status(&local_id).await;
            let stop = result.as_ref().is_err_and(PortalError::is_transient);
            out.push((local_id.clone(), result));
            if (index + 1) % BATCH_SAVE_EVERY == 0
                && let Err(error) = self.flush()
            {
                out.push((local_id, Err(error)));
            }
            if stop {
                break;
            }
        }
        self.defer_saves = false;
        if let Err(error) = self.flush() {
            out.push((String::new(), Err(error)));
        }
        out
    }

    /// Pushes the draft, then submits it. The idempotency key is stored before the first
    /// attempt, so calling this again after a timeout or a crash returns the same receipt and
    /// K10 number instead of a second submission.
    ///
    /// The draft is pushed before every attempt, retries included: an edit made after a
    /// failed attempt (offline, server down) must be what the portal registers, never the
    /// copy an earlier attempt pushed.
    pub async fn submit(
        &mut self,
        local_id: &str,
        draft: &Application,
    ) -> Result<SubmitReceipt, PortalError> {
        let retry = self.entry(local_id).is_some_and(|e| e.submit_key.is_some());
        match self.push(local_id, draft).await {
            Ok(PushOutcome::Pushed { .. }) => {}
            Ok(PushOutcome::Merged { .. } | PushOutcome::Conflicts(_)) => {
                // The portal had other changes: the user must see them before sending.
                let remote_id = self.remote_id(local_id)?;
                let current = self.client.get_application(&remote_id).await?;
                return Err(PortalError::Conflict {
                    current: Box::new(current),
                });
            }
            // An earlier attempt went through but its answer was lost: the portal no longer
            // takes changes, and the same key returns that attempt's receipt.
            Err(PortalError::NotEditable) if retry => {}
            Err(error) => return Err(error),
        }
        let remote_id = self.remote_id(local_id)?;
        let entry = self.entry_mut(local_id);
        let key = match &entry.submit_key {
            Some(key) => key.clone(),
            None => {
                let key = uuid::Uuid::new_v4().to_string();
                entry.submit_key = Some(key.clone());
                key
            }
        };
        self.save()?;
        let receipt = self.client.submit(&remote_id, &key).await?;
        let entry = self.entry_mut(local_id);
        entry.k10_number = Some(receipt.k10_number.clone());
        entry.last_status = Some(receipt.status);
        entry.pending = false;
        self.save()?;
        Ok(receipt)
    }
}
