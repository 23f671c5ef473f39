//! The application: top-level state, messages, update and view.
//!
//! Each screen has its own `Message`, wrapped here. To add a screen: a module under
//! `screen/`, a variant in [`Screen`] (with its navigation label in [`Screen::label_id`] and
//! [`NAVIGATION`]), a variant in [`Message`] that wraps the screen's message, one arm in
//! [`App::update`] and one in [`App::view_screen`].

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Local, NaiveDate, Utc};
use cittadinanza_core::model::lenient::Dropped;
use cittadinanza_core::model::{Application, SectionId};
use cittadinanza_core::store::{ApplicantId, ApplicantSummary, Store};
use iced::keyboard;
use iced::widget::{Column, button, column, container, operation, rule, text};
use iced::{Element, Length, Subscription, Task, Theme, window};

use crate::i18n::{self, t};
use crate::screen::applicants::{self, Applicants};
use crate::screen::documents::{self, Documents};
use crate::screen::editor::{self, Editor};
use crate::screen::eligibility::{self, Eligibility};
use crate::screen::history::{self, History};
use crate::screen::pdf::{self, PdfScreen};
use crate::screen::portal::{self, Portal};
use crate::screen::settings as settings_screen;
use crate::screen::timeline::{self, Timeline};
use crate::screen::unlock::{self, Unlock};
use crate::screen::welcome;
use crate::settings::Settings;
use crate::store::{SharedStore, UiError, with_store};
use crate::widget::mirrored_row;

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
    /// A copy of the open applicant was made (it is opened).
    Duplicated(Result<Box<LoadedApplicant>, UiError>),
    /// A saved version became the current one: (version restored, the draft now current).
    Restored(ApplicantId, Result<(u32, Box<Application>), UiError>),
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
    /// A frame is about to be drawn (only with [`STARTUP_PROBE`] set).
    Frame,
}

pub struct App {
    pub settings: Settings,
    settings_path: Option<PathBuf>,
    settings_generation: u64,
    /// The settings screen's typed folder (when no folder chooser can be shown).
    settings_form: settings_screen::Form,
    data_dir: PathBuf,
    phase: Phase,
    pub screen: Screen,
    pub applicants: Applicants,
    pub editor: Option<Editor>,
    pub documents: Documents,
    pub eligibility: Eligibility,
    pub timeline: Timeline,
    pub pdf: PdfScreen,
    pub history: History,
    /// The portal: sign-in, sync queue, conflicts, communications.
    pub portal: Portal,
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

/// What a key press no widget took means to the whole app: Tab / Shift+Tab move the focus.
pub fn key_message(event: keyboard::Event) -> Option<Message> {
    match event {
        keyboard::Event::KeyPressed {
            key: keyboard::Key::Named(keyboard::key::Named::Tab),
            modifiers,
            ..
        } => Some(Message::TabPressed {
            shift: modifiers.shift(),
        }),
        _ => None,
    }
}

/// With this environment variable set to 1 the application prints `first-frame` when its first
/// frame is drawn and, once the applicants are listed and drawn, `loaded rss_kb=… hwm_kb=…`,
/// then exits (the start-up benchmark, `benches/gui_startup.rs`).
pub const STARTUP_PROBE: &str = "CITTADINANZA_EXIT_AFTER_FIRST_FRAME";

/// `VmRSS` and `VmHWM` of this process in kB (Linux; `None` elsewhere).
fn memory_kb() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

impl App {
    fn blank(config: Config) -> App {
        i18n::set_language(config.settings.language);
        App {
            settings: config.settings,
            settings_path: config.settings_path,
            settings_generation: 0,
            settings_form: settings_screen::Form::default(),
            data_dir: config.data_dir,
            phase: Phase::Opening,
            screen: Screen::Applicants,
            applicants: Applicants::default(),
            editor: None,
            documents: Documents::default(),
            eligibility: Eligibility::default(),
            timeline: Timeline::default(),
            pdf: PdfScreen::default(),
            history: History::default(),
            portal: Portal::default(),
            notice: None,
            closing: None,
            autosave_delay: editor::AUTOSAVE_DELAY,
            today: Local::now().date_naive(),
            _demo_dir: None,
            open_on_section: None,
            probe: (std::env::var(STARTUP_PROBE).as_deref() == Ok("1")).then_some((0, None)),
            welcome_on_empty: false,
            import_on_open: None,
        }
    }

