//! A small flow-layout engine over printpdf's operation lists: A4 pages with margins, word-wrap
//! measured with the embedded font, automatic page breaks, headings, label/value rows, tables,
//! boxed notes, a signature block and "Pagina x di y" footers.
//!
//! Coordinates are PDF points with the origin at the bottom-left corner of the page; `y` is
//! the top of the next block and moves down as blocks are added.

use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem,
};

use super::PdfError;
use super::font::{Face, Fonts};

pub(crate) const PAGE_WIDTH: f32 = 595.2756;
pub(crate) const PAGE_HEIGHT: f32 = 841.8898;
const MARGIN_LEFT: f32 = 62.0;
const MARGIN_RIGHT: f32 = 56.0;
const MARGIN_TOP: f32 = 56.0;
/// Content stops here; the footer lives below.
const MARGIN_BOTTOM: f32 = 64.0;
const FOOTER_BASELINE: f32 = 34.0;

pub(crate) const BODY_SIZE: f32 = 10.0;
const SMALL_SIZE: f32 = 8.5;
const LEADING: f32 = 1.38;

const TEXT_GREY: f32 = 0.0;
const LABEL_GREY: f32 = 0.36;
const RULE_GREY: f32 = 0.6;

/// A piece of text in one face.
#[derive(Debug, Clone)]
pub(crate) struct Span {
    pub text: String,
    pub face: Face,
}

pub(crate) fn regular(text: impl Into<String>) -> Span {
    Span {
        text: text.into(),
        face: Face::Regular,
    }
}

pub(crate) fn bold(text: impl Into<String>) -> Span {
    Span {
        text: text.into(),
        face: Face::Bold,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
}

/// A word: pieces that must stay together (e.g. a bold name followed by a comma).
#[derive(Debug, Clone)]
struct Word {
    pieces: Vec<Span>,
    width: f32,
}

/// One laid-out line: words and the width of the line.
#[derive(Debug, Clone, Default)]
struct TextLine {
    words: Vec<Word>,
    width: f32,
}

/// A table column: header and relative width.
pub(crate) struct Column<'a> {
    pub header: &'a str,
    pub weight: f32,
}

/// A table row: its cells and whether it is highlighted (e.g. data that disagree).
pub(crate) struct Row {
    pub cells: Vec<String>,
    pub highlight: bool,
}

pub(crate) struct Doc<'a> {
    fonts: &'static Fonts,
    pdf: PdfDocument,
    regular_id: FontId,
    bold_id: FontId,
    pages: Vec<Vec<Op>>,
    y: f32,
    footer: String,
    page_label: Box<dyn Fn(usize, usize) -> String + 'a>,
}

