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
use iced::{Event, Point, Size, Task, keyboard, mouse};
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
    /// Keyboard mode ([`Harness::keyboard`]): the widget tree kept between views, as the
    /// real runtime keeps it (the focus lives there), and a renderer to lay it out.
    keys: Option<Keys>,
}

struct Keys {
    cache: Option<iced_runtime::user_interface::Cache>,
    renderer: iced::Renderer,
    size: Size,
}

impl Harness {
    pub fn new(language: Language, help_desk: bool) -> Harness {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path(), DataKey::generate()).expect("open store");
        let store: SharedStore = std::sync::Arc::new(std::sync::Mutex::new(store));
        Harness::over(store, dir, language, help_desk)
    }

    /// The application started as `main` starts it on the data folder `data_dir` (kept by the
    /// caller, so that a second start finds it), the store opened by `open` (e.g. a computer
    /// without keyring: the passphrase screen), in keyboard mode from the first frame so that
    /// the focus the start asks for is kept. `store` is a throw-away one of the harness: the
    /// app's own is `app.store()` once unlocked.
    pub fn booted(
        data_dir: &std::path::Path,
        language: Language,
        open: fn(&std::path::Path) -> Result<Store, cittadinanza_core::store::StoreError>,
    ) -> Harness {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path(), DataKey::generate()).expect("open store");
        let config = Config {
            settings: Settings {
                language,
                ..Settings::default()
            },
            settings_path: None,
            data_dir: data_dir.to_path_buf(),
            demo: false,
        };
        let (app, task) = App::boot_with(config, open);
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let mut harness = Harness {
            app,
            store: std::sync::Arc::new(std::sync::Mutex::new(store)),
            rt,
            _dir: dir,
            keys: None,
        };
        harness.keyboard();
        harness.run(task);
        harness
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
            keys: None,
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
            // Each action is handled as it comes, as the runtime does: a widget operation
            // may hold the channel its task waits on.
            let mut stream = stream;
            while let Some(action) = self.rt.block_on(stream.next()) {
                match action {
                    iced_runtime::Action::Output(message) => {
                        queue.push_back(self.app.update(message));
                    }
                    // Focus moves and scrolling act on the kept widget tree (keyboard mode).
                    iced_runtime::Action::Widget(operation) if self.keys.is_some() => {
                        self.operate(operation);
                    }
                    _ => {}
                }
            }
        }
    }

    /// Runs `task` alone and returns its messages, not handed to the app: the test decides
    /// when each answer arrives (its store work is done by then).
    pub fn answers(&mut self, task: Task<Message>) -> Vec<Message> {
        let Some(mut stream) = iced_runtime::task::into_stream(task) else {
            return Vec::new();
        };
        let mut messages = Vec::new();
        while let Some(action) = self.rt.block_on(stream.next()) {
            if let iced_runtime::Action::Output(message) = action {
                messages.push(message);
            }
        }
        messages
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

impl Harness {
    /// From now on the widget tree (and so the keyboard focus) is kept between key presses,
    /// and the widget operations the app asks for (focus next / previous) are run on it.
    pub fn keyboard(&mut self) {
        self.keyboard_in(SIZE);
    }

    /// [`Harness::keyboard`] in a window of `size` (a small one makes the form scroll).
    pub fn keyboard_in(&mut self, size: Size) {
        // Loads the fonts into the shared font system, as every simulator does.
        drop(self.ui());
        let settings = fonts::settings();
        let renderer = self
            .rt
            .block_on(<iced::Renderer as iced_core::renderer::Headless>::new(
                settings.default_font,
                settings.default_text_size,
                None,
            ))
            .expect("headless renderer");
        self.keys = Some(Keys {
            cache: Some(iced_runtime::user_interface::Cache::default()),
            renderer,
            size,
        });
    }

    /// Builds the interface from the app's current view over the kept tree, lets `f` use
    /// it, and keeps the tree.
    fn with_tree<R>(
        &mut self,
        f: impl FnOnce(
            &mut iced_runtime::UserInterface<'_, Message, iced::Theme, iced::Renderer>,
            &mut iced::Renderer,
        ) -> R,
    ) -> R {
        let keys = self.keys.as_mut().expect("keyboard mode");
        let cache = keys.cache.take().unwrap_or_default();
        let mut ui = iced_runtime::UserInterface::build(
            self.app.view(),
            keys.size,
            cache,
            &mut keys.renderer,
        );
        let result = f(&mut ui, &mut keys.renderer);
        keys.cache = Some(ui.into_cache());
        result
    }

    fn operate(&mut self, operation: Box<dyn iced_core::widget::Operation>) {
        use iced_core::widget::operation::Outcome;
        let mut next = Some(operation);
        while let Some(mut operation) = next.take() {
            self.with_tree(|ui, renderer| ui.operate(renderer, operation.as_mut()));
            if let Outcome::Chain(chained) = operation.finish() {
                next = Some(chained);
            }
        }
    }

    /// Presses and releases `key` with `modifiers` (`text` is what it types). A press no
    /// widget takes goes to the app's keyboard subscription ([`app::key_message`]).
    pub fn press(
        &mut self,
        key: keyboard::Key,
        modifiers: keyboard::Modifiers,
        text: Option<&str>,
    ) {
        self.keys_in_a_row(&[(key, modifiers, text.map(str::to_string))]);
    }

    /// Several key presses handled by the same view, as when typing fast.
    fn keys_in_a_row(&mut self, keys: &[(keyboard::Key, keyboard::Modifiers, Option<String>)]) {
        let physical =
            keyboard::key::Physical::Unidentified(keyboard::key::NativeCode::Unidentified);
        let mut events = Vec::new();
        let mut presses = Vec::new();
        for (key, modifiers, text) in keys {
            let pressed = keyboard::Event::KeyPressed {
                key: key.clone(),
                modified_key: key.clone(),
                physical_key: physical,
                location: keyboard::Location::Standard,
                modifiers: *modifiers,
                repeat: false,
                text: text.as_deref().map(Into::into),
            };
            presses.push((events.len(), pressed.clone()));
            events.push(Event::Keyboard(pressed));
            events.push(Event::Keyboard(keyboard::Event::KeyReleased {
                key: key.clone(),
                modified_key: key.clone(),
                physical_key: physical,
                location: keyboard::Location::Standard,
                modifiers: *modifiers,
            }));
        }
        let (mut messages, statuses) = self.with_tree(|ui, renderer| {
            let mut messages = Vec::new();
            let (_, statuses) = ui.update(
                &events,
                mouse::Cursor::Unavailable,
                renderer,
                &mut iced_core::clipboard::Null,
                &mut messages,
            );
            (messages, statuses)
        });
        for (index, pressed) in presses {
            if statuses.get(index) == Some(&iced_core::event::Status::Ignored)
                && let Some(message) = cittadinanza::app::key_message(pressed)
            {
                messages.push(message);
            }
        }
        for message in messages {
            self.send(message);
        }
    }

    /// Whether the widget `id` is (at least partly) inside the window, scrolled as it is.
    pub fn in_view(&mut self, id: &str) -> bool {
        use iced_core::widget::Operation as _;
        use iced_core::widget::operation::Outcome;
        use iced_test::Selector as _;
        let mut find = iced_test::selector::id(id.to_string()).find();
        self.with_tree(|ui, renderer| {
            ui.operate(
                renderer,
                &mut iced_core::widget::operation::black_box(&mut find),
            );
        });
        match find.finish() {
            Outcome::Some(Some(target)) => {
                iced_test::selector::Bounded::visible_bounds(&target).is_some()
            }
            _ => false,
        }
    }

    /// A click on the widget `id` in keyboard mode (the kept tree sees the focus move).
    pub fn click_kept(&mut self, id: &str) -> Result<(), Error> {
        use iced_core::widget::Operation as _;
        use iced_core::widget::operation::Outcome;
        use iced_test::Selector as _;
        let mut find = iced_test::selector::id(id.to_string()).find();
        self.with_tree(|ui, renderer| {
            ui.operate(
                renderer,
                &mut iced_core::widget::operation::black_box(&mut find),
            );
        });
        let Outcome::Some(Some(target)) = find.finish() else {
            return Err(Error::SelectorNotFound {
                selector: id.to_string(),
            });
        };
        let position = iced_test::selector::Bounded::bounds(&target).center();
        let events: Vec<Event> =
            std::iter::once(Event::Mouse(mouse::Event::CursorMoved { position }))
                .chain(iced_test::simulator::click())
                .collect();
        let messages = self.with_tree(|ui, renderer| {
            let mut messages = Vec::new();
            let _ = ui.update(
                &events,
                mouse::Cursor::Available(position),
                renderer,
                &mut iced_core::clipboard::Null,
                &mut messages,
            );
            messages
        });
        for message in messages {
            self.send(message);
        }
        Ok(())
    }

    pub fn tap(&mut self, key: keyboard::key::Named) {
        self.press(
            keyboard::Key::Named(key),
            keyboard::Modifiers::default(),
            None,
        );
    }

    pub fn shift_tab(&mut self) {
        self.press(
            keyboard::Key::Named(keyboard::key::Named::Tab),
            keyboard::Modifiers::SHIFT,
            None,
        );
    }

    /// Types `text`, one key press per character, into whatever has the focus.
    pub fn type_keys(&mut self, text: &str) {
        let keys: Vec<_> = text
            .chars()
            .map(|c| {
                let typed = c.to_string();
                (
                    keyboard::Key::Character(typed.as_str().into()),
                    keyboard::Modifiers::default(),
                    Some(typed),
                )
            })
            .collect();
        self.keys_in_a_row(&keys);
    }

    /// Whether the widget with id `id` has the keyboard focus.
    pub fn is_focused(&mut self, id: &str) -> bool {
        use iced_core::widget::Operation as _;
        use iced_core::widget::operation::{Outcome, focusable::is_focused};
        let mut operation = is_focused(iced_core::widget::Id::from(id.to_string()));
        self.with_tree(|ui, renderer| {
            ui.operate(
                renderer,
                &mut iced_core::widget::operation::black_box(&mut operation),
            );
        });
        matches!(operation.finish(), Outcome::Some(true))
    }

    /// Presses Tab (Shift+Tab with `back`) until the widget `id` has the focus, as a person
    /// watching the focus ring would; fails after `limit` presses.
    pub fn tab_to(&mut self, id: &str, back: bool, limit: usize) -> Result<usize, String> {
        for presses in 0..=limit {
            if self.is_focused(id) {
                return Ok(presses);
            }
            if back {
                self.shift_tab();
            } else {
                self.tap(keyboard::key::Named::Tab);
            }
        }
        Err(format!("{id} not reached with {limit} presses of Tab"))
    }
}

/// The value at the dotted `path` (`personal.surname`, `income.years.0.year`) of a JSON
/// draft, `null` when absent.
pub fn lookup<'a>(json: &'a serde_json::Value, path: &str) -> &'a serde_json::Value {
    json.pointer(&format!("/{}", path.replace('.', "/")))
        .unwrap_or(&serde_json::Value::Null)
}

/// A sample application as JSON, without what the sections' forms do not fill: the attached
/// documents (attached separately) and the K10 number (given by the portal).
pub fn sample_without_documents(
    application: &cittadinanza_core::model::Application,
) -> serde_json::Value {
    let mut json = serde_json::to_value(application).expect("json");
    json["documents"] = serde_json::Value::Null;
    json["k10_number"] = serde_json::Value::Null;
    json
}