    /// Imports `bundle` once the data folder is open, through the applicants' import (the
    /// passphrase is asked there), instead of showing the welcome or the demo's applicant.
    pub fn import_on_open(&mut self, bundle: PathBuf) {
        self.import_on_open = Some(bundle);
    }

    /// Starts the application: opens the data folder in the background.
    pub fn boot(config: Config) -> (App, Task<Message>) {
        let demo = config.demo;
        let dir = config.data_dir.clone();
        let mut app = App::blank(config);
        app.welcome_on_empty = !demo;
        if !demo {
            // The installed application remembers the portal sign-in in the OS keyring.
            app.portal.tokens = crate::portal::Tokens::Keyring { service: None };
        }
        let today = app.today;
        let task = if demo {
            Task::perform(
                blocking(move || crate::demo::open(today).map(Opened::from)),
                Message::StoreOpened,
            )
        } else {
            open_folder(dir, |dir| {
                // Demo folders of apps that were killed are removed at the next start.
                crate::demo::remove_leftovers(&std::env::temp_dir());
                Store::open_with_keyring(dir)
            })
        };
        (app, task)
    }

    /// Starts on the data folder of `config` opened by `open` instead of the OS keyring
    /// (tests: a keyring that is not available).
    pub fn boot_with(
        config: Config,
        open: fn(&std::path::Path) -> Result<Store, cittadinanza_core::store::StoreError>,
    ) -> (App, Task<Message>) {
        let dir = config.data_dir.clone();
        let mut app = App::blank(config);
        app.welcome_on_empty = true;
        (app, open_folder(dir, open))
    }

    /// The unlock or create-passphrase screen, when it is shown.
    pub fn unlock_screen(&self) -> Option<&Unlock> {
        match &self.phase {
            Phase::Locked(unlock) => Some(unlock),
            _ => None,
        }
    }

    /// An application over an already open store (tests, embedding).
    pub fn with_store(
        config: Config,
        store: SharedStore,
        today: NaiveDate,
    ) -> (App, Task<Message>) {
        let mut app = App::blank(config);
        app.today = today;
        app.phase = Phase::Ready(store);
        let task = Task::batch([
            app.refresh(),
            app.start_portal(),
            app.remove_viewer_leftovers(),
        ]);
        (app, task)
    }

    /// Where the portal sign-in is remembered (tests choose memory or a throw-away keyring
    /// service) and how the client retries (tests shorten it); restarts the portal connection.
    pub fn configure_portal(
        &mut self,
        tokens: crate::portal::Tokens,
        tuning: fn(&mut cittadinanza_core::portal::ClientConfig),
    ) -> Task<Message> {
        self.portal.tokens = tokens;
        self.portal.tuning = tuning;
        self.start_portal()
    }

    /// Opens the sync engine for the portal in the settings and restores the sign-in.
    fn start_portal(&self) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        self.portal
            .start(&self.settings.portal_url, self.data_dir.clone(), store)
            .map(Message::Portal)
    }

    /// Removes the decrypted copies for the viewer that a crash left in the data folder (the
    /// store's lock on the folder means no other instance is using them).
    fn remove_viewer_leftovers(&self) -> Task<Message> {
        let dir = self.data_dir.clone();
        Task::future(async move {
            tokio::task::spawn_blocking(move || crate::opener::remove_leftovers(&dir)).await
        })
        .discard()
    }

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

