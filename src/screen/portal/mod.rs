//! The portal screen: sign-in ([`account`]), synchronisation ([`queue`]: pending changes,
//! offline state, uploads), conflicts settled section by section ([`conflict`]), and the open
//! applicant's status, communications, submission and "Associa pratica" ([`application`]).
//!
//! Like every screen: `update(message, &context) -> (Task, Option<Event>)`, where [`Event`] is
//! what the app must react to.

mod account;
mod application;
mod conflict;
mod queue;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use cittadinanza_core::model::Application;
use cittadinanza_core::portal::{
    AssociateField, AssociateRequest, ClientConfig, Conflict, DraftPart, QueueView, Recovery,
    Resolution, Role, StatusReport, StoreDrafts, SubmitReceipt, SyncStatus, Uploading, run,
};
use cittadinanza_core::store::ApplicantId;
use iced::widget::{Column, container, scrollable, text};
use iced::{Element, Length, Subscription, Task};

use crate::i18n::t;
use crate::portal::{Account, Connection, Tokens, off_runtime};
use crate::store::{SharedStore, UiError};
use crate::widget::identified;

pub use application::DEADLINE_WARNING_DAYS;
pub use conflict::{
    conflict_label_ids, differences, field_label, field_value, part_label, procedure_label_id,
};
pub use queue::SyncOutcome;

#[derive(Debug, Clone)]
pub enum Message {
    /// The portal for `url` is ready (engine opened, sign-in restored).
    Started(String, Result<Box<Started>, UiError>),
    EmailChanged(String),
    PasswordChanged(String),
    SignIn,
    Register,
    /// The account, and the error of the keyring if it could not remember the sign-in.
    SignedIn(Result<(Account, Option<UiError>), UiError>),
    SignOut,
    SignedOut(Result<(), UiError>),
    /// An expired sign-in was removed from the keyring.
    Forgotten(Result<(), UiError>),
    SyncNow,
    /// The engine's upload under way changed (`None`: between documents).
    UploadProgress(Option<Uploading>),
    Marked(Result<(), UiError>),
    Synced(Result<Box<SyncOutcome>, UiError>),
    /// The queue's counters, read after a change that needed no sync.
    QueueRead(Box<QueueView>, Option<UiError>),
    /// The user read the notice of a rebuilt sync queue.
    DismissRecovery,
    /// A draft re-read from the store after a conflict was resolved.
    Reloaded(Result<(ApplicantId, Box<Application>), UiError>),
    Choose(usize, DraftPart, Resolution),
    ApplyResolution(usize),
    Resolved(usize, Result<ApplicantId, UiError>),
    RefreshStatus,
    StatusPulled(ApplicantId, Result<StatusReport, UiError>),
    AskSubmit,
    CancelSubmit,
    ConfirmSubmit,
    Submitted(ApplicantId, Result<SubmitReceipt, UiError>),
    AssociateChanged(AssociateField, String),
    Associate,
    Associated(Result<ApplicantId, UiError>),
}

/// The portal connection once opened.
#[derive(Debug, Clone)]
pub struct Started {
    pub connection: Connection,
    pub account: Option<Account>,
    pub linked: BTreeSet<ApplicantId>,
    pub recovery: Option<Recovery>,
}

/// What the application must react to.
#[derive(Debug, Clone)]
pub enum Event {
    /// These drafts were merged with the portal's changes (or resolved) and saved: an editor
    /// showing one takes it in, keeping what was typed meanwhile.
    Merged(Vec<(ApplicantId, Application)>),
    /// An application was associated and saved locally: refresh the list and open it.
    Open(ApplicantId),
}

/// A conflict waiting for the user's choices.
#[derive(Debug, Clone)]
pub struct PendingConflict {
    pub conflict: Conflict,
    pub choices: BTreeMap<DraftPart, Resolution>,
    pub applying: bool,
}

/// The open applicant, as the screen needs it.
#[derive(Clone, Copy)]
pub struct Open<'a> {
    pub id: ApplicantId,
    pub application: &'a Application,
}

/// Everything the screen needs from the application.
pub struct Context<'a> {
    pub store: &'a SharedStore,
    pub portal_url: &'a str,
    pub open: Option<Open<'a>>,
    pub today: NaiveDate,
}

