//! The application: top-level state, messages, and the dispatch of each message.
//!
//! Each screen has its own `Message`, wrapped here, and the one contract
//! `update(&mut self, Message, &Context) -> (Task<Message>, Option<Event>)` (see
//! `docs/architecture.md`). To add a screen: a module under `screen/` with that `update`, its
//! `Context` and `Event`, a variant in [`Screen`] (with its navigation label in [`Screen::label_id`] and
//! [`NAVIGATION`]), a variant in [`Message`] that wraps the screen's message, one arm in
//! [`App::update`] (its handler in `handlers.rs`) and one in `App::view_screen`
//! (`navigation.rs`).
//!
//! `boot.rs` starts the app (data folder, unlock, demo, bundle given at start, start-up probe);
//! `leaving.rs` keeps the editors of drafts being left until their save ended, and holds
//! history's jobs until the draft is saved;
//! `navigation.rs` switches screens, draws the menu and moves the keyboard focus.

mod boot;
mod handlers;
mod leaving;
mod navigation;

pub use boot::STARTUP_PROBE;
pub use navigation::key_message;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use cittadinanza_core::model::lenient::Dropped;
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::store::{ApplicantId, ApplicantSummary};
use iced::widget::operation;
use iced::{Task, Theme, window};

use crate::i18n::t;
use crate::screen::applicants::{self, Applicants};
use crate::screen::documents::{self, Documents};
use crate::screen::editor::{self, Editor};
use crate::screen::eligibility::{self, Eligibility};
use crate::screen::history::{self, History};
use crate::screen::pdf::{self, PdfScreen};
use crate::screen::portal::{self, Portal};
use crate::screen::settings::{self as settings_screen, SettingsScreen};
use crate::screen::timeline::{self, Timeline};
use crate::screen::unlock::{self, Unlock};
use crate::screen::welcome::{self, Welcome};
use crate::settings::Settings;
use crate::store::{SharedStore, UiError};

/// How the application was started.
#[derive(Debug, Clone)]
pub struct Config {
    pub settings: Settings,
    /// Where the settings are saved; `None` keeps them in memory (tests).
    pub settings_path: Option<PathBuf>,
    pub data_dir: PathBuf,
    /// Open a temporary folder with sample applicants (screenshots, trying the app out).
    pub demo: bool,
}

/// The screens reachable from the navigation column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Applicants,
    /// The application of the applicant being edited.
    Editor,
    /// The documents checklist of the open applicant.
    Documents,
    /// Can the applicant apply, and from when (also before any draft exists).
    Eligibility,
    /// The procedure's dates, phases and deadlines of the open applicant.
    Timeline,
    /// Declarations and the summary printed from the open draft.
    Pdf,
    /// Saved versions of the open draft, a copy of it, its export to a file.
    History,
    /// Sign-in, synchronisation and communications of the portal.
    Portal,
    /// The Italian legal terms explained in the interface language.
    Glossary,
    Settings,
    /// Who the app is for and how to start (first start, and from the navigation).
    Welcome,
}

/// The navigation entries, in order.
pub const NAVIGATION: [Screen; 10] = [
    Screen::Applicants,
    Screen::Editor,
    Screen::Documents,
    Screen::Eligibility,
    Screen::Timeline,
    Screen::Pdf,
    Screen::History,
    Screen::Portal,
    Screen::Glossary,
    Screen::Settings,
];

impl Screen {
    /// Screens about the open applicant (hidden while none is open).
    pub fn needs_applicant(self) -> bool {
        matches!(
            self,
            Screen::Editor | Screen::Documents | Screen::Timeline | Screen::Pdf | Screen::History
        )
    }

    pub fn label_id(self, help_desk: bool) -> &'static str {
        match self {
            Screen::Applicants if help_desk => "nav-applicants",
            Screen::Applicants => "nav-home",
            Screen::Editor => "nav-application",
            Screen::Documents => "nav-documents",
            Screen::Eligibility => "nav-eligibility",
            Screen::Timeline => "nav-timeline",
            Screen::Pdf => "nav-pdf",
            Screen::History => "nav-history",
            Screen::Portal => "nav-portal",
            Screen::Glossary => "nav-glossary",
            Screen::Settings => "nav-settings",
            Screen::Welcome => "nav-welcome",
        }
    }
}