    pub fn subscription(&self) -> Subscription<Message> {
        let tab = keyboard::listen().filter_map(key_message);
        let probe = if self.probe.is_some() {
            window::frames().map(|_| Message::Frame)
        } else {
            Subscription::none()
        };
        // Files dragged onto the window go to the documents checklist.
        let dropped = if self.screen == Screen::Documents {
            iced::event::listen_with(|event, _, _| match event {
                iced::Event::Window(window::Event::FileHovered(path)) => Some(Message::Documents(
                    documents::Message::FileHovered(Some(path)),
                )),
                iced::Event::Window(window::Event::FilesHoveredLeft) => {
                    Some(Message::Documents(documents::Message::FileHovered(None)))
                }
                iced::Event::Window(window::Event::FileDropped(path)) => {
                    Some(Message::Documents(documents::Message::FileDropped(path)))
                }
                _ => None,
            })
        } else {
            Subscription::none()
        };
        Subscription::batch([
            tab,
            dropped,
            window::close_requests().map(Message::CloseRequested),
            probe,
            self.portal.subscription().map(Message::Portal),
        ])
    }

    fn refresh(&self) -> Task<Message> {
        let Some(store) = self.store() else {
            return Task::none();
        };
        let query = self.applicants.query.trim().to_string();
        let include_archived = self.applicants.show_archived;
        Task::perform(
            with_store(store.clone(), move |store| {
                Ok(if query.is_empty() {
                    store.list(include_archived)
                } else {
                    store
                        .search(&query)
                        .into_iter()
                        .filter(|s| include_archived || !s.archived)
                        .collect()
                })
            }),
            Message::SummariesLoaded,
        )
    }