impl<'a> Doc<'a> {
    /// A new document; `footer` is printed at the bottom-left of every page.
    pub fn new(title: &str, footer: &str) -> Result<Doc<'a>, PdfError> {
        let fonts = Fonts::get()?;
        let mut pdf = PdfDocument::new(title);
        pdf.metadata.info.creator = "cittadinanza".to_string();
        pdf.metadata.info.producer = "cittadinanza (printpdf)".to_string();
        let regular_id = pdf.add_font(&fonts.regular);
        let bold_id = pdf.add_font(&fonts.bold);
        Ok(Doc {
            fonts,
            pdf,
            regular_id,
            bold_id,
            pages: vec![Vec::new()],
            y: PAGE_HEIGHT - MARGIN_TOP,
            footer: footer.to_string(),
            page_label: Box::new(|page, pages| format!("Pagina {page} di {pages}")),
        })
    }

    /// How the footer numbers pages (Italian "Pagina 1 di 2" unless told otherwise).
    pub fn set_page_label(&mut self, label: impl Fn(usize, usize) -> String + 'a) {
        self.page_label = Box::new(label);
    }

    pub fn content_width(&self) -> f32 {
        PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = PAGE_HEIGHT - MARGIN_TOP;
    }

    /// Starts a new page unless `height` points still fit on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.y - height < MARGIN_BOTTOM && self.y < PAGE_HEIGHT - MARGIN_TOP {
            self.new_page();
        }
    }

    pub fn space(&mut self, points: f32) {
        if self.y - points < MARGIN_BOTTOM {
            self.new_page();
        } else {
            self.y -= points;
        }
    }

    fn font_id(&self, face: Face) -> FontId {
        match face {
            Face::Regular => self.regular_id.clone(),
            Face::Bold => self.bold_id.clone(),
        }
    }

    fn grey(level: f32) -> Color {
        Color::Greyscale(Greyscale {
            percent: level,
            icc_profile: None,
        })
    }

    /// Draws one run of text with its baseline at (x, y).
    fn text_at(&mut self, x: f32, y: f32, face: Face, size: f32, grey: f32, text: &str) {
        let font = PdfFontHandle::External(self.font_id(face));
        self.ops().extend([
            Op::StartTextSection,
            Op::SetFillColor {
                col: Self::grey(grey),
            },
            Op::SetFont {
                font,
                size: Pt(size),
            },
            Op::SetTextCursor {
                pos: Point { x: Pt(x), y: Pt(y) },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ]);
    }

    fn line(&mut self, from: (f32, f32), to: (f32, f32), thickness: f32, grey: f32) {
        let point = |(x, y): (f32, f32)| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.ops().extend([
            Op::SetOutlineColor {
                col: Self::grey(grey),
            },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![point(from), point(to)],
                    is_closed: false,
                },
            },
        ]);
    }

    fn fill_rect(&mut self, x: f32, y_bottom: f32, width: f32, height: f32, color: Color) {
        self.ops().extend([
            Op::SetFillColor { col: color },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x),
                    y: Pt(y_bottom),
                    width: Pt(width),
                    height: Pt(height),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            },
        ]);
    }

    // ------------------------------------------------------------------ wrapping

    fn words(&self, spans: &[Span], size: f32) -> Vec<Option<Word>> {
        // `None` marks a forced line break (a newline in the text).
        let mut words: Vec<Option<Word>> = Vec::new();
        let mut glue = false;
        for span in spans {
            let mut first_line = true;
            for line in span.text.split('\n') {
                if !first_line {
                    words.push(None);
                    glue = false;
                }
                first_line = false;
                let starts_with_space = line.starts_with(char::is_whitespace);
                for (i, piece) in line.split_whitespace().enumerate() {
                    let piece = Span {
                        text: piece.to_string(),
                        face: span.face,
                    };
                    let width = self.fonts.width(span.face, size, &piece.text);
                    let attach = i == 0 && glue && !starts_with_space;
                    match words.last_mut() {
                        Some(Some(word)) if attach => {
                            word.width += width;
                            word.pieces.push(piece);
                        }
                        _ => words.push(Some(Word {
                            pieces: vec![piece],
                            width,
                        })),
                    }
                }
                glue = !line.is_empty() && !line.ends_with(char::is_whitespace);
            }
        }
        words
    }

    /// Splits a word wider than `max` into chunks that fit.
    fn split_long_word(&self, word: Word, size: f32, max: f32) -> Vec<Word> {
        let mut out = Vec::new();
        let mut current = Word {
            pieces: Vec::new(),
            width: 0.0,
        };
        for piece in word.pieces {
            let mut text = String::new();
            for c in piece.text.chars() {
                let w = self
                    .fonts
                    .width(piece.face, size, c.encode_utf8(&mut [0; 4]));
                if current.width + w > max && (current.width > 0.0 || !text.is_empty()) {
                    if !text.is_empty() {
                        current.pieces.push(Span {
                            text: std::mem::take(&mut text),
                            face: piece.face,
                        });
                    }
                    out.push(std::mem::replace(
                        &mut current,
                        Word {
                            pieces: Vec::new(),
                            width: 0.0,
                        },
                    ));
                }
                text.push(c);
                current.width += w;
            }
            if !text.is_empty() {
                current.pieces.push(Span {
                    text,
                    face: piece.face,
                });
            }
        }
        if !current.pieces.is_empty() {
            out.push(current);
        }
        out
    }

    fn wrap(&self, spans: &[Span], size: f32, max: f32) -> Vec<TextLine> {
        // The lines filled so far, and the one being filled.
        let mut lines = Vec::new();
        let mut line = TextLine::default();
        for word in self.words(spans, size) {
            let Some(word) = word else {
                lines.push(std::mem::take(&mut line));
                continue;
            };
            let chunks = if word.width > max {
                self.split_long_word(word, size, max)
            } else {
                vec![word]
            };
            for chunk in chunks {
                // The space before a word is set in that word's face.
                let face = chunk.pieces.first().map_or(Face::Regular, |p| p.face);
                let space = self.fonts.width(face, size, " ");
                let needed = if line.words.is_empty() {
                    chunk.width
                } else {
                    line.width + space + chunk.width
                };
                if needed <= max || line.words.is_empty() {
                    line.width = needed;
                    line.words.push(chunk);
                } else {
                    lines.push(std::mem::replace(
                        &mut line,
                        TextLine {
                            width: chunk.width,
                            words: vec![chunk],
                        },
                    ));
                }
            }
        }
        lines.push(line);
        lines
    }

    /// Draws laid-out lines starting with the first baseline at `baseline`.
    #[allow(clippy::too_many_arguments)]
    fn draw_lines(
        &mut self,
        lines: &[TextLine],
        x: f32,
        width: f32,
        baseline: f32,
        size: f32,
        grey: f32,
        align: Align,
    ) {
        for (i, line) in lines.iter().enumerate() {
            let y = baseline - i as f32 * size * LEADING;
            let mut cursor = match align {
                Align::Left => x,
                Align::Center => x + (width - line.width) / 2.0,
            };
            // Consecutive pieces in the same face become one text run (spaces included),
            // so text extraction sees ordinary words and spaces.
            let mut run: Option<(Face, f32, String)> = None;
            for (w, word) in line.words.iter().enumerate() {
                for (p, piece) in word.pieces.iter().enumerate() {
                    let separator = if w > 0 && p == 0 { " " } else { "" };
                    match run.as_mut() {
                        Some((face, _, text)) if *face == piece.face => {
                            text.push_str(separator);
                            text.push_str(&piece.text);
                        }
                        _ => {
                            if let Some((face, start, text)) = run.take() {
                                self.text_at(start, y, face, size, grey, &text);
                            }
                            let mut text = String::from(separator);
                            text.push_str(&piece.text);
                            run = Some((piece.face, cursor, text));
                        }
                    }
                    if !separator.is_empty() {
                        cursor += self.fonts.width(piece.face, size, separator);
                    }
                    cursor += self.fonts.width(piece.face, size, &piece.text);
                }
            }
            if let Some((face, start, text)) = run.take() {
                self.text_at(start, y, face, size, grey, &text);
            }
        }
    }

    fn line_height(size: f32) -> f32 {
        size * LEADING
    }

    /// A block of wrapped text, breaking pages between lines when needed.
    pub fn paragraph_with(&mut self, spans: &[Span], size: f32, indent: f32, align: Align) {
        let x = MARGIN_LEFT + indent;
        let width = self.content_width() - indent;
        let lines = self.wrap(spans, size, width);
        let lh = Self::line_height(size);
        for line in lines {
            self.ensure(lh);
            let baseline = self.y - size;
            self.draw_lines(&[line], x, width, baseline, size, TEXT_GREY, align);
            self.y -= lh;
        }
    }

    pub fn paragraph(&mut self, spans: &[Span]) {
        self.paragraph_with(spans, BODY_SIZE, 0.0, Align::Left);
        self.y -= BODY_SIZE * 0.5;
    }

    pub fn text(&mut self, text: &str) {
        self.paragraph(&[regular(text)]);
    }

    pub fn small(&mut self, text: &str) {
        self.paragraph_with(&[regular(text)], SMALL_SIZE, 0.0, Align::Left);
        self.y -= SMALL_SIZE * 0.4;
    }

    pub fn centered(&mut self, spans: &[Span], size: f32) {
        self.paragraph_with(spans, size, 0.0, Align::Center);
    }

    /// Lines aligned to the right margin, inside a block `width` wide (an address block).
    pub fn right_block(&mut self, lines: &[Span], width: f32) {
        let indent = self.content_width() - width;
        for line in lines {
            self.paragraph_with(std::slice::from_ref(line), BODY_SIZE, indent, Align::Left);
        }
    }

    /// The document title: large, bold, centred, with an optional subtitle.
    pub fn title(&mut self, title: &str, subtitle: &str) {
        self.centered(&[bold(title)], 14.0);
        if !subtitle.is_empty() {
            self.y -= 2.0;
            self.centered(&[regular(subtitle)], BODY_SIZE);
        }
        self.y -= 8.0;
    }

    /// A section heading with a rule under it; never left alone at the bottom of a page.
    pub fn heading(&mut self, text: &str) {
        let size = 11.0;
        self.ensure(size * LEADING + 4.0 + 3.0 * Self::line_height(BODY_SIZE));
        self.y -= 6.0;
        let lines = self.wrap(&[bold(text)], size, self.content_width());
        let height = lines.len() as f32 * Self::line_height(size);
        let baseline = self.y - size;
        self.draw_lines(
            &lines,
            MARGIN_LEFT,
            self.content_width(),
            baseline,
            size,
            TEXT_GREY,
            Align::Left,
        );
        self.y -= height;
        let y = self.y + 1.0;
        self.line(
            (MARGIN_LEFT, y),
            (PAGE_WIDTH - MARGIN_RIGHT, y),
            0.6,
            RULE_GREY,
        );
        self.y -= 6.0;
    }

    /// A label (grey, left column) and its value (wrapped, right column), kept together.
    pub fn label_value(&mut self, label: &str, value: &str) {
        let label_width = 150.0;
        let gap = 8.0;
        let value_width = self.content_width() - label_width - gap;
        let shown = if value.trim().is_empty() {
            "—"
        } else {
            value
        };
        let label_lines = self.wrap(&[regular(label)], BODY_SIZE, label_width);
        let value_lines = self.wrap(&[regular(shown)], BODY_SIZE, value_width);
        let rows = label_lines.len().max(value_lines.len());
        let height = rows as f32 * Self::line_height(BODY_SIZE) + 2.0;
        self.ensure(height);
        let baseline = self.y - BODY_SIZE;
        self.draw_lines(
            &label_lines,
            MARGIN_LEFT,
            label_width,
            baseline,
            BODY_SIZE,
            LABEL_GREY,
            Align::Left,
        );
        self.draw_lines(
            &value_lines,
            MARGIN_LEFT + label_width + gap,
            value_width,
            baseline,
            BODY_SIZE,
            TEXT_GREY,
            Align::Left,
        );
        self.y -= height;
    }

    /// An item with a hanging marker ("•", "a)", "☐" ...).
    pub fn item(&mut self, marker: &str, spans: &[Span]) {
        let indent = 16.0;
        let lines = self.wrap(spans, BODY_SIZE, self.content_width() - indent);
        let lh = Self::line_height(BODY_SIZE);
        for (i, line) in lines.into_iter().enumerate() {
            self.ensure(lh);
            let baseline = self.y - BODY_SIZE;
            if i == 0 {
                self.text_at(
                    MARGIN_LEFT + 2.0,
                    baseline,
                    Face::Regular,
                    BODY_SIZE,
                    TEXT_GREY,
                    marker,
                );
            }
            let width = self.content_width() - indent;
            self.draw_lines(
                &[line],
                MARGIN_LEFT + indent,
                width,
                baseline,
                BODY_SIZE,
                TEXT_GREY,
                Align::Left,
            );
            self.y -= lh;
        }
        self.y -= 2.0;
    }

    /// A note on a light grey background (legal warnings, privacy notice).
    pub fn boxed(&mut self, heading: &str, text: &str) {
        let pad = 7.0;
        let width = self.content_width() - 2.0 * pad;
        let mut spans = Vec::new();
        if !heading.is_empty() {
            spans.push(bold(format!("{heading} ")));
        }
        spans.push(regular(text));
        let lines = self.wrap(&spans, SMALL_SIZE + 0.5, width);
        let size = SMALL_SIZE + 0.5;
        let lh = Self::line_height(size);
        // Split the box across pages if it is taller than what is left.
        let mut rest = &lines[..];
        while !rest.is_empty() {
            self.ensure(2.0 * pad + 2.0 * lh);
            let fit =
                (((self.y - MARGIN_BOTTOM - 2.0 * pad) / lh).floor() as usize).clamp(1, rest.len());
            let (now, later) = rest.split_at(fit);
            let height = now.len() as f32 * lh + 2.0 * pad - (lh - size);
            self.fill_rect(
                MARGIN_LEFT,
                self.y - height,
                self.content_width(),
                height,
                Self::grey(0.94),
            );
            let baseline = self.y - pad - size * 0.9;
            self.draw_lines(
                now,
                MARGIN_LEFT + pad,
                width,
                baseline,
                size,
                TEXT_GREY,
                Align::Left,
            );
            self.y -= height + 6.0;
            rest = later;
        }
    }

    /// A table with a shaded header row, repeated on every page the table spans.
    pub fn table(&mut self, columns: &[Column], rows: &[Row]) {
        let pad = 4.0;
        let total: f32 = columns
            .iter()
            .map(|c| c.weight)
            .sum::<f32>()
            .max(f32::EPSILON);
        let widths: Vec<f32> = columns
            .iter()
            .map(|c| c.weight / total * self.content_width())
            .collect();
        let lh = Self::line_height(BODY_SIZE - 0.5);
        let size = BODY_SIZE - 0.5;
        let header: Vec<Vec<TextLine>> = columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| self.wrap(&[bold(c.header)], size, w - 2.0 * pad))
            .collect();
        let header_height = Self::row_height(&header, lh, pad);
        let body: Vec<Vec<Vec<TextLine>>> = rows
            .iter()
            .map(|row| {
                row.cells
                    .iter()
                    .zip(&widths)
                    .map(|(text, w)| {
                        let shown = if text.trim().is_empty() { "—" } else { text };
                        let span = if row.highlight {
                            bold(shown)
                        } else {
                            regular(shown)
                        };
                        self.wrap(&[span], size, w - 2.0 * pad)
                    })
                    .collect()
            })
            .collect();
        let row_heights: Vec<f32> = body
            .iter()
            .map(|cells| Self::row_height(cells, lh, pad))
            .collect();
        let whole = header_height + row_heights.iter().sum::<f32>();
        // A table that fits on one page is not split; a longer one starts where it is.
        if whole <= PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM {
            self.ensure(whole);
        } else {
            self.ensure(header_height + row_heights.first().copied().unwrap_or(0.0));
        }
        self.draw_row(&header, &widths, header_height, pad, size, Some(0.88));
        for ((cells, row), height) in body.iter().zip(rows).zip(row_heights) {
            if self.y - height < MARGIN_BOTTOM {
                self.new_page();
                self.draw_row(&header, &widths, header_height, pad, size, Some(0.88));
            }
            let fill = row.highlight.then_some(0.93);
            self.draw_row(cells, &widths, height, pad, size, fill);
        }
        self.y -= 8.0;
    }

    fn row_height(cells: &[Vec<TextLine>], lh: f32, pad: f32) -> f32 {
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        lines as f32 * lh + 2.0 * pad
    }

    #[allow(clippy::too_many_arguments)]
    fn draw_row(
        &mut self,
        cells: &[Vec<TextLine>],
        widths: &[f32],
        height: f32,
        pad: f32,
        size: f32,
        fill: Option<f32>,
    ) {
        let top = self.y;
        let bottom = top - height;
        if let Some(level) = fill {
            self.fill_rect(
                MARGIN_LEFT,
                bottom,
                self.content_width(),
                height,
                Self::grey(level),
            );
        }
        let mut x = MARGIN_LEFT;
        for (lines, width) in cells.iter().zip(widths) {
            let baseline = top - pad - size * 0.95;
            self.draw_lines(
                lines,
                x + pad,
                width - 2.0 * pad,
                baseline,
                size,
                TEXT_GREY,
                Align::Left,
            );
            x += width;
        }
        // Grid: bottom rule of the row and the vertical separators.
        let right = MARGIN_LEFT + self.content_width();
        self.line((MARGIN_LEFT, top), (right, top), 0.5, RULE_GREY);
        self.line((MARGIN_LEFT, bottom), (right, bottom), 0.5, RULE_GREY);
        let mut x = MARGIN_LEFT;
        self.line((x, top), (x, bottom), 0.5, RULE_GREY);
        for width in widths {
            x += width;
            self.line((x, top), (x, bottom), 0.5, RULE_GREY);
        }
        self.y = bottom;
    }

    /// Place and date on the left, the signer's title and a line to sign on the right.
    pub fn signature(&mut self, place_and_date: &str, signer: &str) {
        let lh = Self::line_height(BODY_SIZE);
        self.ensure(4.0 * lh + 30.0);
        self.y -= 10.0;
        let baseline = self.y - BODY_SIZE;
        self.text_at(
            MARGIN_LEFT,
            baseline,
            Face::Regular,
            BODY_SIZE,
            TEXT_GREY,
            place_and_date,
        );
        let block = 200.0;
        let x = PAGE_WIDTH - MARGIN_RIGHT - block;
        let signer_width = self.fonts.width(Face::Regular, BODY_SIZE, signer);
        self.text_at(
            x + (block - signer_width) / 2.0,
            baseline,
            Face::Regular,
            BODY_SIZE,
            TEXT_GREY,
            signer,
        );
        let line_y = baseline - 34.0;
        self.line((x, line_y), (x + block, line_y), 0.7, 0.2);
        self.y = line_y - 12.0;
    }

    /// Lays out the footers (which need the page count) and serialises the document.
    pub fn finish(mut self) -> Vec<u8> {
        let count = self.pages.len();
        let pages = std::mem::take(&mut self.pages);
        let mut out = Vec::with_capacity(count);
        for (index, ops) in pages.into_iter().enumerate() {
            self.pages = vec![ops];
            let rule_y = FOOTER_BASELINE + 12.0;
            self.line(
                (MARGIN_LEFT, rule_y),
                (PAGE_WIDTH - MARGIN_RIGHT, rule_y),
                0.4,
                RULE_GREY,
            );
            let footer = self.footer.clone();
            self.text_at(
                MARGIN_LEFT,
                FOOTER_BASELINE,
                Face::Regular,
                SMALL_SIZE,
                LABEL_GREY,
                &footer,
            );
            let number = (self.page_label)(index + 1, count);
            let width = self.fonts.width(Face::Regular, SMALL_SIZE, &number);
            self.text_at(
                PAGE_WIDTH - MARGIN_RIGHT - width,
                FOOTER_BASELINE,
                Face::Regular,
                SMALL_SIZE,
                LABEL_GREY,
                &number,
            );
            let ops = std::mem::take(&mut self.pages).pop().unwrap_or_default();
            out.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
        }
        let options = PdfSaveOptions {
            subset_fonts: true,
            ..PdfSaveOptions::default()
        };
        self.pdf.with_pages(out).save(&options, &mut Vec::new())
    }
}
