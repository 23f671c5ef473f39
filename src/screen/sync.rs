//! The portal: sign-in, synchronisation (pending changes, offline state, conflicts settled
//! section by section), the open applicant's status and communications, submission and
//! "Associa pratica".

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use chrono::{DateTime, Local, NaiveDate, Utc};
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::portal::{
    AssociateField, AssociateRequest, ClientConfig, Communication, CommunicationKind, Conflict,
    Credentials, DraftPart, LocalApplication, PortalError, Recovery, Resolution, Role, Status,
    StatusReport, SubmitReceipt, SyncEngine, SyncStatus, Uploading,
};
use cittadinanza_core::store::ApplicantId;
use iced::widget::{
    Column, button, column, container, progress_bar, rule, scrollable, text, text_input,
};
use iced::{Element, Length, Subscription, Task, Theme};
use serde_json::Value;

use crate::i18n::{self, t, t_args};
use crate::portal::{Account, Portal, StoreDrafts, Tokens, off_runtime};
use crate::screen::documents::human_size;
use crate::screen::editor::form::{self, Item, Kind};
use crate::store::{SharedStore, UiError, with_store};
use crate::widget::{identified, label, mirrored_row};

/// A 10-bis response deadline this close (or closer) is highlighted.
pub const DEADLINE_WARNING_DAYS: i64 = 7;

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
    QueueRead(Box<Queued>, Option<UiError>),
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
    pub portal: Portal,
    pub account: Option<Account>,
    pub linked: BTreeSet<ApplicantId>,
    pub recovery: Option<Recovery>,
}

/// What the queue holds, as the screen shows it.
#[derive(Debug, Clone, Default)]
pub struct Queued {
    pub status: SyncStatus,
    /// Vault ids of the documents waiting to be uploaded, per applicant.
    pub uploads: BTreeMap<ApplicantId, Vec<String>>,
    /// A damaged queue was replaced (see [`SyncEngine::relink`]).
    pub recovery: Option<Recovery>,
}

/// What a synchronisation run brought back.
#[derive(Debug, Clone)]
pub struct SyncOutcome {
    pub queued: Queued,
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
    pub offline: bool,
    pub signed_out: bool,
    pub finished_at: DateTime<Utc>,
}

/// What the application does after a message.
pub enum Action {
    None,
    Run(Task<Message>),
    /// These drafts changed in the store (merged or resolved): the editor showing one takes
    /// them in with [`rebase`], given the draft as last recorded before the merge.
    Reload(Vec<Reloaded>, Task<Message>),
    /// An application was associated and saved locally: refresh the list and open it.
    Open(ApplicantId),
}

/// A draft merged with the portal's changes, and the draft as recorded before.
#[derive(Debug, Clone)]
pub struct Reloaded {
    pub id: ApplicantId,
    pub merged: Application,
    pub before: Option<Value>,
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
    pub data_dir: &'a std::path::Path,
    pub open: Option<Open<'a>>,
    pub today: NaiveDate,
}

pub struct Sync {
    pub portal: Option<Portal>,
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
    /// The draft as last recorded, per applicant: the sections changed since are marked.
    recorded: BTreeMap<ApplicantId, Value>,
}

impl Default for Sync {
    fn default() -> Sync {
        Sync {
            portal: None,
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
            recorded: BTreeMap::new(),
        }
    }
}

impl Sync {
    pub fn is_signed_in(&self) -> bool {
        self.account.is_some()
            && self
                .portal
                .as_ref()
                .is_some_and(|p| p.client.is_signed_in())
    }