    fn open_applicant(&mut self, id: ApplicantId) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        if let Some(editor) = &self.editor
            && editor.id == id
        {
            self.screen = Screen::Editor;
            return Task::none();
        }
        // The draft being left is saved first (its task holds a copy of it).
        let save = self.save_editor();
        let load = Task::perform(
            with_store(store, move |store| {
                let decoded = store.load_decoded(id)?;
                let saved = store.summary(id).map(|s| s.updated_at);
                Ok(Box::new(LoadedApplicant {
                    id,
                    application: decoded.value,
                    saved,
                    not_understood: decoded.dropped,
                }))
            }),
            Message::Loaded,
        );
        Task::batch([save, load])
    }

    fn save_editor(&mut self) -> Task<Message> {
        let store = self.store().cloned();
        match (&mut self.editor, store) {
            (Some(editor), Some(store)) => {
                let id = editor.id;
                editor.save(&store).map(move |m| Message::Editor(id, m))
            }
            _ => Task::none(),
        }
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
        match message {
            Message::StoreOpened(Ok(opened)) => {
                if let Ok(store) = opened.store.lock() {
                    self.data_dir = store.dir().to_path_buf();
                }
                self.phase = Phase::Ready(opened.store);
                self._demo_dir = opened.demo_dir;
                let portal = Task::batch([self.start_portal(), self.remove_viewer_leftovers()]);
                if let Some(bundle) = self.import_on_open.take() {
                    self.welcome_on_empty = false;
                    self.screen = Screen::Applicants;
                    let import = self.update(Message::Applicants(applicants::Message::ImportFrom(
                        Some(bundle),
                    )));
                    return Task::batch([self.refresh(), portal, import]);
                }
                match opened.open {
                    Some((id, section)) => {
                        self.open_on_section = Some(section);
                        Task::batch([self.refresh(), self.open_applicant(id), portal])
                    }
                    None => Task::batch([self.refresh(), portal]),
                }
            }
            Message::StoreOpened(Err(error)) | Message::NeedsPassphrase(error, _)
                if self.probe.is_some() =>
            {
                println!("locked {}", error.id);
                iced::exit()
            }
            Message::StoreOpened(Err(error)) => match &mut self.phase {
                // The passphrase typed did not open the folder.
                Phase::Locked(unlock) => {
                    unlock.failed(error);
                    operation::focus("unlock-passphrase")
                }
                _ => self.update(Message::NeedsPassphrase(error, false)),
            },
            Message::NeedsPassphrase(error, new_folder) => {
                self.phase = Phase::Locked(Unlock::new(error, new_folder));
                operation::focus("unlock-passphrase")
            }
            Message::Unlock(message) => {
                let Phase::Locked(unlock) = &mut self.phase else {
                    return Task::none();
                };
                match unlock.update(message) {
                    Some(passphrase) => {
                        let dir = self.data_dir.clone();
                        Task::perform(
                            blocking(move || {
                                Store::open_with_passphrase(&dir, &passphrase)
                                    .map(|store| Opened {
                                        store: Arc::new(Mutex::new(store)),
                                        open: None,
                                        demo_dir: None,
                                    })
                                    .map_err(UiError::from)
                            }),
                            Message::StoreOpened,
                        )
                    }
                    None => Task::none(),
                }
            }
            Message::Navigate(screen) => {
                if !screen.needs_applicant() || self.editor.is_some() {
                    self.screen = screen;
                }
                if screen == Screen::Settings {
                    // The language list shows every language in its own script.
                    crate::fonts::load_all();
                }
                if screen == Screen::Eligibility
                    && let Some(editor) = &self.editor
                    && (self.eligibility.filled_from != Some(editor.id) || !self.eligibility.edited)
                {
                    self.eligibility =
                        Eligibility::from_application(editor.application(), Some(editor.id));
                }
                if let Some(editor) = &self.editor {
                    if screen == Screen::Timeline {
                        self.timeline.show(editor);
                    }
                    if screen == Screen::Pdf && self.pdf.filled_from != Some(editor.id) {
                        self.pdf = PdfScreen::for_applicant(editor.id);
                    }
                }
                match screen {
                    Screen::Applicants => self.refresh(),
                    Screen::History => self.show_history(),
                    // The checklist checks (cheaply) that the vault holds every attachment.
                    Screen::Documents if self.editor.is_some() => {
                        self.update_documents(documents::Message::Check { full: false })
                    }
                    _ => Task::none(),
                }
            }
            Message::Applicants(message) => self.update_applicants(message),
            Message::Editor(id, message) => self.update_editor(id, message),
            Message::Documents(message) => self.update_documents(message),
            Message::Timeline(message) => self.update_timeline(message),
            Message::Pdf(message) => self.update_pdf(message),
            Message::History(message) => self.update_history(message),
            Message::Duplicated(Ok(loaded)) => {
                self.history.finished(None);
                self.update(Message::Loaded(Ok(loaded)))
            }
            Message::Duplicated(Err(error)) => {
                self.history.finished(Some(error));
                Task::none()
            }
            Message::Restored(id, result) => self.restored(id, result),
            Message::Frame => self.probe_frame(),
            Message::Eligibility(eligibility::Message::FromDraft) => {
                if let Some(editor) = &self.editor {
                    self.eligibility =
                        Eligibility::from_application(editor.application(), Some(editor.id));
                }
                Task::none()
            }
            Message::Eligibility(message) => {
                self.eligibility.update(message);
                Task::none()
            }
            Message::Settings(message) => {
                let portal_url = self.settings.portal_url.clone();
                let task =
                    settings_screen::update(&mut self.settings, &mut self.settings_form, message)
                        .map(Message::Settings);
                let portal = if self.settings.portal_url == portal_url {
                    Task::none()
                } else {
                    self.start_portal()
                };
                Task::batch([task, self.persist_settings(), portal])
            }
            Message::Portal(message) => self.update_portal(message),
            Message::Welcome(message) => self.update_welcome(message),
            Message::SummariesLoaded(Ok(summaries)) => {
                if let Some((_, listed @ None)) = &mut self.probe {
                    *listed = Some(0);
                }
                self.applicants.error = None;
                if std::mem::take(&mut self.welcome_on_empty) && summaries.is_empty() {
                    self.screen = Screen::Welcome;
                }
                self.applicants.set_summaries(summaries);
                Task::none()
            }
            Message::SummariesLoaded(Err(error)) | Message::StoreChanged(Err(error)) => {
                self.applicants.error = Some(error);
                Task::none()
            }
            Message::StoreChanged(Ok(())) => self.refresh(),
            Message::Loaded(Ok(loaded)) => {
                let LoadedApplicant {
                    id,
                    application,
                    saved,
                    not_understood,
                } = *loaded;
                let mut editor = Editor::new(id, application, saved, self.today);
                editor.note_newer_version(&not_understood);
                editor.autosave_delay = self.autosave_delay;
                if let Some(section) = self.open_on_section.take() {
                    editor.section = section;
                }
                self.editor = Some(editor);
                self.screen = Screen::Editor;
                Task::none()
            }
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
            Message::TabPressed { shift } => {
                // The field being edited is left: its error may show now.
                let left = match &self.editor {
                    Some(editor) if self.screen == Screen::Editor => {
                        self.update_editor(editor.id, editor::Message::FieldLeft)
                    }
                    _ => Task::none(),
                };
                let moved = if shift {
                    operation::focus_previous()
                } else {
                    operation::focus_next()
                };
                // A field below the fold comes into view.
                let moved = moved.chain(crate::widget::focus::scroll_to_focused());
                Task::batch([left, moved])
            }
            Message::CloseRequested(window) => {
                self.closing = Some(window);
                let save = self.save_editor();
                Task::batch([save, self.close_if_saved()])
            }
        }
    }

    /// Closes the window being closed once nothing is left to save.
    fn close_if_saved(&mut self) -> Task<Message> {
        let Some(window) = self.closing else {
            return Task::none();
        };
        let pending = self
            .editor
            .as_ref()
            .is_some_and(|e| e.has_unsaved_changes() || e.is_saving());
        if pending {
            Task::none()
        } else {
            window::close(window)
        }
    }

    fn update_welcome(&mut self, message: welcome::Message) -> Task<Message> {
        match message {
            welcome::Message::Mode(help_desk) => {
                self.settings.help_desk = help_desk;
                self.screen = Screen::Applicants;
                Task::batch([self.persist_settings(), self.refresh()])
            }
            welcome::Message::Language(language) => self.update(Message::Settings(
                settings_screen::Message::Language(language),
            )),
            welcome::Message::Eligibility => self.update(Message::Navigate(Screen::Eligibility)),
        }
    }

    fn update_applicants(&mut self, message: applicants::Message) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        match self.applicants.update(message) {
            applicants::Action::None => Task::none(),
            applicants::Action::Refresh => self.refresh(),
            applicants::Action::Open(id) => self.open_applicant(id),
            applicants::Action::Create => {
                let save = self.save_editor();
                let create = Task::perform(
                    with_store(store, |store| {
                        let application = Application::new();
                        let id = store.create(&application)?;
                        let saved = store.summary(id).map(|s| s.updated_at);
                        Ok(Box::new(LoadedApplicant {
                            id,
                            application,
                            saved,
                            not_understood: Vec::new(),
                        }))
                    }),
                    Message::Loaded,
                );
                Task::batch([save, create])
            }
            applicants::Action::Archive(id, archived) => Task::perform(
                with_store(store, move |s| s.set_archived(id, archived)),
                Message::StoreChanged,
            ),
            applicants::Action::Run(task) => task.map(Message::Applicants),
            applicants::Action::Import { path, passphrase } => {
                let import = Task::perform(
                    with_store(store, move |s| s.import_bundle(&path, &passphrase)),
                    |result| Message::Applicants(applicants::Message::Imported(result)),
                );
                // The list shows the new applicant once it is in the store.
                import.chain(self.refresh())
            }
            applicants::Action::Delete(id) => {
                if self.editor.as_ref().is_some_and(|e| e.id == id) {
                    self.editor = None;
                }
                let forget = self.portal.forget(id).map(Message::Portal);
                Task::batch([
                    Task::perform(
                        with_store(store, move |s| s.delete(id)),
                        Message::StoreChanged,
                    ),
                    forget,
                ])
            }
        }
    }

    fn update_editor(&mut self, id: ApplicantId, message: editor::Message) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        let Some(editor) = self.editor.as_mut().filter(|e| e.id == id) else {
            return Task::none();
        };
        let task = match editor.update(message, &store) {
            editor::Action::None => Task::none(),
            editor::Action::Run(task) => task.map(move |m| Message::Editor(id, m)),
            editor::Action::Back => {
                self.editor = None;
                self.screen = Screen::Applicants;
                return self.refresh();
            }
            // The store holds exactly what the editor shows: tell the sync engine which parts
            // changed (it reads the store), and push when signed in.
            editor::Action::Saved(task, changed) => {
                let sync = self
                    .portal
                    .draft_saved(id, changed, editor.application(), &store, self.today)
                    .map(Message::Portal);
                Task::batch([task.map(move |m| Message::Editor(id, m)), sync])
            }
        };
        Task::batch([task, self.close_if_saved()])
    }

    /// [`STARTUP_PROBE`]: reports the first frame, and the memory two frames after the list.
    fn probe_frame(&mut self) -> Task<Message> {
        let Some((frames, listed)) = &mut self.probe else {
            return Task::none();
        };
        *frames += 1;
        if *frames == 1 {
            println!("first-frame");
        }
        let Some(listed) = listed else {
            return Task::none();
        };
        *listed += 1;
        if *listed < 2 {
            return Task::none();
        }
        match memory_kb() {
            Some((rss, hwm)) => println!(
                "loaded applicants={} rss_kb={rss} hwm_kb={hwm}",
                self.applicants.summaries.len()
            ),
            None => println!("loaded applicants={}", self.applicants.summaries.len()),
        }
        iced::exit()
    }

    fn update_documents(&mut self, message: documents::Message) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        let context = documents::Context {
            store: &store,
            editor: self.editor.as_ref(),
            today: self.today,
        };
        match self.documents.update(message, context) {
            documents::Action::None => Task::none(),
            documents::Action::Run(task) => task.map(Message::Documents),
            documents::Action::Editor(messages) => {
                let Some(id) = self.editor.as_ref().map(|e| e.id) else {
                    return Task::none();
                };
                let tasks: Vec<Task<Message>> = messages
                    .into_iter()
                    .map(|m| self.update_editor(id, m))
                    .collect();
                Task::batch(tasks)
            }
        }
    }

    /// Runs editor messages a screen asks for against the open draft.
    fn forward_to_editor(&mut self, messages: Vec<editor::Message>) -> Task<Message> {
        let Some(id) = self.editor.as_ref().map(|e| e.id) else {
            return Task::none();
        };
        let tasks: Vec<Task<Message>> = messages
            .into_iter()
            .map(|m| self.update_editor(id, m))
            .collect();
        Task::batch(tasks)
    }

    fn update_timeline(&mut self, message: timeline::Message) -> Task<Message> {
        match self
            .timeline
            .update(message, self.editor.as_ref(), self.today)
        {
            timeline::Action::None => Task::none(),
            timeline::Action::Run(task) => task.map(Message::Timeline),
            timeline::Action::Editor(messages) => self.forward_to_editor(messages),
            timeline::Action::EditorThen(messages, task) => Task::batch([
                self.forward_to_editor(messages),
                task.map(Message::Timeline),
            ]),
        }
    }

    /// Lists the open applicant's saved versions.
    fn show_history(&mut self) -> Task<Message> {
        let (Some(editor), Some(store)) = (&self.editor, self.store().cloned()) else {
            return Task::none();
        };
        let (id, name) = (editor.id, editor.application().display_name());
        self.history.show(id, &name, &store).map(Message::History)
    }

    fn update_history(&mut self, message: history::Message) -> Task<Message> {
        let (Some(store), Some(id)) = (self.store().cloned(), self.editor.as_ref().map(|e| e.id))
        else {
            return Task::none();
        };
        // Each of these works on the store's copy: the editor's last edits are saved first.
        match self.history.update(message) {
            history::Action::None => Task::none(),
            history::Action::Run(task) => task.map(Message::History),
            history::Action::Restore(version) => {
                let restore = Task::perform(
                    with_store(store, move |s| {
                        s.restore(id, version)
                            .map(|draft| (version, Box::new(draft)))
                    }),
                    move |result| Message::Restored(id, result),
                );
                self.save_editor().chain(restore)
            }
            history::Action::Duplicate => {
                let duplicate = Task::perform(
                    with_store(store, move |s| {
                        let copy = s.duplicate(id)?;
                        let application = s.load(copy)?;
                        let saved = s.summary(copy).map(|summary| summary.updated_at);
                        Ok(Box::new(LoadedApplicant {
                            id: copy,
                            application,
                            saved,
                            not_understood: Vec::new(),
                        }))
                    }),
                    Message::Duplicated,
                );
                self.save_editor().chain(duplicate)
            }
            history::Action::Export { path, passphrase } => {
                let export = Task::perform(
                    with_store(store, move |s| {
                        s.export_bundle(id, &path, &passphrase).map(|()| path)
                    }),
                    |result| Message::History(history::Message::Exported(result)),
                );
                self.save_editor().chain(export)
            }
        }
    }

    /// Shows a restored version in the editor; its autosave then tells the sync engine.
    fn restored(
        &mut self,
        id: ApplicantId,
        result: Result<(u32, Box<Application>), UiError>,
    ) -> Task<Message> {
        match result {
            Ok((version, application)) => {
                self.history.update(history::Message::Restored(Ok(version)));
                let edited = match self.editor.as_mut().filter(|e| e.id == id) {
                    Some(editor) => editor
                        .replace_application(*application)
                        .map(move |m| Message::Editor(id, m)),
                    None => Task::none(),
                };
                Task::batch([edited, self.show_history()])
            }
            Err(error) => {
                self.history.update(history::Message::Restored(Err(error)));
                Task::none()
            }
        }
    }

    fn update_pdf(&mut self, message: pdf::Message) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        match self
            .pdf
            .update(message, &store, self.editor.as_ref(), self.today)
        {
            pdf::Action::None => Task::none(),
            pdf::Action::Run(task) => task.map(Message::Pdf),
            pdf::Action::Editor(messages) => self.forward_to_editor(messages),
        }
    }

    fn update_portal(&mut self, message: portal::Message) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        let open = self.editor.as_ref().map(|e| portal::Open {
            id: e.id,
            application: e.application(),
        });
        let context = portal::Context {
            store: &store,
            portal_url: &self.settings.portal_url,
            open,
            today: self.today,
        };
        let (task, event) = self.portal.update(message, &context);
        let task = task.map(Message::Portal);
        match event {
            None => task,
            Some(portal::Event::Merged(drafts)) => {
                let mut tasks = vec![task, self.refresh()];
                for (id, merged) in drafts {
                    if let Some(editor) = self.editor.as_mut().filter(|e| e.id == id) {
                        tasks.push(editor.merged(merged).map(move |m| Message::Editor(id, m)));
                    }
                }
                Task::batch(tasks)
            }
            Some(portal::Event::Open(id)) => {
                Task::batch([task, self.refresh(), self.open_applicant(id)])
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        match &self.phase {
            Phase::Opening => {
                return container(text(t("app-opening")))
                    .center(Length::Fill)
                    .into();
            }
            Phase::Locked(unlock) => return unlock.view().map(Message::Unlock),
            Phase::Ready(_) => {}
        }
        let mut main = Column::new().height(Length::Fill);
        if let Some(notice) = &self.notice {
            main = main.push(container(text(notice.text()).style(text::danger)).padding([6, 16]));
        }
        main = main.push(self.view_screen());
        mirrored_row(vec![
            self.view_navigation(),
            rule::vertical(1).into(),
            main.into(),
        ])
        .height(Length::Fill)
        .into()
    }

    fn view_screen(&self) -> Element<'_, Message> {
        match self.screen {
            Screen::Applicants => self
                .applicants
                .view(self.settings.help_desk)
                .map(Message::Applicants),
            Screen::Editor => match &self.editor {
                Some(editor) => {
                    let id = editor.id;
                    editor.view().map(move |m| Message::Editor(id, m))
                }
                None => self
                    .applicants
                    .view(self.settings.help_desk)
                    .map(Message::Applicants),
            },
            Screen::Documents => self
                .documents
                .view(self.editor.as_ref(), self.today)
                .map(Message::Documents),
            Screen::Timeline => self
                .timeline
                .view(self.editor.as_ref(), self.today)
                .map(Message::Timeline),
            Screen::Pdf => self.pdf.view(self.editor.as_ref()).map(Message::Pdf),
            Screen::History if self.editor.is_some() => self.history.view().map(Message::History),
            Screen::History => self
                .applicants
                .view(self.settings.help_desk)
                .map(Message::Applicants),
            Screen::Eligibility => self
                .eligibility
                .view(self.editor.is_some(), self.today)
                .map(Message::Eligibility),
            Screen::Portal => {
                let open = self.editor.as_ref().map(|e| portal::Open {
                    id: e.id,
                    application: e.application(),
                });
                self.portal
                    .view(&self.settings.portal_url, open, self.today)
                    .map(Message::Portal)
            }
            Screen::Glossary => crate::screen::glossary::view(),
            Screen::Settings => {
                settings_screen::view(&self.settings, &self.settings_form, &self.data_dir)
                    .map(Message::Settings)
            }
            Screen::Welcome => {
                welcome::view(self.settings.language, self.settings.help_desk).map(Message::Welcome)
            }
        }
    }

    fn view_navigation(&self) -> Element<'_, Message> {
        let entries = NAVIGATION
            .into_iter()
            .filter(|screen| !screen.needs_applicant() || self.editor.is_some())
            .map(|screen| {
                let active = screen == self.screen;
                let label = match (screen, &self.editor) {
                    (Screen::Editor, Some(editor))
                        if !editor.application().display_name().is_empty() =>
                    {
                        editor.application().display_name()
                    }
                    _ => t(screen.label_id(self.settings.help_desk)),
                };
                let entry = button(crate::widget::at_start(text(label)))
                    .width(Length::Fill)
                    .padding([10, 14])
                    .style(move |theme: &Theme, status| {
                        if active {
                            button::primary(theme, status)
                        } else {
                            button::text(theme, status)
                        }
                    })
                    .on_press(Message::Navigate(screen));
                crate::widget::pressable(format!("nav-{screen:?}").to_lowercase(), entry)
            });
        let brand = column![
            text(t("app-title")).size(20),
            text(t("app-subtitle")).size(12).style(text::secondary),
        ]
        .spacing(2);
        let welcome = crate::widget::pressable(
            "nav-welcome",
            button(text(t("nav-welcome")).size(13))
                .style(button::text)
                .padding([6, 14])
                .on_press(Message::Navigate(Screen::Welcome)),
        );
        container(
            column![
                brand,
                Column::with_children(entries).spacing(4),
                rule::horizontal(1),
                welcome
            ]
            .spacing(24),
        )
        .width(200)
        .height(Length::Fill)
        .padding(16)
        .into()
    }
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

/// Opens the data folder with `open` in the background; when that fails, says whether the
/// folder is new (no key yet) so that the right passphrase screen is shown.
fn open_folder(
    dir: PathBuf,
    open: fn(&std::path::Path) -> Result<Store, cittadinanza_core::store::StoreError>,
) -> Task<Message> {
    Task::perform(
        blocking(move || match open(&dir) {
            Ok(store) => Message::StoreOpened(Ok(Opened {
                store: Arc::new(Mutex::new(store)),
                open: None,
                demo_dir: None,
            })),
            Err(error) => {
                let new_folder = Store::header(&dir).is_ok_and(|header| !header.has_key);
                Message::NeedsPassphrase(UiError::from(error), new_folder)
            }
        }),
        |message| message,
    )
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