/// Before the store is open.
#[derive(Debug)]
enum Phase {
    Opening,
    Locked(Unlock),
    Ready(SharedStore),
}

/// An applicant's draft read from the store, with the time of its last save.
#[derive(Debug, Clone)]
pub struct LoadedApplicant {
    pub id: ApplicantId,
    pub application: Application,
    pub saved: Option<DateTime<Utc>>,
    /// Values of a draft saved by a newer version of the app that this one does not hold.
    pub not_understood: Vec<Dropped>,
}

/// What the store task returns on opening: the store and, in demo mode, the temporary folder
/// (deleted when the application ends).
#[derive(Debug, Clone)]
pub struct Opened {
    pub store: SharedStore,
    /// An applicant to open at once, on a given section (the demo's complete application).
    pub open: Option<(ApplicantId, SectionId)>,
    pub demo_dir: Option<Arc<crate::demo::DemoFolder>>,
}

impl From<crate::demo::Demo> for Opened {
    fn from(demo: crate::demo::Demo) -> Opened {
        Opened {
            store: demo.store,
            open: demo.open,
            demo_dir: demo.demo_dir,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    StoreOpened(Result<Opened, UiError>),
    /// The notice at the top (an error no screen shows) was read.
    DismissNotice,
    /// The folder needs a passphrase (why, and whether it is a new folder that has no key yet).
    NeedsPassphrase(UiError, bool),
    Navigate(Screen),
    Applicants(applicants::Message),
    Editor(ApplicantId, editor::Message),
    Documents(documents::Message),
    Eligibility(eligibility::Message),
    Timeline(timeline::Message),
    Pdf(pdf::Message),
    History(history::Message),
    Settings(settings_screen::Message),
    Portal(portal::Message),
    Unlock(unlock::Message),
    Welcome(welcome::Message),
    SummariesLoaded(Result<Vec<ApplicantSummary>, UiError>),
    Loaded(Result<Box<LoadedApplicant>, UiError>),
    StoreChanged(Result<(), UiError>),
    SettingsSaved(Result<(), String>),
    TabPressed {
        shift: bool,
    },
    CloseRequested(window::Id),
    /// The window is closed without waiting for the saves and files still pending (a save
    /// that keeps failing).
    CloseAnyway,
    /// A frame is about to be drawn (only with [`STARTUP_PROBE`] set).
    Frame,
}

pub struct App {
    pub settings: Settings,
    settings_path: Option<PathBuf>,
    settings_generation: u64,
    /// The settings screen (the settings themselves are [`App::settings`]).
    settings_screen: SettingsScreen,
    data_dir: PathBuf,
    phase: Phase,
    pub screen: Screen,
    pub applicants: Applicants,
    pub editor: Option<Editor>,
    /// Editors of drafts that were left, kept until the store holds what they show (their
    /// last save tells the sync engine, or its error is shown): see `leaving.rs`.
    leaving: Vec<Editor>,
    /// History's jobs (restore, copy, export) waiting for the save of their applicant's draft.
    after_save: Vec<(ApplicantId, Task<Message>)>,
    /// Vault jobs running whose answer the app has not handled yet (files being imported or
    /// attached to a stored draft): the window waits for them, as for saves.
    vault_jobs: usize,
    pub documents: Documents,
    pub eligibility: Eligibility,
    pub timeline: Timeline,
    pub pdf: PdfScreen,
    pub history: History,
    /// The portal: sign-in, sync queue, conflicts, communications.
    pub portal: Portal,
    welcome: Welcome,
    notice: Option<UiError>,
    closing: Option<window::Id>,
    autosave_delay: Duration,
    today: NaiveDate,
    _demo_dir: Option<Arc<crate::demo::DemoFolder>>,
    /// Section to show when the next applicant opens.
    open_on_section: Option<SectionId>,
    /// Frames drawn so far and frames drawn since the applicants were listed ([`STARTUP_PROBE`]).
    probe: Option<(u32, Option<u32>)>,
    /// Show the welcome if the first listing of the folder finds no applicant (a real start).
    welcome_on_empty: bool,
    /// An exported applicant (`.cittadinanza`) to import once the data folder is open: the
    /// file the app was started with (`cittadinanza file.cittadinanza`, a double click).
    import_on_open: Option<PathBuf>,
}

impl App {
    /// Delay between the last edit and the autosave (tests shorten it).
    pub fn set_autosave_delay(&mut self, delay: Duration) {
        self.autosave_delay = delay;
        if let Some(editor) = &mut self.editor {
            editor.autosave_delay = delay;
        }
    }

    /// The data folder (store, vault, sync queue).
    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }

    pub fn store(&self) -> Option<&SharedStore> {
        match &self.phase {
            Phase::Ready(store) => Some(store),
            _ => None,
        }
    }

    pub fn title(&self) -> String {
        match &self.editor {
            Some(editor) => {
                let name = editor.application().display_name();
                let marker = if editor.has_unsaved_changes() {
                    " •"
                } else {
                    ""
                };
                if name.is_empty() {
                    format!("{}{marker}", t("app-title"))
                } else {
                    format!("{name}{marker} — {}", t("app-title"))
                }
            }
            None => t("app-title"),
        }
    }

    pub fn theme(&self) -> Theme {
        self.settings.theme.theme()
    }

    pub fn scale_factor(&self) -> f32 {
        self.settings.text_scale
    }

    fn persist_settings(&mut self) -> Task<Message> {
        let Some(path) = self.settings_path.clone() else {
            return Task::none();
        };
        self.settings_generation += 1;
        let generation = self.settings_generation;
        let settings = self.settings.clone();
        Task::perform(
            blocking(move || write_settings(&settings, &path, generation)),
            Message::SettingsSaved,
        )
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let vault_answer = is_vault_answer(&message);
        let task = self.dispatch(message);
        if !vault_answer {
            return task;
        }
        // Handled: a job it started (the file attached to a stored draft) is counted already.
        self.vault_jobs = self.vault_jobs.saturating_sub(1);
        Task::batch([task, self.close_if_saved()])
    }

    fn dispatch(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::StoreOpened(Ok(opened)) => self.store_opened(opened),
            Message::StoreOpened(Err(error)) | Message::NeedsPassphrase(error, _)
                if self.probe.is_some() =>
            {
                println!("locked {}", error.id);
                iced::exit()
            }
            Message::StoreOpened(Err(error)) => self.open_failed(error),
            Message::NeedsPassphrase(error, new_folder) => {
                self.phase = Phase::Locked(Unlock::new(error, new_folder));
                operation::focus("unlock-passphrase")
            }
            Message::Unlock(message) => self.update_unlock(message),
            Message::Navigate(screen) => self.navigate(screen),
            Message::Applicants(message) => self.update_applicants(message),
            Message::Editor(id, message) => self.update_editor(id, message),
            Message::Documents(message) => self.update_documents(message),
            Message::Timeline(message) => self.update_timeline(message),
            Message::Pdf(message) => self.update_pdf(message),
            Message::History(message) => self.update_history(message),
            Message::Frame => self.probe_frame(),
            Message::Eligibility(message) => self.update_eligibility(message),
            Message::Settings(message) => self.update_settings(message),
            Message::Portal(message) => self.update_portal(message),
            Message::Welcome(message) => self.update_welcome(message),
            Message::SummariesLoaded(Ok(summaries)) => self.listed(summaries),
            Message::SummariesLoaded(Err(error)) | Message::StoreChanged(Err(error)) => {
                self.applicants.error = Some(error);
                Task::none()
            }
            Message::StoreChanged(Ok(())) => self.refresh(),
            Message::Loaded(Ok(loaded)) => self.loaded(loaded),
            Message::Loaded(Err(error)) => {
                self.applicants.error = Some(error);
                Task::none()
            }
            Message::SettingsSaved(Ok(())) => Task::none(),
            Message::SettingsSaved(Err(detail)) => {
                self.notice = Some(UiError {
                    id: "settings-save-failed".into(),
                    args: vec![("detail".into(), detail)],
                });
                Task::none()
            }
            Message::TabPressed { shift } => self.tab_pressed(shift),
            Message::DismissNotice => {
                self.notice = None;
                Task::none()
            }
            Message::CloseRequested(window) => {
                self.closing = Some(window);
                let save = self.save_editor();
                // Drafts left whose save failed are tried again; the window waits for them.
                let left = self.save_leaving();
                Task::batch([save, left, self.close_if_saved()])
            }
            Message::CloseAnyway => match self.closing {
                Some(window) => window::close(window),
                None => Task::none(),
            },
        }
    }