    /// While a sync runs, follows its uploads (woken by the engine as each chunk is
    /// acknowledged; nothing runs between syncs).
    pub fn subscription(&self) -> Subscription<Message> {
        match &self.portal {
            Some(portal) if self.syncing => Subscription::run_with(
                ProgressFeed {
                    url: portal.url.clone(),
                    engine: std::sync::Arc::as_ptr(&portal.engine) as usize,
                    receiver: portal.progress.clone(),
                },
                ProgressFeed::stream,
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
                let portal = Portal::open(config, &data_dir, key)?;
                // A keyring that cannot be reached only means signing in again.
                let account = tokens.restore(&portal.client).unwrap_or(None);
                let (linked, recovery) = portal
                    .engine
                    .try_lock()
                    .map(|engine| (linked_ids(&engine), engine.recovery().cloned()))
                    .unwrap_or_default();
                Ok(Box::new(Started {
                    portal,
                    account,
                    linked,
                    recovery,
                }))
            }),
            move |result| Message::Started(key.clone(), result.map_err(UiError::from)),
        )
    }

    /// After an autosave: records which sections (and procedure dates) changed and the
    /// documents to upload, and, when signed in, syncs.
    pub fn draft_saved(
        &mut self,
        id: ApplicantId,
        application: &Application,
        store: &SharedStore,
    ) -> Task<Message> {
        let Some(portal) = self.portal.clone() else {
            return Task::none();
        };
        let current = serde_json::to_value(application).unwrap_or(Value::Null);
        let changed = changed_parts(self.recorded.get(&id), &current);
        self.recorded.insert(id, current);
        if changed.is_empty() {
            return Task::none();
        }
        let signed_in = self.is_signed_in();
        let store = store.clone();
        let engine = portal.engine.clone();
        let sync = signed_in && !self.syncing;
        if sync {
            self.syncing = true;
        } else if signed_in {
            self.sync_again = true;
        }
        let today = Local::now().date_naive();
        let draft = application.clone();
        Task::perform(
            async move {
                {
                    let mut engine = engine.lock().await;
                    // After a damaged queue, the links come back before anything is marked.
                    let _ = relink_if_needed(&mut engine, &store).await;
                    // Only applications already on the portal are queued while signed out:
                    // signing in must not send every local draft.
                    if signed_in || engine.entry(&id.to_string()).is_some() {
                        engine
                            .mark_changed(&id.to_string(), changed)
                            .map_err(UiError::from)?;
                        engine
                            .sync_documents(&id.to_string(), &draft)
                            .map_err(UiError::from)?;
                    }
                }
                if sync {
                    run_sync(portal, store, today).await.map(Some)
                } else {
                    Ok(None)
                }
            },
            |result: Result<Option<Box<SyncOutcome>>, UiError>| match result {
                Ok(Some(outcome)) => Message::Synced(Ok(outcome)),
                Ok(None) => Message::Marked(Ok(())),
                Err(error) => Message::Synced(Err(error)),
            },
        )
    }

    /// Records `merged` as the draft's new state, keeping the previous one for [`rebase`].
    fn reloaded(&mut self, id: ApplicantId, merged: Application) -> Reloaded {
        let before = self
            .recorded
            .insert(id, serde_json::to_value(&merged).unwrap_or(Value::Null));
        Reloaded { id, merged, before }
    }

    /// An applicant was deleted locally: stop syncing it (nothing is deleted on the portal).
    pub fn forget(&mut self, id: ApplicantId) -> Task<Message> {
        self.recorded.remove(&id);
        self.linked.remove(&id);
        self.reports.remove(&id);
        self.conflicts
            .retain(|c| c.conflict.local_id != id.to_string());
        self.uploads.remove(&id);
        self.upload_errors.retain(|_, (owner, _)| *owner != id);
        let Some(portal) = self.portal.clone() else {
            return Task::none();
        };
        Task::perform(
            async move {
                let mut engine = portal.engine.lock().await;
                let result = engine.forget(&id.to_string());
                (Box::new(queued(&engine)), result.err().map(UiError::from))
            },
            |(queued, error)| Message::QueueRead(queued, error),
        )
    }

    pub fn update(&mut self, message: Message, context: Context<'_>) -> Action {
        let task = match message {
            Message::Started(url, result) => {
                if url != context.portal_url.trim() {
                    return Action::None;
                }
                match result {
                    Ok(started) => {
                        let Started {
                            portal,
                            account,
                            linked,
                            recovery,
                        } = *started;
                        self.recovery = recovery;
                        self.portal = Some(portal);
                        self.uploading = None;
                        self.account = account;
                        self.linked = linked;
                        self.error = None;
                        self.offline = false;
                        self.conflicts.clear();
                        self.reports.clear();
                        return Action::Run(self.refresh_status());
                    }
                    Err(error) => {
                        self.portal = None;
                        self.account = None;
                        self.error = Some(error);
                    }
                }
                Task::none()
            }
            Message::EmailChanged(email) => {
                self.email = email;
                Task::none()
            }
            Message::PasswordChanged(password) => {
                self.password = password;
                Task::none()
            }
            Message::SignIn | Message::Register => {
                let register = matches!(message, Message::Register);
                self.authenticate(register)
            }
            Message::SignedIn(result) => {
                self.busy = false;
                match result {
                    Ok((account, not_remembered)) => {
                        self.account = Some(account);
                        self.password.clear();
                        self.error = not_remembered;
                        self.offline = false;
                        return Action::Run(self.sync_now(&context));
                    }
                    Err(error) => self.error = Some(error),
                }
                Task::none()
            }
            Message::SignOut => {
                let Some(portal) = self.portal.clone() else {
                    return Action::None;
                };
                self.busy = true;
                let tokens = self.tokens.clone();
                Task::perform(
                    async move {
                        // Ending the session on the server is best effort (it may be offline).
                        let _ = portal.client.sign_out().await;
                        let client = portal.client.clone();
                        off_runtime(move || tokens.remember(&client, None)).await
                    },
                    |result| Message::SignedOut(result.map_err(UiError::from)),
                )
            }
            Message::SignedOut(result) => {
                self.busy = false;
                self.account = None;
                self.conflicts.clear();
                self.reports.clear();
                self.receipt = None;
                self.error = result.err();
                Task::none()
            }
            Message::Forgotten(result) => {
                if let Err(error) = result {
                    self.error = Some(error);
                }
                Task::none()
            }
            Message::SyncNow => self.sync_now(&context),
            Message::UploadProgress(now) => {
                // A late report after the run ended must not bring the bar back.
                self.uploading = now.filter(|_| self.syncing);
                Task::none()
            }
            Message::Marked(result) => {
                if let Err(error) = result {
                    self.error = Some(error);
                }
                return Action::Run(self.refresh_queue());
            }
            Message::Synced(result) => {
                self.syncing = false;
                self.uploading = None;
                match result {
                    Ok(outcome) => {
                        let outcome = *outcome;
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
                        for (id, report) in outcome.reports {
                            self.reports.insert(id, report);
                        }
                        let reloaded: Vec<Reloaded> = outcome
                            .saved
                            .into_iter()
                            .map(|(id, merged)| self.reloaded(id, merged))
                            .collect();
                        // The open draft takes the merge in and saves: that save syncs again.
                        let open_merged = context
                            .open
                            .is_some_and(|o| reloaded.iter().any(|r| r.id == o.id));
                        let again = if !open_merged
                            && std::mem::take(&mut self.sync_again)
                            && !self.offline
                        {
                            self.sync_now(&context)
                        } else {
                            Task::none()
                        };
                        let again = Task::batch([again, forget]);
                        if !reloaded.is_empty() {
                            return Action::Reload(reloaded, again);
                        }
                        return Action::Run(again);
                    }
                    Err(error) => self.error = Some(error),
                }
                Task::none()
            }
            Message::DismissRecovery => {
                self.recovery = None;
                let Some(portal) = self.portal.clone() else {
                    return Action::None;
                };
                Task::perform(
                    async move {
                        let mut engine = portal.engine.lock().await;
                        let result = engine.dismiss_recovery();
                        (Box::new(queued(&engine)), result.err().map(UiError::from))
                    },
                    |(queued, error)| Message::QueueRead(queued, error),
                )
            }
            Message::QueueRead(queued, error) => {
                let Queued {
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
            Message::Reloaded(Ok((id, application))) => {
                let reloaded = self.reloaded(id, *application);
                return Action::Reload(vec![reloaded], Task::none());
            }
            Message::Reloaded(Err(error)) => {
                self.error = Some(error);
                Task::none()
            }
            Message::Choose(index, section, resolution) => {
                if let Some(pending) = self.conflicts.get_mut(index) {
                    pending.choices.insert(section, resolution);
                }
                Task::none()
            }
            Message::ApplyResolution(index) => self.apply_resolution(index, &context),
            Message::Resolved(index, result) => {
                match result {
                    Ok(id) => {
                        if index < self.conflicts.len() {
                            self.conflicts.remove(index);
                        }
                        self.error = None;
                        // The store now holds the resolved draft: reload it, then sync the rest.
                        let store = context.store.clone();
                        let sync = self.sync_now(&context);
                        let reload =
                            Task::perform(with_store(store, move |s| s.load(id)), move |result| {
                                Message::Reloaded(result.map(|a| (id, Box::new(a))))
                            });
                        return Action::Run(Task::batch([reload, sync]));
                    }
                    Err(error) => {
                        if let Some(pending) = self.conflicts.get_mut(index) {
                            pending.applying = false;
                        }
                        self.error = Some(error);
                    }
                }
                Task::none()
            }
            Message::RefreshStatus => self.refresh_status(),
            Message::StatusPulled(id, result) => {
                match result {
                    Ok(report) => {
                        self.reports.insert(id, report);
                        self.offline = false;
                    }
                    // Never sent: nothing to show yet.
                    Err(error) if error.id == "err-portal-not-linked" => {}
                    Err(error) => {
                        self.offline = is_offline(&error);
                        self.error = Some(error);
                    }
                }
                Task::none()
            }
            Message::AskSubmit => {
                self.confirm_submit = true;
                Task::none()
            }
            Message::CancelSubmit => {
                self.confirm_submit = false;
                Task::none()
            }
            Message::ConfirmSubmit => {
                self.confirm_submit = false;
                let (Some(portal), Some(open)) = (self.portal.clone(), context.open) else {
                    return Action::None;
                };
                self.busy = true;
                let id = open.id;
                let draft = open.application.clone();
                Task::perform(
                    async move {
                        let mut engine = portal.engine.lock().await;
                        let receipt = engine.submit(&id.to_string(), &draft).await?;
                        Ok(receipt)
                    },
                    move |result: Result<SubmitReceipt, PortalError>| {
                        Message::Submitted(id, result.map_err(UiError::from))
                    },
                )
            }
            Message::Submitted(id, result) => {
                self.busy = false;
                match result {
                    Ok(receipt) => {
                        self.linked.insert(id);
                        self.receipt = Some((id, receipt));
                        self.error = None;
                        return Action::Run(self.refresh_status());
                    }
                    Err(error) => self.error = Some(error),
                }
                Task::none()
            }
            Message::AssociateChanged(field, value) => {
                let slot = match field {
                    AssociateField::Surname => &mut self.associate.surname,
                    AssociateField::Name => &mut self.associate.name,
                    AssociateField::BirthDate => &mut self.associate.birth_date,
                    AssociateField::PreviousEmail => &mut self.associate.previous_email,
                    AssociateField::K10Number => &mut self.associate.k10_number,
                };
                *slot = value;
                if self
                    .associate_error
                    .as_ref()
                    .is_some_and(|(f, _)| *f == Some(field))
                {
                    self.associate_error = None;
                }
                Task::none()
            }
            Message::Associate => self.associate(&context),
            Message::Associated(result) => {
                self.busy = false;
                match result {
                    Ok(id) => {
                        self.linked.insert(id);
                        self.associate = AssociateRequest::default();
                        self.associate_error = None;
                        return Action::Open(id);
                    }
                    Err(error) => {
                        let field = (error.id == "err-portal-associate-mismatch")
                            .then(|| {
                                error
                                    .args
                                    .iter()
                                    .find(|(k, _)| k == "field")
                                    .and_then(|(_, v)| AssociateField::from_key(v))
                            })
                            .flatten();
                        self.associate_error = Some((field, error));
                    }
                }
                Task::none()
            }
        };
        Action::Run(task)
    }

    fn authenticate(&mut self, register: bool) -> Task<Message> {
        let Some(portal) = self.portal.clone() else {
            return Task::none();
        };
        let credentials = Credentials {
            email: self.email.trim().to_string(),
            password: self.password.clone(),
        };
        if credentials.email.is_empty() || credentials.password.is_empty() {
            self.error = Some(UiError::new("portal-credentials-required"));
            return Task::none();
        }
        self.busy = true;
        self.error = None;
        let tokens = self.tokens.clone();
        Task::perform(
            async move {
                let session = if register {
                    portal.client.register(&credentials).await?
                } else {
                    portal.client.sign_in(&credentials).await?
                };
                let account = Account {
                    email: session.email,
                    role: session.role,
                };
                let client = portal.client.clone();
                let remembered = account.clone();
                // Failing to remember only means signing in again next time: say so.
                let not_remembered =
                    off_runtime(move || tokens.remember(&client, Some(&remembered)))
                        .await
                        .err()
                        .map(UiError::from);
                Ok((account, not_remembered))
            },
            |result: Result<(Account, Option<UiError>), PortalError>| {
                Message::SignedIn(result.map_err(UiError::from))
            },
        )
    }

    fn forget_sign_in(&self) -> Task<Message> {
        let Some(portal) = self.portal.clone() else {
            return Task::none();
        };
        let tokens = self.tokens.clone();
        Task::perform(
            off_runtime(move || tokens.remember(&portal.client, None)),
            |result| Message::Forgotten(result.map_err(UiError::from)),
        )
    }

    /// Queues the open applicant (first time: every section) and pushes everything pending.
    fn sync_now(&mut self, context: &Context<'_>) -> Task<Message> {
        let Some(portal) = self.portal.clone() else {
            return Task::none();
        };
        if !self.is_signed_in() || self.syncing {
            return Task::none();
        }
        self.syncing = true;
        let open = context.open.map(|o| {
            let value = serde_json::to_value(o.application).unwrap_or(Value::Null);
            (o.id, value, o.application.clone())
        });
        if let Some((id, value, _)) = &open {
            self.recorded.insert(*id, value.clone());
        }
        let store = context.store.clone();
        let today = context.today;
        Task::perform(
            async move {
                if let Some((id, _, draft)) = open {
                    let mut engine = portal.engine.lock().await;
                    // After a damaged queue, the links come back before the open draft is
                    // queued (else it would reach the portal as a second application).
                    let _ = relink_if_needed(&mut engine, &store).await;
                    if engine
                        .entry(&id.to_string())
                        .is_none_or(|e| e.base_version.is_none())
                    {
                        engine
                            .mark_changed(&id.to_string(), DraftPart::ALL)
                            .map_err(UiError::from)?;
                    }
                    engine
                        .sync_documents(&id.to_string(), &draft)
                        .map_err(UiError::from)?;
                }
                run_sync(portal, store, today).await
            },
            Message::Synced,
        )
    }

    /// Re-reads the queue's counters (after marking a change while not syncing).
    fn refresh_queue(&self) -> Task<Message> {
        let Some(portal) = self.portal.clone() else {
            return Task::none();
        };
        Task::perform(
            async move { Box::new(queued(&*portal.engine.lock().await)) },
            |queued| Message::QueueRead(queued, None),
        )
    }

    /// Pulls the status of every linked application (when signed in).
    fn refresh_status(&self) -> Task<Message> {
        let Some(portal) = self.portal.clone() else {
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

    fn apply_resolution(&mut self, index: usize, context: &Context<'_>) -> Task<Message> {
        let Some(portal) = self.portal.clone() else {
            return Task::none();
        };
        let Some(pending) = self.conflicts.get_mut(index) else {
            return Task::none();
        };
        if pending.applying
            || pending
                .conflict
                .sections
                .iter()
                .any(|s| !pending.choices.contains_key(&s.section))
        {
            return Task::none();
        }
        pending.applying = true;
        let conflict = pending.conflict.clone();
        let choices = pending.choices.clone();
        let store = context.store.clone();
        let today = context.today;
        Task::perform(
            async move {
                let id: ApplicantId = conflict
                    .local_id
                    .parse()
                    .map_err(|_| UiError::new("error-internal"))?;
                let resolved = {
                    let mut engine = portal.engine.lock().await;
                    engine
                        .resolve(&conflict, &choices)
                        .await
                        .map_err(UiError::from)?
                };
                save_locally(&store, id, resolved, today).await?;
                Ok(id)
            },
            move |result| Message::Resolved(index, result),
        )
    }

    fn associate(&mut self, context: &Context<'_>) -> Task<Message> {
        let Some(portal) = self.portal.clone() else {
            return Task::none();
        };
        let request = AssociateRequest {
            surname: self.associate.surname.trim().to_string(),
            name: self.associate.name.trim().to_string(),
            birth_date: self.associate.birth_date.trim().to_string(),
            previous_email: self.associate.previous_email.trim().to_string(),
            k10_number: self.associate.k10_number.trim().to_string(),
        };
        let missing = [
            (AssociateField::Surname, &request.surname),
            (AssociateField::Name, &request.name),
            (AssociateField::BirthDate, &request.birth_date),
            (AssociateField::PreviousEmail, &request.previous_email),
            (AssociateField::K10Number, &request.k10_number),
        ]
        .into_iter()
        .find(|(_, value)| value.is_empty());
        if let Some((field, _)) = missing {
            self.associate_error = Some((Some(field), UiError::new("portal-associate-required")));
            return Task::none();
        }
        // The K10 number's format (issue 12.6); its kind (K10/C for art. 5) is checked once
        // the associated application, and so its legal basis, is known (timeline, PDFs).
        if let Err(error) = cittadinanza_core::k10::K10Number::parse(&request.k10_number) {
            self.associate_error = Some((
                Some(AssociateField::K10Number),
                UiError {
                    id: error.message_id().to_string(),
                    args: error
                        .args()
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect(),
                },
            ));
            return Task::none();
        }
        self.busy = true;
        self.associate_error = None;
        let store = context.store.clone();
        let today = context.today;
        Task::perform(
            async move {
                let record = portal
                    .client
                    .associate(&request)
                    .await
                    .map_err(UiError::from)?;
                let draft = record.draft.clone();
                let complete = crate::validation::completed_sections(&draft, today);
                let id = with_store(store, move |s| {
                    let id = s.create(&draft)?;
                    s.save(id, &draft, complete)?;
                    Ok(id)
                })
                .await?;
                portal
                    .engine
                    .lock()
                    .await
                    .link(&id.to_string(), &record)
                    .map_err(UiError::from)?;
                Ok(id)
            },
            Message::Associated,
        )
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
            content = content.push(view_recovery(recovery));
        }
        content = content.push(self.view_account(portal_url));
        if self.account.is_some() {
            content = content.push(self.view_sync_status(open));
            for (index, pending) in self.conflicts.iter().enumerate() {
                content = content.push(view_conflict(index, pending));
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

    fn view_account<'a>(&'a self, portal_url: &'a str) -> Element<'a, Message> {
        let address = label(t_args("portal-address", &[("url", portal_url)]))
            .size(13)
            .style(text::secondary);
        let body: Element<'a, Message> = match &self.account {
            Some(account) => {
                let role = match account.role {
                    Role::Applicant => t("portal-role-applicant"),
                    Role::Operator => t("portal-role-operator"),
                };
                mirrored_row(vec![
                    identified(
                        "portal-signed-in",
                        label(t_args(
                            "portal-signed-in-as",
                            &[("email", account.email.as_str()), ("role", role.as_str())],
                        )),
                    ),
                    identified(
                        "portal-sign-out",
                        button(text(t("portal-sign-out")))
                            .style(button::secondary)
                            .on_press_maybe((!self.busy).then_some(Message::SignOut)),
                    ),
                ])
                .spacing(12)
                .into()
            }
            None => {
                let ready = self.portal.is_some() && !self.busy;
                let email = text_input(&t("portal-email"), &self.email)
                    .id("portal-email")
                    .on_input(Message::EmailChanged)
                    .padding(8);
                let password = text_input(&t("portal-password"), &self.password)
                    .id("portal-password")
                    .secure(true)
                    .on_input(Message::PasswordChanged)
                    .on_submit(Message::SignIn)
                    .padding(8);
                column![
                    label(t("portal-email")).size(13),
                    email,
                    label(t("portal-password")).size(13),
                    password,
                    mirrored_row(vec![
                        identified(
                            "portal-sign-in",
                            button(text(t("portal-sign-in")))
                                .on_press_maybe(ready.then_some(Message::SignIn)),
                        ),
                        identified(
                            "portal-register",
                            button(text(t("portal-register")))
                                .style(button::secondary)
                                .on_press_maybe(ready.then_some(Message::Register)),
                        ),
                    ])
                    .spacing(12),
                    label(t("portal-register-hint"))
                        .size(13)
                        .style(text::secondary),
                ]
                .spacing(8)
                .into()
            }
        };
        card(column![address, body].spacing(8))
    }

    fn view_sync_status<'a>(&'a self, open: Option<Open<'a>>) -> Element<'a, Message> {
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
    fn view_uploads<'a>(&'a self, open: Option<Open<'a>>) -> Element<'a, Message> {
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

    fn view_open<'a>(&'a self, open: Open<'a>, today: NaiveDate) -> Element<'a, Message> {
        let name = open.application.display_name();
        let mut lines = Column::new().spacing(8).push(
            text(if name.is_empty() {
                t("portal-open-unnamed")
            } else {
                name
            })
            .size(18),
        );
        match self.reports.get(&open.id) {
            None if self.linked.contains(&open.id) => {
                lines = lines.push(label(t("portal-status-unknown")).style(text::secondary));
            }
            None => {
                lines = lines.push(label(t("portal-not-sent")).style(text::secondary));
            }
            Some(report) => {
                lines = lines.push(identified(
                    "portal-status",
                    label(t_args(
                        "portal-status-line",
                        &[(
                            "status",
                            t(&format!("portal-status-{}", report.status.key())),
                        )],
                    )),
                ));
                if let Some(k10) = &report.k10_number {
                    lines = lines.push(identified(
                        "portal-k10",
                        label(t_args("portal-k10", &[("k10", k10.as_str())])),
                    ));
                }
                if report.communications.is_empty() {
                    lines = lines.push(label(t("portal-no-communications")).style(text::secondary));
                } else {
                    lines = lines.push(text(t("portal-communications")).size(16));
                    let mut ordered: Vec<&Communication> = report.communications.iter().collect();
                    ordered.sort_by_key(|c| std::cmp::Reverse((c.date, c.id)));
                    for communication in ordered {
                        lines = lines.push(view_communication(communication, today));
                    }
                }
                // Sections still to reconcile must be settled before sending.
                let reconciling = self
                    .conflicts
                    .iter()
                    .any(|c| c.conflict.local_id == open.id.to_string());
                if report.status == Status::Draft && !reconciling {
                    lines = lines.push(self.view_submit());
                }
            }
        }
        let just_submitted = self
            .reports
            .get(&open.id)
            .is_none_or(|r| r.status == Status::Submitted);
        if let Some((id, receipt)) = &self.receipt
            && *id == open.id
            && just_submitted
        {
            lines = lines.push(identified(
                "portal-receipt",
                label(t_args(
                    "portal-submitted",
                    &[("k10", receipt.k10_number.as_str())],
                ))
                .style(text::success),
            ));
        }
        lines = lines.push(identified(
            "portal-refresh-status",
            button(text(t("portal-refresh-status")))
                .style(button::secondary)
                .on_press(Message::RefreshStatus),
        ));
        card(lines)
    }

    fn view_submit(&self) -> Element<'_, Message> {
        if self.confirm_submit {
            column![
                label(t("portal-submit-confirm")).style(text::danger),
                mirrored_row(vec![
                    identified(
                        "portal-submit-confirm",
                        button(text(t("portal-submit-yes")))
                            .style(button::danger)
                            .on_press_maybe((!self.busy).then_some(Message::ConfirmSubmit)),
                    ),
                    button(text(t("common-cancel")))
                        .style(button::secondary)
                        .on_press(Message::CancelSubmit)
                        .into(),
                ])
                .spacing(12),
            ]
            .spacing(8)
            .into()
        } else {
            identified(
                "portal-submit",
                button(text(t("portal-submit")))
                    .on_press_maybe((!self.busy).then_some(Message::AskSubmit)),
            )
        }
    }

    fn view_associate(&self) -> Element<'_, Message> {
        let request = &self.associate;
        let fields = [
            (
                AssociateField::Surname,
                t("portal-associate-surname"),
                &request.surname,
            ),
            (
                AssociateField::Name,
                t("portal-associate-name"),
                &request.name,
            ),
            (
                AssociateField::BirthDate,
                t("portal-associate-birth-date"),
                &request.birth_date,
            ),
            (
                AssociateField::PreviousEmail,
                t("portal-associate-previous-email"),
                &request.previous_email,
            ),
            (
                AssociateField::K10Number,
                t("portal-associate-k10"),
                &request.k10_number,
            ),
        ];
        let mut form = Column::new()
            .spacing(8)
            .push(text(t("portal-associate-title")).size(18))
            .push(
                label(t("portal-associate-help"))
                    .size(13)
                    .style(text::secondary),
            );
        for (field, caption, value) in fields {
            let wrong = self
                .associate_error
                .as_ref()
                .is_some_and(|(f, _)| *f == Some(field));
            let input = text_input("", value)
                .id(format!("associate-{}", field.key()))
                .on_input(move |v| Message::AssociateChanged(field, v))
                .padding(8)
                .style(move |theme: &Theme, status| {
                    let mut style = text_input::default(theme, status);
                    if wrong {
                        style.border.color = theme.palette().danger;
                    }
                    style
                });
            form = form.push(label(caption).size(13)).push(input);
            if wrong && let Some((_, error)) = &self.associate_error {
                form = form.push(identified(
                    "associate-error",
                    label(error.text()).size(13).style(text::danger),
                ));
            }
        }
        if let Some((None, error)) = &self.associate_error {
            form = form.push(identified(
                "associate-error",
                label(error.text()).size(13).style(text::danger),
            ));
        }
        form = form.push(identified(
            "portal-associate",
            button(text(t("portal-associate")))
                .on_press_maybe((!self.busy).then_some(Message::Associate)),
        ));
        card(form)
    }
}

/// "Uploading scan.pdf: 12.0 MB of 48.3 MB" over a bar filling up as chunks are acknowledged.
/// The notice of a damaged sync queue: where its copy is, and whether the links to the portal
/// are back (then it can be dismissed).
fn view_recovery(recovery: &Recovery) -> Element<'_, Message> {
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
struct ProgressFeed {
    url: String,
    engine: usize,
    receiver: tokio::sync::watch::Receiver<Option<Uploading>>,
}

impl std::hash::Hash for ProgressFeed {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.url.hash(state);
        self.engine.hash(state);
    }
}

impl ProgressFeed {
    /// Each change of the upload under way, starting with the current state.
    fn stream(&self) -> impl iced::futures::Stream<Item = Option<Uploading>> + use<> {
        let mut receiver = self.receiver.clone();
        receiver.mark_changed();
        iced::futures::stream::unfold(receiver, |mut receiver| async move {
            receiver.changed().await.ok()?;
            let now = receiver.borrow_and_update().clone();
            Some((now, receiver))
        })
    }
}

/// Pushes everything queued, pulls the status of linked applications and saves merged drafts.
async fn run_sync(
    portal: Portal,
    store: SharedStore,
    today: NaiveDate,
) -> Result<Box<SyncOutcome>, UiError> {
    let drafts = StoreDrafts(store.clone());
    let mut engine = portal.engine.lock().await;
    let relink = relink_if_needed(&mut engine, &store).await;
    let report = engine.push_pending(&drafts).await;
    let offline = report.went_offline();
    let mut errors: Vec<PortalError> = report.failed.into_iter().map(|(_, e)| e).collect();
    errors.extend(relink.err());
    let upload_errors: Vec<(ApplicantId, String, UiError)> = report
        .upload_failed
        .into_iter()
        .filter_map(|failure| {
            let owner = failure.local_id.parse::<ApplicantId>().ok()?;
            Some((owner, failure.vault_id, UiError::from(failure.error)))
        })
        .collect();
    let mut reports = Vec::new();
    if !offline {
        for (local, result) in engine.pull_all().await {
            match (local.parse::<ApplicantId>(), result) {
                (Ok(id), Ok(status)) => reports.push((id, status)),
                (_, Err(error)) => errors.push(error),
                (Err(_), Ok(_)) => {}
            }
        }
    }
    let queued = queued(&engine);
    let linked = linked_ids(&engine);
    drop(engine);
    let signed_out = errors
        .iter()
        .any(|e| matches!(e, PortalError::Unauthorized));
    if signed_out {
        portal.client.set_token(None);
    }
    let offline = offline || errors.iter().any(PortalError::is_transient);
    let mut ui_errors: Vec<UiError> = errors.into_iter().map(UiError::from).collect();
    let mut saved = Vec::new();
    for (local, application) in report.merged {
        let Ok(id) = local.parse::<ApplicantId>() else {
            continue;
        };
        match save_locally(&store, id, application.clone(), today).await {
            Ok(()) => saved.push((id, application)),
            Err(error) => ui_errors.push(error),
        }
    }
    Ok(Box::new(SyncOutcome {
        queued,
        upload_errors,
        conflicts: report.conflicts,
        saved,
        reports,
        linked,
        errors: ui_errors,
        offline,
        signed_out,
        finished_at: Utc::now(),
    }))
}

/// The queue's counters and pending uploads.
fn queued(engine: &cittadinanza_core::portal::SyncEngine) -> Queued {
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
    Queued {
        status: engine.status(),
        uploads,
        recovery: engine.recovery().cloned(),
    }
}

/// After a damaged queue was replaced: links the signed-in account's applications on the
/// portal to the local ones again (see [`SyncEngine::relink`]), before anything is pushed.
async fn relink_if_needed(engine: &mut SyncEngine, store: &SharedStore) -> Result<(), PortalError> {
    if !engine.needs_relink() || !engine.client().is_signed_in() {
        return Ok(());
    }
    let local = with_store(store.clone(), |store| {
        Ok(store
            .list(true)
            .into_iter()
            .map(|summary| LocalApplication {
                local_id: summary.id.to_string(),
                k10_number: summary.k10_number,
                display_name: summary.display_name,
            })
            .collect::<Vec<_>>())
    })
    .await
    .map_err(|error| PortalError::Local(error.text()))?;
    engine.relink(&local).await.map(|_| ())
}

/// Local applications the portal knows.
fn linked_ids(engine: &cittadinanza_core::portal::SyncEngine) -> BTreeSet<ApplicantId> {
    engine
        .entries()
        .iter()
        .filter(|e| e.remote_id.is_some() && e.base_version.is_some())
        .filter_map(|e| e.local_id.parse().ok())
        .collect()
}

async fn save_locally(
    store: &SharedStore,
    id: ApplicantId,
    application: Application,
    today: NaiveDate,
) -> Result<(), UiError> {
    let complete = crate::validation::completed_sections(&application, today);
    with_store(store.clone(), move |s| {
        s.save(id, &application, complete).map(|_| ())
    })
    .await
}

fn is_offline(error: &UiError) -> bool {
    matches!(
        error.id.as_str(),
        "err-portal-unreachable" | "err-portal-timeout" | "err-portal-server"
    )
}

/// The draft an open editor should show after a merge: the sections typed since the draft was
/// last recorded (`before`) are kept, every other section comes from `merged`.
pub fn rebase(before: Option<&Value>, merged: &Application, editing: &Application) -> Application {
    let (Some(before), Ok(Value::Object(mut result)), Ok(Value::Object(editing_json))) = (
        before,
        serde_json::to_value(merged),
        serde_json::to_value(editing),
    ) else {
        return merged.clone();
    };
    for part in DraftPart::ALL {
        let key = part.key();
        if let Some(edited) = editing_json.get(key)
            && before.get(key) != Some(edited)
        {
            result.insert(key.to_string(), edited.clone());
        }
    }
    serde_json::from_value(Value::Object(result)).unwrap_or_else(|_| merged.clone())
}

/// Sections (and the procedure's dates) whose JSON differs from the recorded draft (all of
/// them when none was recorded).
pub fn changed_parts(recorded: Option<&Value>, current: &Value) -> Vec<DraftPart> {
    DraftPart::ALL
        .into_iter()
        .filter(|part| match recorded {
            Some(recorded) => recorded.get(part.key()) != current.get(part.key()),
            None => true,
        })
        .collect()
}

fn card<'a>(content: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    container(content)
        .padding(16)
        .width(Length::Fill)
        .style(container::bordered_box)
        .into()
}

fn date(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

fn view_communication(communication: &Communication, today: NaiveDate) -> Element<'_, Message> {
    let args: Vec<(&str, String)> = vec![
        ("date", date(communication.date)),
        (
            "days",
            communication
                .response_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
        (
            "respond_by",
            communication.respond_by.map(date).unwrap_or_default(),
        ),
        (
            "appointment",
            communication.appointment_date.map(date).unwrap_or_default(),
        ),
        ("place", communication.place.clone()),
    ];
    let id = match communication.kind {
        CommunicationKind::Acceptance => "portal-comm-acceptance",
        CommunicationKind::Inadmissibility => "portal-comm-inadmissibility",
        CommunicationKind::Notice10Bis => "portal-comm-notice-10bis",
        CommunicationKind::DecreeGranted => "portal-comm-decree-granted",
        CommunicationKind::DecreeRejected => "portal-comm-decree-rejected",
        CommunicationKind::OathAppointment => "portal-comm-oath-appointment",
    };
    let mut lines = column![label(t_args(id, &args))].spacing(4);
    if !communication.text.is_empty() {
        lines = lines.push(
            label(communication.text.as_str())
                .size(13)
                .style(text::secondary),
        );
    }
    if let Some(respond_by) = communication.respond_by {
        let left = (respond_by - today).num_days();
        let days = left.to_string();
        let (message, urgent) = if left < 0 {
            (
                t_args("portal-deadline-passed", &[("date", date(respond_by))]),
                true,
            )
        } else {
            (
                t_args(
                    "portal-deadline-left",
                    &[("days", days.as_str()), ("date", &date(respond_by))],
                ),
                left <= DEADLINE_WARNING_DAYS,
            )
        };
        let line = label(message).size(13);
        lines = lines.push(identified(
            format!("portal-deadline-{}", communication.id),
            if urgent {
                line.style(text::danger)
            } else {
                line.style(text::secondary)
            },
        ));
    }
    container(lines).padding([6, 0]).width(Length::Fill).into()
}

fn view_conflict(index: usize, pending: &PendingConflict) -> Element<'_, Message> {
    let conflict = &pending.conflict;
    let name = conflict.merged.display_name();
    let mut lines = Column::new()
        .spacing(10)
        .push(text(t_args("portal-conflict-title", &[("name", name.as_str())])).size(18))
        .push(
            label(t("portal-conflict-help"))
                .size(13)
                .style(text::secondary),
        );
    for section in &conflict.sections {
        let key = section.section.key();
        let chosen = pending.choices.get(&section.section).copied();
        let choice = |resolution: Resolution, caption: String, suffix: &str| {
            let selected = chosen == Some(resolution);
            identified(
                format!("conflict-{index}-{key}-{suffix}"),
                button(text(caption))
                    .style(move |theme: &Theme, status| {
                        if selected {
                            button::primary(theme, status)
                        } else {
                            button::secondary(theme, status)
                        }
                    })
                    .on_press(Message::Choose(index, section.section, resolution)),
            )
        };
        let differences = differences(&section.local, &section.remote);
        let mut details = Column::new().spacing(2);
        for (path, mine, theirs) in differences.iter().take(12) {
            details = details.push(
                label(t_args(
                    "portal-conflict-field",
                    &[
                        ("field", field_label(section.section, path)),
                        ("mine", field_value(section.section, path, mine)),
                        ("theirs", field_value(section.section, path, theirs)),
                    ],
                ))
                .size(13),
            );
        }
        if differences.len() > 12 {
            details = details.push(
                label(t_args(
                    "portal-conflict-more",
                    &[("count", (differences.len() - 12).to_string())],
                ))
                .size(13),
            );
        }
        lines = lines.push(rule::horizontal(1)).push(
            column![
                text(part_label(section.section)).size(16),
                details,
                mirrored_row(vec![
                    choice(Resolution::KeepMine, t("portal-conflict-keep-mine"), "mine"),
                    choice(
                        Resolution::TakeTheirs,
                        t("portal-conflict-take-theirs"),
                        "theirs"
                    ),
                ])
                .spacing(12),
            ]
            .spacing(6),
        );
    }
    let ready = !pending.applying
        && conflict
            .sections
            .iter()
            .all(|s| pending.choices.contains_key(&s.section));
    lines = lines.push(identified(
        format!("conflict-{index}-apply"),
        button(text(t("portal-conflict-apply")))
            .on_press_maybe(ready.then_some(Message::ApplyResolution(index))),
    ));
    card(lines)
}

/// The fields that differ between two JSON values: `(path, mine, theirs)`; paths are
/// relative (`periods.2.from`, list positions from 1), values as in the JSON.
pub fn differences(mine: &Value, theirs: &Value) -> Vec<(String, Value, Value)> {
    let mut out = Vec::new();
    collect_differences("", mine, theirs, &mut out);
    out
}

fn collect_differences(
    path: &str,
    mine: &Value,
    theirs: &Value,
    out: &mut Vec<(String, Value, Value)>,
) {
    if mine == theirs {
        return;
    }
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match (mine, theirs) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                collect_differences(
                    &join(key),
                    a.get(key.as_str()).unwrap_or(&Value::Null),
                    b.get(key.as_str()).unwrap_or(&Value::Null),
                    out,
                );
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                collect_differences(&join(&(index + 1).to_string()), x, y, out);
            }
        }
        _ => out.push((path.to_string(), mine.clone(), theirs.clone())),
    }
}

