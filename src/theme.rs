//! Light, dark and high-contrast themes, and the few colours the app uses itself.

use iced::theme::Palette;
use iced::{Color, Theme, color};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
    HighContrast,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ];

    /// i18n id of the theme's name.
    pub fn label_id(self) -> &'static str {
        match self {
            ThemeChoice::Light => "theme-light",
            ThemeChoice::Dark => "theme-dark",
            ThemeChoice::HighContrast => "theme-high-contrast",
        }
    }

    pub fn theme(self) -> Theme {
        match self {
            ThemeChoice::Light => Theme::custom(
                "Cittadinanza light",
                Palette {
                    background: color!(0xf5f7fa),
                    text: color!(0x1a2330),
                    primary: PORTAL_BLUE,
                    success: color!(0x1e7a46),
                    warning: color!(0xb26a00),
                    danger: color!(0xc0262d),
                },
            ),
            ThemeChoice::Dark => Theme::custom(
                "Cittadinanza dark",
                Palette {
                    background: color!(0x1b1f26),
                    text: color!(0xe6e9ee),
                    primary: color!(0x4d8fe0),
                    success: color!(0x4cbf7e),
                    warning: color!(0xf0b44c),
                    danger: color!(0xff6b6b),
                },
            ),
            ThemeChoice::HighContrast => Theme::custom(
                "Cittadinanza high contrast",
                Palette {
                    background: Color::BLACK,
                    text: Color::WHITE,
                    primary: color!(0xffff00),
                    success: color!(0x00ff7f),
                    warning: color!(0xffa500),
                    danger: color!(0xff5555),
                },
            ),
        }
    }
}

/// The blue of the ministry portal's "section complete" dot.
pub const PORTAL_BLUE: Color = color!(0x0066cc);

/// Colour of a complete section's dot in the given theme.
pub fn dot_complete(theme: &Theme) -> Color {
    theme.palette().primary
}

/// Border of an incomplete (white) dot: visible on light and dark backgrounds.
pub fn dot_border(theme: &Theme) -> Color {
    let text = theme.palette().text;
    Color { a: 0.55, ..text }
}

/// Muted text (hints, timestamps).
pub fn muted(theme: &Theme) -> Color {
    let text = theme.palette().text;
    Color { a: 0.65, ..text }
}
