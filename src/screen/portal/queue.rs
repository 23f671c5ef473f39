//! The portal screen's sync queue: what a save queues, *Sync now*, the run's outcome (changes
//! waiting, documents waiting or refused and why, offline, last sync), the upload under way and
//! the notice of a rebuilt queue. The sync itself is `cittadinanza_core::portal::run`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Local, NaiveDate, Utc};
use cittadinanza_core::model::Application;
use cittadinanza_core::portal::{
    Conflict, DraftPart, QueueView, Recovery, StatusReport, Uploading, run,
};
use cittadinanza_core::store::ApplicantId;
use iced::widget::{Column, button, column, progress_bar, text};
use iced::{Element, Length, Task};

use super::{Context, Event, Message, Open, PendingConflict, Portal, card, store_drafts};
use crate::i18n::{t, t_args};
use crate::portal::Connection;
use crate::screen::documents::human_size;
use crate::store::{SharedStore, UiError};
use crate::widget::{identified, label};

/// What a synchronisation run brought back, as the screen shows it.
#[derive(Debug, Clone)]
pub struct SyncOutcome {
    pub queued: QueueView,
    /// Documents the portal refused or that could not be read here: (applicant, vault id,
    /// error). They stay queued.
    pub upload_errors: Vec<(ApplicantId, String, UiError)>,
    pub conflicts: Vec<Conflict>,
    /// Drafts merged with the portal's changes, already saved in the store.
    pub saved: Vec<(ApplicantId, Application)>,
    pub reports: Vec<(ApplicantId, StatusReport)>,
    /// Applications the portal knows (sent or associated).
    pub linked: BTreeSet<ApplicantId>,
    pub errors: Vec<UiError>,
    /// A save made while the run talked to the portal was kept and queued again.
    pub requeued: bool,
    pub offline: bool,
    pub signed_out: bool,
    pub finished_at: DateTime<Utc>,
}

/// Runs one synchronisation (see [`run::run`]) and words its errors.
async fn run_sync(connection: Connection, store: SharedStore, today: NaiveDate) -> SyncOutcome {
    let drafts = store_drafts(store);
    let outcome = run::run(&connection.engine, &drafts, today).await;
    let errors = outcome.errors.into_iter().map(UiError::from);
    let store_errors = outcome.store_errors.into_iter().map(UiError::from);
    SyncOutcome {
        queued: outcome.queue,
        upload_errors: outcome
            .upload_failed
            .into_iter()
            .map(|(owner, vault_id, error)| (owner, vault_id, UiError::from(error)))
            .collect(),
        conflicts: outcome.conflicts,
        saved: outcome.saved,
        reports: outcome.reports,
        linked: outcome.linked,
        errors: errors.chain(store_errors).collect(),
        requeued: outcome.requeued,
        offline: outcome.offline,
        signed_out: outcome.signed_out,
        finished_at: outcome.finished_at,
    }
}

impl Portal {
    pub(super) fn update_queue(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let task = match message {
            Message::SyncNow => self.sync_now(context),
            Message::UploadProgress(now) => {
                // A late report after the run ended must not bring the bar back.
                self.uploading = now.filter(|_| self.syncing);
                Task::none()
            }
            Message::Marked(result) => {
                if let Err(error) = result {
                    self.error = Some(error);
                }
                self.refresh_queue()
            }
            Message::Synced(Ok(outcome)) => return self.synced(*outcome, context),
            Message::Synced(Err(error)) => {
                self.syncing = false;
                self.uploading = None;
                self.error = Some(error);
                Task::none()
            }
            Message::DismissRecovery => {
                self.recovery = None;
                let Some(connection) = self.connection.clone() else {
                    return (Task::none(), None);
                };
                Task::perform(
                    async move {
                        let mut engine = connection.engine.lock().await;
                        let result = engine.dismiss_recovery();
                        (
                            Box::new(run::queued(&engine)),
                            result.err().map(UiError::from),
                        )
                    },
                    |(queued, error)| Message::QueueRead(queued, error),
                )
            }
            Message::QueueRead(queued, error) => {
                let QueueView {
                    status,
                    uploads,
                    recovery,
                } = *queued;
                self.status = status;
                self.recovery = recovery;
                self.upload_errors.retain(|vault_id, (owner, _)| {
                    uploads.get(owner).is_some_and(|v| v.contains(vault_id))
                });
                self.uploads = uploads;
                if error.is_some() {
                    self.error = error;
                }
                Task::none()
            }
            _ => Task::none(),
        };
        (task, None)
    }