fn readable(value: &Value) -> String {
    match value {
        Value::Null => "—".into(),
        Value::String(s) if s.is_empty() => "—".into(),
        Value::String(s) => s.clone(),
        Value::Bool(true) => t("portal-value-yes"),
        Value::Bool(false) => t("portal-value-no"),
        Value::Number(n) => n.to_string(),
        Value::Array(items) if items.is_empty() => "—".into(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(readable).collect();
            parts.join("; ")
        }
        // A record of a list (a residence period, an attached document): its filled-in texts.
        Value::Object(fields) => {
            if let Some(Value::String(name)) = fields.get("original_name") {
                return name.clone();
            }
            let parts: Vec<String> = fields
                .values()
                .filter(|v| !matches!(v, Value::Object(_) | Value::Array(_)))
                .map(readable)
                .filter(|text| text != "—")
                .collect();
            if parts.is_empty() {
                "—".into()
            } else {
                parts.join(" ")
            }
        }
    }
}

/// The translated name of a part of the draft.
pub fn part_label(part: DraftPart) -> String {
    match part {
        DraftPart::Section(section) => t(&form::section_label_id(section)),
        DraftPart::Procedure => t("timeline-events"),
    }
}

/// The translated name of the field at `path` inside `part`, as the editor (or the timeline
/// screen) labels it; list positions are kept (`periods.2.from` -> "Periods 2 · From").
pub fn field_label(part: DraftPart, path: &str) -> String {
    let mut pieces: Vec<String> = Vec::new();
    let mut prefix = part.key().to_string();
    let mut unlabelled: Vec<&str> = Vec::new();
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        if segment.parse::<usize>().is_ok() {
            match pieces.last_mut() {
                Some(last) if unlabelled.is_empty() => {
                    last.push(' ');
                    last.push_str(segment);
                }
                _ => unlabelled.push(segment),
            }
            continue;
        }
        prefix.push('.');
        prefix.push_str(segment);
        match field_label_id(part, &prefix, segment) {
            Some(id) => {
                pieces.push(t(&id));
                unlabelled.clear();
            }
            None => unlabelled.push(segment),
        }
    }
    if !unlabelled.is_empty() {
        pieces.push(unlabelled.join("."));
    }
    if pieces.is_empty() {
        part_label(part)
    } else {
        pieces.join(" · ")
    }
}