    /// The window is being closed and waits for saves or vault jobs (shown with a way to
    /// close anyway).
    pub fn waits_to_close(&self) -> bool {
        self.closing.is_some() && !self.nothing_pending()
    }

    /// No draft is being saved or holds unsaved edits, no file is on its way to the vault.
    fn nothing_pending(&self) -> bool {
        let editing = self
            .editor
            .as_ref()
            .is_some_and(|e| e.has_unsaved_changes() || e.is_saving());
        !editing && self.leaving.is_empty() && self.vault_jobs == 0
    }

    /// Closes the window being closed once nothing is left to save (drafts left included)
    /// and no file is on its way to the vault.
    fn close_if_saved(&mut self) -> Task<Message> {
        let Some(window) = self.closing else {
            return Task::none();
        };
        if self.nothing_pending() {
            window::close(window)
        } else {
            Task::none()
        }
    }

    /// The settings screen's message; a change it raises is applied by [`App::apply_settings`].
    fn update_settings(&mut self, message: settings_screen::Message) -> Task<Message> {
        let context = settings_screen::Context {
            settings: &self.settings,
        };
        let (task, event) = self.settings_screen.update(message, &context);
        let task = task.map(Message::Settings);
        match event {
            None => task,
            Some(settings_screen::Event::Changed(settings)) => {
                Task::batch([task, self.apply_settings(settings)])
            }
        }
    }