    /// Takes in a run's outcome; drafts merged with the portal's changes are for the app.
    fn synced(
        &mut self,
        outcome: SyncOutcome,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        self.syncing = false;
        self.uploading = None;
        self.status = outcome.queued.status;
        self.uploads = outcome.queued.uploads;
        self.recovery = outcome.queued.recovery;
        // Errors of documents no longer queued (uploaded, removed) are gone.
        let uploads = &self.uploads;
        self.upload_errors.retain(|vault_id, (owner, _)| {
            uploads.get(owner).is_some_and(|v| v.contains(vault_id))
        });
        if !outcome.offline {
            self.upload_errors.clear();
        }
        for (owner, vault_id, error) in outcome.upload_errors {
            self.upload_errors.insert(vault_id, (owner, error));
        }
        self.offline = outcome.offline;
        if !outcome.offline && outcome.errors.is_empty() {
            self.last_sync = Some(outcome.finished_at);
        }
        self.error = outcome.errors.into_iter().next();
        // The portal no longer accepts the token: forget it for the next start.
        let forget = if outcome.signed_out {
            self.account = None;
            self.forget_sign_in()
        } else {
            Task::none()
        };
        for conflict in outcome.conflicts {
            self.conflicts
                .retain(|c| c.conflict.local_id != conflict.local_id);
            self.conflicts.push(PendingConflict {
                conflict,
                choices: BTreeMap::new(),
                applying: false,
            });
        }
        self.linked = outcome.linked;
        self.reports.extend(outcome.reports);
        // The open draft takes the merge in and saves: that save syncs again.
        let open_merged = context
            .open
            .is_some_and(|o| outcome.saved.iter().any(|(id, _)| *id == o.id));
        // What a save kept while the run talked to the portal is sent at once: the editor
        // may already show all of it, and then no save follows to ask for a sync.
        let asked = !open_merged && std::mem::take(&mut self.sync_again);
        let again = if (asked || outcome.requeued) && !self.offline {
            self.sync_now(context)
        } else {
            Task::none()
        };
        let event = (!outcome.saved.is_empty()).then_some(Event::Merged(outcome.saved));
        (Task::batch([again, forget]), event)
    }

    /// After a save of the draft `id` (the store holds exactly `application`): queues the
    /// parts that changed and the documents to upload, and, when signed in, syncs.
    pub fn draft_saved(
        &mut self,
        id: ApplicantId,
        changed: Vec<DraftPart>,
        application: &Application,
        store: &SharedStore,
        today: NaiveDate,
    ) -> Task<Message> {
        let Some(connection) = self.connection.clone() else {
            return Task::none();
        };
        if changed.is_empty() {
            return Task::none();
        }
        let signed_in = self.is_signed_in();
        let sync = signed_in && !self.syncing;
        if sync {
            self.syncing = true;
        } else if signed_in {
            self.sync_again = true;
        }
        let store = store.clone();
        let draft = application.clone();
        Task::perform(
            async move {
                {
                    let drafts = store_drafts(store.clone());
                    let mut engine = connection.engine.lock().await;
                    run::record_saved(&mut engine, &drafts, id, &changed, &draft, signed_in)
                        .await
                        .map_err(UiError::from)?;
                }
                if sync {
                    Ok(Some(run_sync(connection, store, today).await))
                } else {
                    Ok(None)
                }
            },
            |result: Result<Option<SyncOutcome>, UiError>| match result {
                Ok(Some(outcome)) => Message::Synced(Ok(Box::new(outcome))),
                Ok(None) => Message::Marked(Ok(())),
                Err(error) => Message::Synced(Err(error)),
            },
        )
    }

