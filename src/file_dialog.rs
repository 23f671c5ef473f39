//! The system's file dialogs (rfd), with one more answer than rfd gives: *no dialog could be
//! shown*. On Linux rfd asks `xdg-desktop-portal` over D-Bus; on a light desktop or a kiosk
//! without it, rfd returns "nothing chosen" at once and the person sees nothing happen. The
//! screens then say so and offer a typed path instead.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Setting this environment variable to `off` never shows a dialog (kiosks, tests): the
/// screens ask for a typed path at once.
pub const DISABLE_VAR: &str = "CITTADINANZA_FILE_DIALOG";

static DISABLED: AtomicBool = AtomicBool::new(false);

/// Never show a dialog from now on, as with [`DISABLE_VAR`] (tests).
pub fn disable() {
    DISABLED.store(true, Ordering::Relaxed);
}

/// No person closes a dialog this fast: an empty answer sooner means none was shown.
const TOO_FAST: Duration = Duration::from_millis(250);

/// The answer of a file dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    File(PathBuf),
    Cancelled,
    /// No dialog could be shown on this computer.
    Unavailable,
}

/// Whether a dialog can be tried at all (cheap checks before calling rfd).
fn can_try() -> bool {
    if DISABLED.load(Ordering::Relaxed) || std::env::var(DISABLE_VAR).as_deref() == Ok("off") {
        return false;
    }
    if cfg!(all(unix, not(target_os = "macos"))) {
        // The portal is reached over the session bus: without one there is no dialog.
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| PathBuf::from(dir).join("bus").exists());
        return bus;
    }
    true
}

/// Shows a dialog built by the caller (its filters, its file name) and tells a cancelled
/// dialog from one that could not be shown.
pub async fn ask_for(dialog: impl std::future::Future<Output = Option<PathBuf>>) -> Picked {
    if !can_try() {
        return Picked::Unavailable;
    }
    let started = Instant::now();
    match dialog.await {
        Some(path) => Picked::File(path),
        None if started.elapsed() < TOO_FAST => Picked::Unavailable,
        None => Picked::Cancelled,
    }
}