    /// Settings changed by the user: in use at once, saved, and the portal restarted when its
    /// address changed.
    fn apply_settings(&mut self, settings: Settings) -> Task<Message> {
        // Loading a language takes the font system's write lock: only when it changed.
        if settings.language != crate::i18n::language() {
            crate::i18n::set_language(settings.language);
        }
        let portal_moved = settings.portal_url != self.settings.portal_url;
        self.settings = settings;
        let portal = if portal_moved {
            self.start_portal()
        } else {
            Task::none()
        };
        Task::batch([self.persist_settings(), portal])
    }
}

/// The answer of a vault job the app counts (see [`App::vault_jobs`]).
fn is_vault_answer(message: &Message) -> bool {
    matches!(
        message,
        Message::Editor(_, editor::Message::DocumentImported(_))
            | Message::Documents(
                documents::Message::Imported(..) | documents::Message::AttachedElsewhere(_)
            )
            | Message::Pdf(pdf::Message::Kept(..))
    )
}

async fn blocking<T>(job: impl FnOnce() -> T + Send + 'static) -> T
where
    T: From<InternalError> + Send + 'static,
{
    match tokio::task::spawn_blocking(job).await {
        Ok(value) => value,
        Err(_) => T::from(InternalError),
    }
}

/// A background job panicked.
pub struct InternalError;

impl From<InternalError> for Message {
    fn from(_: InternalError) -> Self {
        Message::StoreOpened(Err(UiError::new("error-internal")))
    }
}

impl<T> From<InternalError> for Result<T, UiError> {
    fn from(_: InternalError) -> Self {
        Err(UiError::new("error-internal"))
    }
}

impl From<InternalError> for Result<(), String> {
    fn from(_: InternalError) -> Self {
        Err("internal error".to_string())
    }
}

static SETTINGS_WRITTEN: Mutex<u64> = Mutex::new(0);

/// Writes the settings unless a newer version was already written.
fn write_settings(
    settings: &Settings,
    path: &std::path::Path,
    generation: u64,
) -> Result<(), String> {
    let mut written = SETTINGS_WRITTEN.lock().unwrap_or_else(|p| p.into_inner());
    if *written > generation {
        return Ok(());
    }
    settings.save(path).map_err(|e| e.to_string())?;
    *written = generation;
    Ok(())
}
