//! Start-up: the data folder opened (keyring, passphrase, demo), the unlock screen, a bundle
//! given at start, the portal and viewer clean-up once open, and the start-up probe.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{Local, NaiveDate};
use cittadinanza_core::store::Store;
use iced::Task;
use iced::widget::operation;

use super::{App, Config, Message, Opened, Phase, Screen, blocking};
use crate::i18n;
use crate::screen::applicants::{self, Applicants};
use crate::screen::documents::Documents;
use crate::screen::editor;
use crate::screen::eligibility::Eligibility;
use crate::screen::history::History;
use crate::screen::pdf::PdfScreen;
use crate::screen::portal::Portal;
use crate::screen::settings::SettingsScreen;
use crate::screen::timeline::Timeline;
use crate::screen::unlock::{self, Unlock};
use crate::screen::welcome::Welcome;
use crate::store::{SharedStore, UiError};

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
    pub(super) fn blank(config: Config) -> App {
        i18n::set_language(config.settings.language);
        App {
            settings: config.settings,
            settings_path: config.settings_path,
            settings_generation: 0,
            settings_screen: SettingsScreen::default(),
            data_dir: config.data_dir,
            phase: Phase::Opening,
            screen: Screen::Applicants,
            applicants: Applicants::default(),
            editor: None,
            leaving: Vec::new(),
            after_save: Vec::new(),
            vault_jobs: 0,
            documents: Documents::default(),
            eligibility: Eligibility::default(),
            timeline: Timeline::default(),
            pdf: PdfScreen::default(),
            history: History::default(),
            portal: Portal::default(),
            welcome: Welcome,
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
    pub(super) fn start_portal(&self) -> Task<Message> {
        let Some(store) = self.store().cloned() else {
            return Task::none();
        };
        self.portal
            .start(&self.settings.portal_url, self.data_dir.clone(), store)
            .map(Message::Portal)
    }

    /// Removes the decrypted copies for the viewer that a crash left in the data folder (the
    /// store's lock on the folder means no other instance is using them).
    pub(super) fn remove_viewer_leftovers(&self) -> Task<Message> {
        let dir = self.data_dir.clone();
        Task::future(async move {
            tokio::task::spawn_blocking(move || crate::opener::remove_leftovers(&dir)).await
        })
        .discard()
    }

    /// The data folder is open: list it, start the portal, open what the start asked for.
    pub(super) fn store_opened(&mut self, opened: Opened) -> Task<Message> {
        if let Ok(store) = opened.store.lock() {
            self.data_dir = store.dir().to_path_buf();
        }
        self.phase = Phase::Ready(opened.store);
        self._demo_dir = opened.demo_dir;
        let portal = Task::batch([self.start_portal(), self.remove_viewer_leftovers()]);
        if let Some(bundle) = self.import_on_open.take() {
            self.welcome_on_empty = false;
            self.screen = Screen::Applicants;
            let import = self.update(Message::Applicants(applicants::Message::ImportFrom(Some(
                bundle,
            ))));
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

    /// The data folder did not open: ask for (or again for) its passphrase.
    pub(super) fn open_failed(&mut self, error: UiError) -> Task<Message> {
        match &mut self.phase {
            // The passphrase typed did not open the folder.
            Phase::Locked(unlock) => {
                unlock.failed(error);
                operation::focus("unlock-passphrase")
            }
            _ => self.update(Message::NeedsPassphrase(error, false)),
        }
    }

    pub(super) fn update_unlock(&mut self, message: unlock::Message) -> Task<Message> {
        let Phase::Locked(unlock) = &mut self.phase else {
            return Task::none();
        };
        let (task, event) = unlock.update(message, &unlock::Context);
        let task = task.map(Message::Unlock);
        match event {
            Some(unlock::Event::Submitted(passphrase)) => {
                let dir = self.data_dir.clone();
                let open = Task::perform(
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
                );
                Task::batch([task, open])
            }
            None => task,
        }
    }

    /// [`STARTUP_PROBE`]: reports the first frame, and the memory two frames after the list.
    pub(super) fn probe_frame(&mut self) -> Task<Message> {
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
