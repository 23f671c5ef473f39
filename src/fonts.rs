//! The font shipped with the application (DejaVu Sans: Latin, Arabic and more), used as the
//! default so the interface looks the same everywhere and Arabic is shaped correctly.

use iced::Font;

pub const DEJAVU_SANS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
pub const DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");

pub const DEFAULT: Font = Font::with_name("DejaVu Sans");

pub const BOLD: Font = Font {
    weight: iced::font::Weight::Bold,
    ..DEFAULT
};

/// Settings with the bundled fonts loaded and DejaVu Sans as default (also for iced_test).
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: vec![DEJAVU_SANS.into(), DEJAVU_SANS_BOLD.into()],
        default_font: DEFAULT,
        ..iced::Settings::default()
    }
}