/// The kinds of file a dialog lists: a name and the extensions (without the dot).
pub type Filter = (&'static str, &'static [&'static str]);

/// Scans and PDFs to attach.
pub const SCANS: Filter = ("PDF, JPEG, PNG", &["pdf", "jpg", "jpeg", "png"]);
/// PDFs.
pub const PDF: Filter = ("PDF", &["pdf"]);
/// Calendars (`.ics`).
pub const ICS: Filter = ("iCalendar", &["ics"]);
/// E-mail messages (the PEC draft).
pub const EML: Filter = ("E-mail (.eml)", &["eml"]);
/// Applicant bundles (`.cittadinanza`).
pub const BUNDLE: Filter = ("Cittadinanza", &[crate::screen::history::BUNDLE_EXTENSION]);

/// A scan or a PDF to attach.
pub async fn pick_file() -> Picked {
    open_file(SCANS).await
}

/// An existing file of the kinds in `filter`.
pub async fn open_file(filter: Filter) -> Picked {
    ask_for(async move {
        rfd::AsyncFileDialog::new()
            .add_filter(filter.0, filter.1)
            .pick_file()
            .await
            .map(|handle| handle.path().to_path_buf())
    })
    .await
}

/// Where to save a file named `name`.
pub async fn save_file(name: String) -> Picked {
    ask_for(async move {
        rfd::AsyncFileDialog::new()
            .set_file_name(name)
            .save_file()
            .await
            .map(|handle| handle.path().to_path_buf())
    })
    .await
}

/// Where to save a file named `name`, of the kind in `filter`.
pub async fn save_as(name: String, filter: Filter) -> Picked {
    ask_for(async move {
        rfd::AsyncFileDialog::new()
            .add_filter(filter.0, filter.1)
            .set_file_name(name)
            .save_file()
            .await
            .map(|handle| handle.path().to_path_buf())
    })
    .await
}

/// An existing folder.
pub async fn pick_folder() -> Picked {
    ask_for(async {
        rfd::AsyncFileDialog::new()
            .pick_folder()
            .await
            .map(|handle| handle.path().to_path_buf())
    })
    .await
}

/// The typed-path row shown when no dialog could be shown: the sentence saying so (message id
/// `note_id`), the path field (widget id `input_id`) and the button that uses the path
/// (widget id `button_id`, label `button_label`).
#[allow(clippy::too_many_arguments)]
pub fn typed_path_row<'a, Message: Clone + 'a>(
    note_id: &str,
    input_id: &'static str,
    placeholder_id: &str,
    value: &'a str,
    on_input: impl Fn(String) -> Message + 'a,
    button_id: &'static str,
    button_label: String,
    on_confirm: Message,
) -> iced::Element<'a, Message> {
    use iced::widget::{button, column, text, text_input};
    column![
        crate::widget::label(crate::i18n::t(note_id))
            .size(13)
            .style(text::warning),
        crate::widget::mirrored_row(vec![
            text_input(&crate::i18n::t(placeholder_id), value)
                .id(input_id)
                .on_input(on_input)
                .on_submit(on_confirm.clone())
                .padding(8)
                .into(),
            crate::widget::identified(button_id, button(text(button_label)).on_press(on_confirm)),
        ])
        .spacing(8),
    ]
    .spacing(6)
    .into()
}

/// A destination typed for a new file: its folder exists and it is not a folder itself.
pub fn valid_destination(typed: &str) -> Option<PathBuf> {
    let path = PathBuf::from(typed.trim());
    let folder_exists = path
        .parent()
        .is_some_and(|p| p.as_os_str().is_empty() || p.is_dir());
    (!typed.trim().is_empty() && !path.is_dir() && folder_exists).then_some(path)
}

/// An existing file typed as a path.
pub fn existing_file(typed: &str) -> Option<PathBuf> {
    let path = PathBuf::from(typed.trim());
    (!typed.trim().is_empty() && path.is_file()).then_some(path)
}

/// An existing folder typed as a path.
pub fn existing_folder(typed: &str) -> Option<PathBuf> {
    let path = PathBuf::from(typed.trim());
    (!typed.trim().is_empty() && path.is_dir()).then_some(path)
}

/// The error shown when a typed path cannot be used (message `id`, the path as `$path`).
pub fn typed_path_error(id: &str, typed: &str) -> crate::store::UiError {
    crate::store::UiError {
        id: id.into(),
        args: vec![("path".into(), typed.trim().to_string())],
    }
}

/// An example of a full path for a file named `name` (in the person's home folder), for the
/// typed-path field's placeholder.
pub fn example_path(name: &str) -> String {
    directories::UserDirs::new()
        .map(|dirs| dirs.home_dir().join(name).display().to_string())
        .unwrap_or_else(|| name.to_string())
}

/// The typed-path row for saving a file named `name` when no save dialog could be shown.
pub fn save_path_row<'a, Message: Clone + 'a>(
    input_id: &'static str,
    name: &str,
    value: &'a str,
    on_input: impl Fn(String) -> Message + 'a,
    button_id: &'static str,
    on_confirm: Message,
) -> iced::Element<'a, Message> {
    use iced::widget::{button, column, text, text_input};
    let placeholder = crate::i18n::t_args(
        "file-dialog-save-placeholder",
        &[("example", example_path(name))],
    );
    column![
        crate::widget::label(crate::i18n::t("file-dialog-no-save-dialog"))
            .size(13)
            .style(text::warning),
        crate::widget::mirrored_row(vec![
            text_input(&placeholder, value)
                .id(input_id)
                .on_input(on_input)
                .on_submit(on_confirm.clone())
                .padding(8)
                .into(),
            crate::widget::identified(
                button_id,
                button(text(crate::i18n::t("file-dialog-save-here"))).on_press(on_confirm),
            ),
        ])
        .spacing(8),
    ]
    .spacing(6)
    .into()
}
