//! The two embedded faces (DejaVu Sans regular and bold) and text measurement.
//!
//! Widths are the font's own advances (`hmtx`), exactly what a PDF viewer uses for the
//! embedded font, so wrapped lines never overflow the margins.

use std::sync::OnceLock;

use printpdf::ParsedFont;

use super::PdfError;

const REGULAR_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Which face a piece of text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Face {
    Regular,
    Bold,
}

pub(crate) struct Fonts {
    pub regular: ParsedFont,
    pub bold: ParsedFont,
    regular_upem: f32,
    bold_upem: f32,
}

impl Fonts {
    /// The parsed fonts, parsed once per process (parsing costs far more than a document).
    pub fn get() -> Result<&'static Fonts, PdfError> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                let regular = ParsedFont::from_bytes(REGULAR_TTF, 0, &mut Vec::new())?;
                let bold = ParsedFont::from_bytes(BOLD_TTF, 0, &mut Vec::new())?;
                let regular_upem = f32::from(regular.font_metrics.units_per_em.max(1));
                let bold_upem = f32::from(bold.font_metrics.units_per_em.max(1));
                Some(Fonts {
                    regular,
                    bold,
                    regular_upem,
                    bold_upem,
                })
            })
            .as_ref()
            .ok_or(PdfError::Font)
    }

    fn face(&self, face: Face) -> (&ParsedFont, f32) {
        match face {
            Face::Regular => (&self.regular, self.regular_upem),
            Face::Bold => (&self.bold, self.bold_upem),
        }
    }

    /// Width in points of `text` set in `face` at `size` points.
    pub fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        let (font, upem) = self.face(face);
        let units: u32 = text
            .chars()
            .map(|c| {
                let glyph = font.lookup_glyph_index(c as u32).unwrap_or(0);
                u32::from(font.get_horizontal_advance(glyph))
            })
            .sum();
        units as f32 * size / upem
    }
}