/// The label id of a field: the editor's (`field-...`), the documents' and the timeline's.
fn field_label_id(part: DraftPart, path: &str, last: &str) -> Option<String> {
    let id = match part {
        DraftPart::Procedure => procedure_label_id(last)?,
        DraftPart::Section(SectionId::Documents) => match last {
            "attached" => "editor-attachments",
            "kind" => "editor-attach-kind",
            "issue_date" => "editor-attach-issue-date",
            "country" => "editor-attach-country",
            "original_name" => "portal-field-file-name",
            "sha256" | "size_bytes" | "vault_id" => "portal-field-file-content",
            _ => return None,
        },
        DraftPart::Section(_) => {
            let id = form::label_id(path);
            return i18n::has(&id).then_some(id);
        }
    };
    Some(id.to_string())
}

/// Label ids of the procedure's fields (the timeline screen's where it has one).
pub fn procedure_label_id(key: &str) -> Option<&'static str> {
    Some(match key {
        "draft_started" => "portal-procedure-draft-started",
        "planned_submission" => "timeline-field-planned-submission",
        "submitted" => "timeline-field-submitted",
        "accepted" => "timeline-field-accepted",
        "k10_number" => "portal-procedure-k10",
        "submission_rejected" => "portal-procedure-submission-rejected",
        "assessment_started" => "portal-procedure-assessment-started",
        "ten_bis_notices" => "portal-procedure-ten-bis",
        "received" => "timeline-field-ten-bis-received",
        "response_days" => "timeline-field-ten-bis-days",
        "answered" => "timeline-field-ten-bis-answered",
        "prefecture_opinion" => "timeline-field-prefecture-opinion",
        "opinion" => "portal-procedure-opinion",
        "decree" => "timeline-field-decree",
        "decree_outcome" => "timeline-field-decree-outcome",
        "inadmissible" => "timeline-field-inadmissible",
        "notified" => "timeline-field-notified",
        "oath" => "timeline-field-oath",
        "criminal_certificates" => "portal-procedure-certificates",
        "country" => "editor-attach-country",
        "issued" => "editor-attach-issue-date",
        _ => return None,
    })
}

