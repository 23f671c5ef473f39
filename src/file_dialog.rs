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

async fn ask(dialog: impl std::future::Future<Output = Option<PathBuf>>) -> Picked {
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

/// A scan or a PDF to attach.
pub async fn pick_file() -> Picked {
    ask(async {
        rfd::AsyncFileDialog::new()
            .add_filter("PDF, JPEG, PNG", &["pdf", "jpg", "jpeg", "png"])
            .pick_file()
            .await
            .map(|handle| handle.path().to_path_buf())
    })
    .await
}

/// Where to save a file named `name`.
pub async fn save_file(name: String) -> Picked {
    ask(async move {
        rfd::AsyncFileDialog::new()
            .set_file_name(name)
            .save_file()
            .await
            .map(|handle| handle.path().to_path_buf())
    })
    .await
}