    /// Queues the open applicant (first time: every part) and pushes everything pending.
    pub(super) fn sync_now(&mut self, context: &Context<'_>) -> Task<Message> {
        let Some(connection) = self.connection.clone() else {
            return Task::none();
        };
        if !self.is_signed_in() || self.syncing {
            return Task::none();
        }
        self.syncing = true;
        let open = context.open.map(|o| (o.id, o.application.clone()));
        let store = context.store.clone();
        let today = context.today;
        Task::perform(
            async move {
                if let Some((id, draft)) = open {
                    let drafts = store_drafts(store.clone());
                    let mut engine = connection.engine.lock().await;
                    run::queue_open(&mut engine, &drafts, id, &draft)
                        .await
                        .map_err(UiError::from)?;
                }
                Ok(Box::new(run_sync(connection, store, today).await))
            },
            Message::Synced,
        )
    }

    /// Re-reads the queue's counters (after marking a change while not syncing).
    pub(super) fn refresh_queue(&self) -> Task<Message> {
        let Some(connection) = self.connection.clone() else {
            return Task::none();
        };
        Task::perform(
            async move { Box::new(run::queued(&*connection.engine.lock().await)) },
            |queued| Message::QueueRead(queued, None),
        )
    }

    /// Pulls the status of every linked application (when signed in).
    pub(super) fn refresh_status(&self) -> Task<Message> {
        let Some(portal) = self.connection.clone() else {
            return Task::none();
        };
        if !self.is_signed_in() {
            return self.refresh_queue();
        }
        Task::batch([
            self.refresh_queue(),
            Task::perform(
                async move {
                    let mut engine = portal.engine.lock().await;
                    engine.pull_all().await
                },
                |results| {
                    Task::batch(results.into_iter().filter_map(|(local, result)| {
                        let id = local.parse::<ApplicantId>().ok()?;
                        Some(Task::done(Message::StatusPulled(
                            id,
                            result.map_err(UiError::from),
                        )))
                    }))
                },
            )
            .then(|task| task),
        ])
    }

    pub(super) fn view_sync_status<'a>(&'a self, open: Option<Open<'a>>) -> Element<'a, Message> {
        let pending = self.status.pending;
        // "All synchronised" only when no document is failing either: say how many and why.
        let failing = self.upload_errors.len();
        let pending_line = match self.upload_errors.values().next() {
            Some((_, first)) if pending == 0 => label(t_args(
                "portal-sync-uploads-failing",
                &[("count", failing.to_string()), ("error", first.text())],
            ))
            .style(text::danger),
            _ => label(t_args(
                "portal-sync-pending",
                &[("count", pending.to_string())],
            )),
        };
        let mut lines = column![identified("portal-pending", pending_line)].spacing(6);
        if self.status.pending_uploads > 0 {
            lines = lines.push(identified(
                "portal-uploads",
                label(t_args(
                    "portal-sync-uploads",
                    &[("count", self.status.pending_uploads.to_string())],
                )),
            ));
        }
        if let Some(uploading) = &self.uploading {
            lines = lines.push(view_uploading(uploading));
        }
        lines = lines.push(self.view_uploads(open));
        if self.status.conflicts > 0 {
            lines = lines.push(label(t_args(
                "portal-sync-conflicts",
                &[("count", self.status.conflicts.to_string())],
            )));
        }
        if self.offline {
            lines = lines.push(identified(
                "portal-offline",
                label(t("portal-offline")).style(text::danger),
            ));
        }
        let last = match self.last_sync {
            Some(at) => t_args(
                "portal-last-sync",
                &[(
                    "time",
                    at.with_timezone(&Local)
                        .format("%d/%m/%Y %H:%M")
                        .to_string(),
                )],
            ),
            None => t("portal-never-synced"),
        };
        lines = lines.push(label(last).size(13).style(text::secondary));
        let sync_label = if self.syncing {
            t("portal-syncing")
        } else {
            t("portal-sync-now")
        };
        lines = lines.push(identified(
            "portal-sync-now",
            button(text(sync_label)).on_press_maybe((!self.syncing).then_some(Message::SyncNow)),
        ));
        card(lines)
    }