/// Every label id [`field_label`] and [`field_value`] can build, for the i18n test.
pub fn conflict_label_ids() -> Vec<&'static str> {
    const PROCEDURE_KEYS: [&str; 21] = [
        "draft_started",
        "planned_submission",
        "submitted",
        "accepted",
        "k10_number",
        "submission_rejected",
        "assessment_started",
        "ten_bis_notices",
        "received",
        "response_days",
        "answered",
        "prefecture_opinion",
        "opinion",
        "decree",
        "decree_outcome",
        "inadmissible",
        "notified",
        "oath",
        "criminal_certificates",
        "country",
        "issued",
    ];
    let mut ids: Vec<&'static str> = PROCEDURE_KEYS
        .iter()
        .filter_map(|key| procedure_label_id(key))
        .collect();
    ids.extend([
        "timeline-events",
        "editor-attachments",
        "editor-attach-kind",
        "editor-attach-issue-date",
        "editor-attach-country",
        "portal-field-file-name",
        "portal-field-file-content",
        "timeline-outcome-granted",
        "timeline-outcome-rejected",
        "portal-procedure-opinion-favourable",
        "portal-procedure-opinion-unfavourable",
    ]);
    ids
}

/// A field's value as the user knows it: choices by their translated label, the procedure's
/// dates as `DD/MM/YYYY`.
pub fn field_value(part: DraftPart, path: &str, value: &Value) -> String {
    let choice = |options: Vec<form::Choice>| {
        options
            .into_iter()
            .find(|c| c.value == *value)
            .map(|c| t(&c.label_id))
    };
    let translated = match part {
        DraftPart::Section(SectionId::Documents) if path.ends_with(".kind") => {
            choice(form::document_kinds())
        }
        DraftPart::Section(section) => {
            match field_kind(form::items(section), &without_indexes(path)) {
                Some(Kind::Choice(options)) => choice(options()),
                _ => None,
            }
        }
        DraftPart::Procedure => match value {
            Value::String(text) if path.ends_with("decree_outcome") => match text.as_str() {
                "granted" => Some(t("timeline-outcome-granted")),
                "rejected" => Some(t("timeline-outcome-rejected")),
                _ => None,
            },
            Value::String(text) if path.ends_with("opinion") => match text.as_str() {
                "favourable" => Some(t("portal-procedure-opinion-favourable")),
                "unfavourable" => Some(t("portal-procedure-opinion-unfavourable")),
                _ => None,
            },
            Value::String(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(date),
            _ => None,
        },
    };
    translated.unwrap_or_else(|| readable(value))
}

fn without_indexes(path: &str) -> String {
    let parts: Vec<&str> = path
        .split('.')
        .filter(|part| part.parse::<usize>().is_err())
        .collect();
    parts.join(".")
}

/// How the editor edits the field at `path` (relative to the items, without list indexes).
fn field_kind(items: &[Item], path: &str) -> Option<Kind> {
    items.iter().find_map(|item| match item {
        Item::Field(field) if field.name == path => Some(field.kind),
        Item::List { name, items, .. } => path
            .strip_prefix(name)
            .and_then(|rest| rest.strip_prefix('.'))
            .and_then(|rest| field_kind(items, rest)),
        _ => None,
    })
}