pub struct Portal {
    pub connection: Option<Connection>,
    pub account: Option<Account>,
    pub tokens: Tokens,
    /// Adjusts the client's timeouts and retries (tests shorten them).
    pub tuning: fn(&mut ClientConfig),
    pub email: String,
    password: String,
    pub busy: bool,
    pub syncing: bool,
    /// A change was queued during a sync: sync again when it ends.
    sync_again: bool,
    pub error: Option<UiError>,
    pub status: SyncStatus,
    /// Documents waiting to be uploaded, per applicant (vault ids).
    pub uploads: BTreeMap<ApplicantId, Vec<String>>,
    /// Why a queued document was not uploaded by the last run, by vault id.
    pub upload_errors: BTreeMap<String, (ApplicantId, UiError)>,
    /// The document being uploaded by the sync under way.
    pub uploading: Option<Uploading>,
    pub last_sync: Option<DateTime<Utc>>,
    pub offline: bool,
    pub conflicts: Vec<PendingConflict>,
    /// Status and communications per applicant, as last pulled.
    pub reports: BTreeMap<ApplicantId, StatusReport>,
    /// Applications the portal knows (sent or associated).
    pub linked: BTreeSet<ApplicantId>,
    /// The sync queue was damaged and replaced: the notice shown until dismissed.
    pub recovery: Option<Recovery>,
    pub receipt: Option<(ApplicantId, SubmitReceipt)>,
    pub confirm_submit: bool,
    pub associate: AssociateRequest,
    pub associate_error: Option<(Option<AssociateField>, UiError)>,
}

impl Default for Portal {
    fn default() -> Portal {
        Portal {
            connection: None,
            account: None,
            tokens: Tokens::default(),
            tuning: |_| {},
            email: String::new(),
            password: String::new(),
            busy: false,
            syncing: false,
            sync_again: false,
            error: None,
            status: SyncStatus::default(),
            uploads: BTreeMap::new(),
            upload_errors: BTreeMap::new(),
            uploading: None,
            last_sync: None,
            offline: false,
            conflicts: Vec::new(),
            reports: BTreeMap::new(),
            linked: BTreeSet::new(),
            recovery: None,
            receipt: None,
            confirm_submit: false,
            associate: AssociateRequest::default(),
            associate_error: None,
        }
    }
}

/// The engine's access to the store, with the store's errors in the user's words.
fn store_drafts(store: SharedStore) -> StoreDrafts {
    StoreDrafts::new(store, |error| crate::portal::upload_error(error).text())
}

impl Portal {
    pub fn is_signed_in(&self) -> bool {
        self.account.is_some()
            && self
                .connection
                .as_ref()
                .is_some_and(|p| p.client.is_signed_in())
    }

    /// While a sync runs, follows its uploads (woken by the engine as each chunk is
    /// acknowledged; nothing runs between syncs).
    pub fn subscription(&self) -> Subscription<Message> {
        match &self.connection {
            Some(connection) if self.syncing => Subscription::run_with(
                queue::ProgressFeed {
                    url: connection.url.clone(),
                    engine: std::sync::Arc::as_ptr(&connection.engine) as usize,
                    receiver: connection.progress.clone(),
                },
                queue::ProgressFeed::stream,
            )
            .map(Message::UploadProgress),
            _ => Subscription::none(),
        }
    }

    /// Opens the engine for `url` (its queue sealed with the key of `store`) and restores the
    /// remembered sign-in.
    pub fn start(&self, url: &str, data_dir: PathBuf, store: SharedStore) -> Task<Message> {
        let url = url.trim().to_string();
        let mut config = ClientConfig::new(url.clone());
        (self.tuning)(&mut config);
        let tokens = self.tokens.clone();
        let key = url.clone();
        Task::perform(
            off_runtime(move || {
                let key = match store.lock() {
                    Ok(guard) => guard.data_key(),
                    Err(poisoned) => poisoned.into_inner().data_key(),
                };
                let connection = Connection::open(config, &data_dir, key)?;
                // A keyring that cannot be reached only means signing in again.
                let account = tokens.restore(&connection.client).unwrap_or(None);
                let (linked, recovery) = connection
                    .engine
                    .try_lock()
                    .map(|engine| (run::linked_ids(&engine), engine.recovery().cloned()))
                    .unwrap_or_default();
                Ok(Box::new(Started {
                    connection,
                    account,
                    linked,
                    recovery,
                }))
            }),
            move |result| Message::Started(key.clone(), result.map_err(UiError::from)),
        )
    }