    /// The open applicant's documents waiting to be uploaded (each with the reason its last
    /// upload failed), and how many documents of other applicants failed.
    pub(super) fn view_uploads<'a>(&'a self, open: Option<Open<'a>>) -> Element<'a, Message> {
        let mut lines = Column::new().spacing(4);
        if let Some(open) = open {
            let queued = self.uploads.get(&open.id).map(Vec::as_slice).unwrap_or(&[]);
            for vault_id in queued {
                let name = open
                    .application
                    .documents
                    .attached
                    .iter()
                    .find(|d| &d.vault_id == vault_id)
                    .map(|d| d.original_name.as_str())
                    .unwrap_or("");
                let mut line = Column::new().push(identified(
                    format!("portal-upload-{vault_id}"),
                    label(t_args("portal-upload-waiting", &[("name", name)])).size(13),
                ));
                if let Some((_, error)) = self.upload_errors.get(vault_id) {
                    line = line.push(identified(
                        format!("portal-upload-error-{vault_id}"),
                        label(t_args(
                            "portal-upload-failed",
                            &[("name", name), ("error", error.text().as_str())],
                        ))
                        .size(13)
                        .style(text::danger),
                    ));
                }
                lines = lines.push(line);
            }
        }
        let elsewhere = self
            .upload_errors
            .values()
            .filter(|(owner, _)| open.is_none_or(|o| o.id != *owner))
            .count();
        if elsewhere > 0 {
            lines = lines.push(
                label(t_args(
                    "portal-upload-failed-elsewhere",
                    &[("count", elsewhere.to_string())],
                ))
                .size(13)
                .style(text::danger),
            );
        }
        lines.into()
    }
}

/// The notice of a damaged sync queue: where its copy is, and whether the links to the portal
/// are back (then it can be dismissed).
pub(super) fn view_recovery(recovery: &Recovery) -> Element<'_, Message> {
    let copy = recovery
        .damaged_copy
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let message = match recovery.relinked {
        None => t_args("portal-queue-damaged", &[("file", copy.as_str())]),
        Some(count) => t_args(
            "portal-queue-rebuilt",
            &[("file", copy.as_str()), ("count", &count.to_string())],
        ),
    };
    let mut notice = column![text(message).style(text::warning).width(Length::Fill)].spacing(8);
    if recovery.relinked.is_some() {
        notice = notice.push(
            button(text(t("portal-queue-dismiss")))
                .style(button::secondary)
                .on_press(Message::DismissRecovery),
        );
    }
    identified("portal-queue-recovery", notice)
}

/// "Uploading scan.pdf: 12.0 MB of 48.3 MB" over a bar filling up as chunks are acknowledged.
fn view_uploading(uploading: &Uploading) -> Element<'_, Message> {
    let fraction = if uploading.total == 0 {
        1.0
    } else {
        uploading.sent as f32 / uploading.total as f32
    };
    column![
        identified(
            "portal-uploading",
            label(t_args(
                "portal-upload-progress",
                &[
                    ("name", uploading.name.as_str()),
                    ("sent", human_size(uploading.sent).as_str()),
                    ("total", human_size(uploading.total).as_str()),
                ],
            ))
            .size(13),
        ),
        progress_bar(0.0..=1.0, fraction.clamp(0.0, 1.0)).girth(8),
    ]
    .spacing(4)
    .into()
}

/// The engine's progress channel as a subscription; identified by the portal's address and
/// the engine (a portal opened again gets a new channel).
pub(super) struct ProgressFeed {
    pub(super) url: String,
    pub(super) engine: usize,
    pub(super) receiver: tokio::sync::watch::Receiver<Option<Uploading>>,
}

impl std::hash::Hash for ProgressFeed {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.url.hash(state);
        self.engine.hash(state);
    }
}

impl ProgressFeed {
    /// Each change of the upload under way, starting with the current state.
    pub(super) fn stream(&self) -> impl iced::futures::Stream<Item = Option<Uploading>> + use<> {
        let mut receiver = self.receiver.clone();
        receiver.mark_changed();
        iced::futures::stream::unfold(receiver, |mut receiver| async move {
            receiver.changed().await.ok()?;
            let now = receiver.borrow_and_update().clone();
            Some((now, receiver))
        })
    }
}
