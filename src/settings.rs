//! User preferences, kept as JSON in the platform's config folder.
//!
//! Every field has a default (`#[serde(default)]`) so that a file from an older or newer
//! version always loads; a damaged file is set aside (`settings.json.bad`) rather than lost.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::theme::ThemeChoice;

pub const FILE_NAME: &str = "settings.json";
pub const DEFAULT_PORTAL_URL: &str = "https://portale.cittadinanza.example";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub language: Language,
    pub theme: ThemeChoice,
    /// Zoom of the whole interface, 0.8 ..= 1.6.
    pub text_scale: f32,
    /// Data folder chosen in the settings; `None` = the default location.
    pub data_dir: Option<PathBuf>,
    pub portal_url: String,
    /// Help desks assist many applicants; an applicant at home sees only their own.
    pub help_desk: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: Language::from_environment(),
            theme: ThemeChoice::Light,
            text_scale: 1.0,
            data_dir: None,
            portal_url: DEFAULT_PORTAL_URL.to_string(),
            help_desk: false,
        }
    }
}

pub const MIN_SCALE: f32 = 0.8;
pub const MAX_SCALE: f32 = 1.6;

impl Settings {
    /// `<config dir>/cittadinanza/settings.json`.
    pub fn default_path() -> PathBuf {
        directories::ProjectDirs::from("org", "Cittadinanza", "cittadinanza")
            .map(|dirs| dirs.config_dir().join(FILE_NAME))
            .unwrap_or_else(|| PathBuf::from(FILE_NAME))
    }

    /// Reads the settings; a missing file gives the defaults, a damaged one is renamed to
    /// `.bad` (so the user's next change does not overwrite the evidence) and gives defaults.
    pub fn load(path: &Path) -> Settings {
        let Ok(bytes) = std::fs::read(path) else {
            return Settings::default();
        };
        match serde_json::from_slice::<Settings>(&bytes) {
            Ok(settings) => settings.sanitized(),
            Err(_) => {
                let _ = std::fs::rename(path, path.with_extension("json.bad"));
                Settings::default()
            }
        }
    }

    /// Writes atomically (temp file + rename).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        let temp = path.with_extension("json.tmp");
        std::fs::write(&temp, json)?;
        std::fs::rename(&temp, path)
    }

    fn sanitized(mut self) -> Settings {
        if !self.text_scale.is_finite() {
            self.text_scale = 1.0;
        }
        self.text_scale = self.text_scale.clamp(MIN_SCALE, MAX_SCALE);
        self
    }
}
