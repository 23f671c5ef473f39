//! Drives the real application headlessly: `iced_test` simulators built from `App::view`, and
//! the tasks `App::update` returns run to completion on a tokio runtime (so saves really reach
//! the encrypted SQLite store in a temporary folder).
#![allow(dead_code)]

pub mod calendar;

use std::collections::VecDeque;
use std::time::Duration;

use chrono::NaiveDate;
use cittadinanza::app::{App, Config, Message};
use cittadinanza::fonts;
use cittadinanza::i18n::Language;
use cittadinanza::settings::Settings;
use cittadinanza::store::SharedStore;
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::Store;
use iced::futures::StreamExt;
use iced::{Event, Point, Size, Task, mouse};
use iced_test::{Error, Selector, Simulator};

/// A tall window, so that every field of a section is visible without scrolling (section 12
/// starts with the read-back review of every answer).
pub const SIZE: Size = Size::new(1280.0, 6000.0);

/// Padding of the editor's pick lists (`Kind::Choice`).
pub const PICK_LIST_PADDING: f32 = 8.0;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 15).expect("valid date")
}

pub struct Harness {
    pub app: App,
    pub store: SharedStore,
    rt: tokio::runtime::Runtime,
    _dir: tempfile::TempDir,
}

impl Harness {
    pub fn new(language: Language, help_desk: bool) -> Harness {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path(), DataKey::generate()).expect("open store");
        let store: SharedStore = std::sync::Arc::new(std::sync::Mutex::new(store));
        Harness::over(store, dir, language, help_desk)
    }

    /// The application over an already open store (e.g. the demo's); `dir` is removed with
    /// the harness.
    pub fn over(
        store: SharedStore,
        dir: tempfile::TempDir,
        language: Language,
        help_desk: bool,
    ) -> Harness {
        let settings = Settings {
            language,
            help_desk,
            ..Settings::default()
        };
        let config = Config {
            settings,
            settings_path: None,
            data_dir: dir.path().to_path_buf(),
            demo: false,
        };
        let (mut app, task) = App::with_store(config, store.clone(), today());
        app.set_autosave_delay(Duration::ZERO);
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let mut harness = Harness {
            app,
            store,
            rt,
            _dir: dir,
        };
        harness.run(task);
        harness
    }

    /// Runs a task and every task its messages lead to, until nothing is left.
    pub fn run(&mut self, task: Task<Message>) {
        let mut queue = VecDeque::from([task]);
        while let Some(task) = queue.pop_front() {
            let Some(stream) = iced_runtime::task::into_stream(task) else {
                continue;
            };
            let actions: Vec<_> = self.rt.block_on(stream.collect());
            for action in actions {
                if let iced_runtime::Action::Output(message) = action {
                    queue.push_back(self.app.update(message));
                }
            }
        }
    }

    pub fn send(&mut self, message: Message) {
        let task = self.app.update(message);
        self.run(task);
    }

    pub fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(fonts::settings(), SIZE, self.app.view())
    }

    /// Lets `interact` use a fresh simulator, then feeds the messages it produced to the app.
    pub fn interact(
        &mut self,
        interact: impl FnOnce(&mut Simulator<'_, Message>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let messages: Vec<Message> = {
            let mut ui = self.ui();
            interact(&mut ui)?;
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
        Ok(())
    }

    pub fn click<S>(&mut self, selector: S) -> Result<(), Error>
    where
        S: Selector + Send,
        S::Output: iced_test::selector::Bounded + Clone + Send + Sync + 'static,
    {
        self.interact(|ui| ui.click(selector).map(|_| ()))
    }

    /// Clicks the text input with widget id `id` and types `text` into it.
    pub fn type_into(&mut self, id: &str, text: &str) -> Result<(), Error> {
        let id = id.to_string();
        self.interact(|ui| {
            ui.click(iced_test::selector::id(id))?;
            let _ = ui.typewrite(text);
            Ok(())
        })
    }

    /// Opens the pick list with widget id `id` and clicks option number `index` of `count`
    /// in its menu. iced drops the menu below the list when there is more room below than
    /// above, else above it; options are `line height + padding` tall.
    pub fn choose(&mut self, id: &str, index: usize, count: usize) -> Result<(), Error> {
        let id = id.to_string();
        self.interact(|ui| {
            let target = ui.click(iced_test::selector::id(id))?;
            let bounds = target.bounds();
            let option_height = 16.0 * 1.3 + 2.0 * PICK_LIST_PADDING;
            let below = SIZE.height - (bounds.y + bounds.height) > bounds.y;
            let top = if below {
                bounds.y + bounds.height
            } else {
                bounds.y - option_height * count as f32
            };
            let position = Point::new(
                bounds.center_x(),
                top + option_height * (index as f32 + 0.5),
            );
            ui.point_at(position);
            let _ = ui.simulate([Event::Mouse(mouse::Event::CursorMoved { position })]);
            let _ = ui.simulate(iced_test::simulator::click());
            Ok(())
        })
    }

    /// Whether a text is visible.
    pub fn shows(&self, text: &str) -> bool {
        self.ui().find(text).is_ok()
    }
}