    /// An applicant was deleted locally: stop syncing it (nothing is deleted on the portal).
    pub fn forget(&mut self, id: ApplicantId) -> Task<Message> {
        self.linked.remove(&id);
        self.reports.remove(&id);
        self.conflicts
            .retain(|c| c.conflict.local_id != id.to_string());
        self.uploads.remove(&id);
        self.upload_errors.retain(|_, (owner, _)| *owner != id);
        let Some(connection) = self.connection.clone() else {
            return Task::none();
        };
        Task::perform(
            async move {
                let mut engine = connection.engine.lock().await;
                let result = engine.forget(&id.to_string());
                (
                    Box::new(run::queued(&engine)),
                    result.err().map(UiError::from),
                )
            },
            |(queued, error)| Message::QueueRead(queued, error),
        )
    }

    pub fn update(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Started(url, result) => (self.started(&url, result, context), None),
            Message::EmailChanged(_)
            | Message::PasswordChanged(_)
            | Message::SignIn
            | Message::Register
            | Message::SignedIn(_)
            | Message::SignOut
            | Message::SignedOut(_)
            | Message::Forgotten(_) => (self.update_account(message, context), None),
            Message::SyncNow
            | Message::UploadProgress(_)
            | Message::Marked(_)
            | Message::Synced(_)
            | Message::QueueRead(..)
            | Message::DismissRecovery => self.update_queue(message, context),
            Message::Reloaded(_)
            | Message::Choose(..)
            | Message::ApplyResolution(_)
            | Message::Resolved(..) => self.update_conflict(message, context),
            Message::RefreshStatus
            | Message::StatusPulled(..)
            | Message::AskSubmit
            | Message::CancelSubmit
            | Message::ConfirmSubmit
            | Message::Submitted(..)
            | Message::AssociateChanged(..)
            | Message::Associate
            | Message::Associated(_) => self.update_application(message, context),
        }
    }

    /// The portal for `url` opened (or failed to): ignored if the address changed meanwhile.
    fn started(
        &mut self,
        url: &str,
        result: Result<Box<Started>, UiError>,
        context: &Context<'_>,
    ) -> Task<Message> {
        if url != context.portal_url.trim() {
            return Task::none();
        }
        match result {
            Ok(started) => {
                let Started {
                    connection,
                    account,
                    linked,
                    recovery,
                } = *started;
                self.recovery = recovery;
                self.connection = Some(connection);
                self.uploading = None;
                self.account = account;
                self.linked = linked;
                self.error = None;
                self.offline = false;
                self.conflicts.clear();
                self.reports.clear();
                self.refresh_status()
            }
            Err(error) => {
                self.connection = None;
                self.account = None;
                self.error = Some(error);
                Task::none()
            }
        }
    }

    pub fn view<'a>(
        &'a self,
        portal_url: &'a str,
        open: Option<Open<'a>>,
        today: NaiveDate,
    ) -> Element<'a, Message> {
        let mut content = Column::new()
            .spacing(20)
            .padding(24)
            .max_width(900)
            .push(text(t("portal-title")).size(24));
        if let Some(error) = &self.error {
            content = content.push(identified(
                "portal-error",
                text(error.text()).style(text::danger).width(Length::Fill),
            ));
        }
        if let Some(recovery) = &self.recovery {
            content = content.push(queue::view_recovery(recovery));
        }
        content = content.push(self.view_account(portal_url));
        if self.account.is_some() {
            content = content.push(self.view_sync_status(open));
            for (index, pending) in self.conflicts.iter().enumerate() {
                content = content.push(conflict::view_conflict(index, pending));
            }
            if let Some(open) = open {
                content = content.push(self.view_open(open, today));
            }
            if self
                .account
                .as_ref()
                .is_some_and(|a| a.role == Role::Applicant)
            {
                content = content.push(self.view_associate());
            }
        }
        scrollable(
            container(content)
                .width(Length::Fill)
                .center_x(Length::Fill),
        )
        .height(Length::Fill)
        .into()
    }
}

pub(super) fn card<'a>(content: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    container(content)
        .padding(16)
        .width(Length::Fill)
        .style(container::bordered_box)
        .into()
}

pub(super) fn date(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

pub(super) fn is_offline(error: &UiError) -> bool {
    matches!(
        error.id.as_str(),
        "err-portal-unreachable" | "err-portal-timeout" | "err-portal-server"
    )
}
