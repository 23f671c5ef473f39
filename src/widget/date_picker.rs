//! Date fields: the text input (typing stays the main way) with a small calendar button that
//! opens an inline month calendar under it.
//!
//! The calendar is plain buttons in rows. Weeks start on Monday. Keyboard: Alt+↓ (or F4) in
//! the date field opens it; arrows move the day, Page Up/Down the month (with Shift the year),
//! Enter or Space picks, Escape (or a click elsewhere) closes.

use chrono::{Datelike, Duration, Months, NaiveDate};
use cittadinanza_core::rules::FieldIssue;
use cittadinanza_core::rules::fields::parse_date;
use iced::keyboard::{self, Key, key::Named};
use iced::widget::{Column, button, column, container, text, text_input};
use iced::{Element, Length, Theme};
use iced_core::widget::{Id, Operation, Tree, operation::Focusable, tree};
use iced_core::{
    Clipboard, Event, Layout, Rectangle, Shell, Size, Vector, Widget, layout, mouse, overlay,
    renderer,
};

use crate::i18n::{is_rtl, t};
use crate::widget::field::{date_placeholder, labelled};
use crate::widget::{identified, mirrored_row, pressable};

/// Side of a day button.
const CELL: f32 = 36.0;

/// The open calendar of one date field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatePicker {
    /// Path of the date field (also the text input's widget id).
    pub path: String,
    /// The day the keyboard is on; the calendar shows its month.
    pub cursor: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The calendar button, or Alt+↓ in the field.
    Toggle,
    /// Escape: closes and gives the focus back to the field.
    Close,
    /// A click outside the field and its calendar: closes, the focus goes where clicked.
    Dismiss,
    /// Moves the cursor by days (arrows) or months (buttons, Page Up/Down).
    MoveDays(i64),
    MoveMonths(i32),
    Pick(NaiveDate),
}

impl DatePicker {
    /// Opens on the field's date when it parses, else on today.
    pub fn open(path: &str, typed: &str, today: NaiveDate) -> DatePicker {
        DatePicker {
            path: path.to_string(),
            cursor: parse_date(typed).unwrap_or(today),
        }
    }

    /// Moves the cursor (the days and months messages; the others are handled by [`update`]).
    pub fn navigate(&mut self, message: &Message) {
        let moved = match message {
            Message::MoveDays(days) => self.cursor.checked_add_signed(Duration::days(*days)),
            Message::MoveMonths(months) if *months >= 0 => self
                .cursor
                .checked_add_months(Months::new(months.unsigned_abs())),
            Message::MoveMonths(months) => self
                .cursor
                .checked_sub_months(Months::new(months.unsigned_abs())),
            _ => None,
        };
        if let Some(date) = moved {
            self.cursor = date;
        }
    }

    /// Follows a date typed while the calendar is open.
    pub fn follow(&mut self, typed: &str) {
        if let Ok(date) = parse_date(typed) {
            self.cursor = date;
        }
    }
}

/// What the screen owning the date field does after [`update`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing more to do.
    None,
    /// Give the keyboard focus back to the field (Escape).
    Focus,
    /// A day was picked: set the field to this text, as if typed, and focus it.
    Picked(String),
}

/// Applies a calendar message of the date field at `path` (which shows `typed`) to a screen's
/// open calendar (at most one per screen).
pub fn update(
    picker: &mut Option<DatePicker>,
    path: &str,
    typed: &str,
    today: NaiveDate,
    message: Message,
) -> Outcome {
    let is_open = picker.as_ref().is_some_and(|p| p.path == path);
    match message {
        Message::Toggle if is_open => {
            *picker = None;
            Outcome::None
        }
        Message::Toggle => {
            *picker = Some(DatePicker::open(path, typed, today));
            Outcome::None
        }
        Message::Close if is_open => {
            *picker = None;
            Outcome::Focus
        }
        Message::Dismiss if is_open => {
            *picker = None;
            Outcome::None
        }
        Message::Pick(date) => {
            *picker = None;
            Outcome::Picked(cittadinanza_core::rules::fields::format_date(date))
        }
        navigation => {
            if let Some(open) = picker.as_mut().filter(|p| p.path == path) {
                open.navigate(&navigation);
            }
            Outcome::None
        }
    }
}

/// Typing into the field at `path`: its open calendar follows, another field's closes.
pub fn typed_into(picker: &mut Option<DatePicker>, path: &str, value: &str) {
    match picker {
        Some(open) if open.path == path => open.follow(value),
        Some(_) => *picker = None,
        None => {}
    }
}

/// Month name (`editor-calendar-month-*`, 1 = January).
pub fn month_name(month: u32) -> String {
    match month {
        1 => t("editor-calendar-month-1"),
        2 => t("editor-calendar-month-2"),
        3 => t("editor-calendar-month-3"),
        4 => t("editor-calendar-month-4"),
        5 => t("editor-calendar-month-5"),
        6 => t("editor-calendar-month-6"),
        7 => t("editor-calendar-month-7"),
        8 => t("editor-calendar-month-8"),
        9 => t("editor-calendar-month-9"),
        10 => t("editor-calendar-month-10"),
        11 => t("editor-calendar-month-11"),
        _ => t("editor-calendar-month-12"),
    }
}

/// Short weekday names, Monday first.
pub fn weekday_names() -> [String; 7] {
    [
        t("editor-calendar-mon"),
        t("editor-calendar-tue"),
        t("editor-calendar-wed"),
        t("editor-calendar-thu"),
        t("editor-calendar-fri"),
        t("editor-calendar-sat"),
        t("editor-calendar-sun"),
    ]
}

/// The title of the shown month, e.g. `marzo 2026`.
pub fn title(cursor: NaiveDate) -> String {
    format!("{} {}", month_name(cursor.month()), cursor.year())
}

/// Widget id of a day button (`calendar-day:2026-03-15`).
pub fn day_id(date: NaiveDate) -> String {
    format!("calendar-day:{}", date.format("%Y-%m-%d"))
}

/// Widget id of a date field's calendar button.
pub fn button_id(path: &str) -> String {
    format!("calendar:{path}")
}

/// A labelled date field: text input, calendar button and, when `picker` is open for this
/// field, the calendar under them. `on_picker` wraps the calendar's messages.
#[allow(clippy::too_many_arguments)]
pub fn date_field<'a, M: Clone + 'a>(
    path: &str,
    label_text: String,
    value: &str,
    issue: Option<&FieldIssue>,
    picker: Option<&DatePicker>,
    today: NaiveDate,
    on_input: impl Fn(String) -> M + 'a,
    on_picker: impl Fn(Message) -> M + Clone + 'a,
) -> Element<'a, M> {
    let has_issue = issue.is_some();
    let open = picker.filter(|p| p.path == path);
    let input = text_input(&date_placeholder(), value)
        .id(path.to_string())
        .on_input(on_input)
        .padding(8)
        .align_x(crate::widget::start())
        .style(move |theme: &Theme, status| {
            let mut style = text_input::default(theme, status);
            if has_issue {
                style.border.color = theme.palette().danger;
            }
            style
        });
    let toggle = pressable(
        button_id(path),
        button(text("▦").size(18).center())
            .padding([5, 10])
            .style(if open.is_some() {
                button::primary
            } else {
                button::secondary
            })
            .on_press(on_picker(Message::Toggle)),
    );
    let line: Element<'a, M> = mirrored_row(vec![input.into(), toggle]).spacing(6).into();
    let mut content = Column::new().spacing(6).push(line);
    if let Some(picker) = open {
        let selected = parse_date(value).ok();
        content = content.push(calendar(picker.cursor, selected, today).map(on_picker.clone()));
    }
    let keys = KeyHandler {
        content: content.into(),
        open: open.map(|p| p.cursor),
        on_picker: Box::new(on_picker),
    };
    labelled(label_text, Element::new(keys), issue)
}

/// The month of `cursor` as a grid of day buttons.
pub fn calendar<'a>(
    cursor: NaiveDate,
    selected: Option<NaiveDate>,
    today: NaiveDate,
) -> Element<'a, Message> {
    // Geometric arrows: quotation-mark arrows (‹ «) get mirrored by right-to-left shaping.
    let (back, forward) = if is_rtl() {
        ("▶", "◀")
    } else {
        ("◀", "▶")
    };
    let (back_year, forward_year) = if is_rtl() {
        ("▶▶", "◀◀")
    } else {
        ("◀◀", "▶▶")
    };
    let nav = |label: &'static str, id: &'static str, message: Message| {
        identified(
            id,
            button(container(text(label).size(11)).center(Length::Fill))
                .width(CELL)
                .height(28)
                .padding(0)
                .style(button::text)
                .on_press(message),
        )
    };
    let header = mirrored_row(vec![
        nav(
            back_year,
            "calendar-previous-year",
            Message::MoveMonths(-12),
        ),
        nav(back, "calendar-previous-month", Message::MoveMonths(-1)),
        container(text(title(cursor)).size(15))
            .center_x(Length::Fill)
            .into(),
        nav(forward, "calendar-next-month", Message::MoveMonths(1)),
        nav(forward_year, "calendar-next-year", Message::MoveMonths(12)),
    ]);
    let names = mirrored_row(
        weekday_names()
            .into_iter()
            .map(|name| {
                // Centred by a container: right-to-left text ignores `align_x(Center)`.
                container(text(name).size(12).style(text::secondary))
                    .center_x(CELL)
                    .into()
            })
            .collect(),
    )
    .spacing(2);
    let mut grid = column![header, names].spacing(4);
    let first = cursor.with_day(1).unwrap_or(cursor);
    let lead = first.weekday().num_days_from_monday() as usize;
    let days = days_in_month(first);
    let weeks = (lead + days).div_ceil(7);
    for week in 0..weeks {
        let cells = (0..7)
            .map(|column| {
                let index = week * 7 + column;
                match index
                    .checked_sub(lead)
                    .filter(|d| *d < days)
                    .and_then(|d| first.checked_add_signed(Duration::days(d as i64)))
                {
                    Some(date) => day_button(date, selected, today, cursor),
                    None => container(text("")).width(CELL).height(CELL).into(),
                }
            })
            .collect();
        grid = grid.push(mirrored_row(cells).spacing(2));
    }
    grid = grid.push(
        text(t("editor-calendar-keys"))
            .size(11)
            .style(text::secondary),
    );
    container(grid.width(CELL * 7.0 + 12.0 + 16.0))
        .padding(8)
        .style(container::bordered_box)
        .into()
}

fn days_in_month(first: NaiveDate) -> usize {
    let next = first
        .checked_add_months(Months::new(1))
        .unwrap_or(first + Duration::days(31));
    (next - first).num_days() as usize
}

fn day_button<'a>(
    date: NaiveDate,
    selected: Option<NaiveDate>,
    today: NaiveDate,
    cursor: NaiveDate,
) -> Element<'a, Message> {
    let is_selected = selected == Some(date);
    let is_today = date == today;
    let is_cursor = date == cursor;
    let label = container(text(date.day().to_string()).size(14)).center(Length::Fill);
    let day = button(label)
        .width(CELL)
        .height(CELL)
        .padding(0)
        .style(move |theme: &Theme, status| {
            let palette = theme.extended_palette();
            let mut style = if is_selected {
                button::primary(theme, status)
            } else {
                button::text(theme, status)
            };
            if is_today && !is_selected {
                style.text_color = palette.primary.strong.color;
                style.background = Some(palette.primary.weak.color.scale_alpha(0.35).into());
            }
            if is_cursor {
                style.border.color = palette.primary.strong.color;
                style.border.width = 2.0;
            }
            style.border.radius = (CELL / 2.0).into();
            style
        })
        .on_press(Message::Pick(date));
    identified(day_id(date), day)
}

/// Handles the keyboard for one date field: Alt+↓/F4 in its input opens the calendar; with
/// the calendar open, Escape closes it and (focus outside the input) arrows, Page Up/Down,
/// Enter and Space drive it.
struct KeyHandler<'a, M> {
    content: Element<'a, M>,
    /// The calendar's cursor when it is open.
    open: Option<NaiveDate>,
    on_picker: Box<dyn Fn(Message) -> M + 'a>,
}

impl<M> KeyHandler<'_, M> {
    fn message_for(
        &self,
        key: &Key,
        modifiers: keyboard::Modifiers,
        input_focused: bool,
    ) -> Option<Message> {
        let Key::Named(named) = key else {
            return None;
        };
        let Some(cursor) = self.open else {
            let opens = (*named == Named::ArrowDown && modifiers.alt()) || *named == Named::F4;
            return (opens && input_focused).then_some(Message::Toggle);
        };
        if *named == Named::Escape {
            return Some(Message::Close);
        }
        if input_focused {
            return None;
        }
        // In right-to-left languages the week runs right to left.
        let forward = if is_rtl() { -1 } else { 1 };
        let year = if modifiers.shift() { 12 } else { 1 };
        match named {
            Named::ArrowLeft => Some(Message::MoveDays(-forward)),
            Named::ArrowRight => Some(Message::MoveDays(forward)),
            Named::ArrowUp => Some(Message::MoveDays(-7)),
            Named::ArrowDown => Some(Message::MoveDays(7)),
            Named::PageUp => Some(Message::MoveMonths(-year)),
            Named::PageDown => Some(Message::MoveMonths(year)),
            Named::Enter | Named::Space => Some(Message::Pick(cursor)),
            _ => None,
        }
    }
}

/// Finds (and optionally clears) the keyboard focus inside a widget: the focus of its text
/// input (a text input reports itself as one just before it reports its focus), or any focus
/// when clearing.
struct FocusProbe {
    focused: bool,
    unfocus: bool,
    input: Option<Rectangle>,
}

impl Operation for FocusProbe {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn text_input(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        _state: &mut dyn iced_core::widget::operation::TextInput,
    ) {
        self.input = Some(bounds);
    }

    fn focusable(&mut self, _id: Option<&Id>, bounds: Rectangle, state: &mut dyn Focusable) {
        let is_input = self.input.take() == Some(bounds);
        if state.is_focused() && (is_input || self.unfocus) {
            self.focused = true;
            if self.unfocus {
                state.unfocus();
            }
        }
    }
}

// The content's tree is used as this widget's own: the handler adds no state.
impl<M> Widget<M, Theme, iced::Renderer> for KeyHandler<'_, M> {
    fn tag(&self) -> tree::Tag {
        self.content.as_widget().tag()
    }

    fn state(&self) -> tree::State {
        self.content.as_widget().state()
    }

    fn children(&self) -> Vec<Tree> {
        self.content.as_widget().children()
    }

    fn diff(&self, tree: &mut Tree) {
        self.content.as_widget().diff(tree);
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content.as_widget_mut().layout(tree, renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(tree, layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        if self.open.is_some()
            && matches!(event, Event::Mouse(mouse::Event::ButtonPressed(_)))
            && !cursor.is_over(layout.bounds())
        {
            // Otherwise keys meant for the field clicked next would drive this calendar.
            shell.publish((self.on_picker)(Message::Dismiss));
        }
        if let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event
            && !shell.is_event_captured()
        {
            let mut probe = FocusProbe {
                focused: false,
                unfocus: false,
                input: None,
            };
            self.content
                .as_widget_mut()
                .operate(tree, layout, renderer, &mut probe);
            if let Some(message) = self.message_for(key, *modifiers, probe.focused) {
                if message == Message::Toggle {
                    // The arrows now belong to the calendar, not to the text.
                    let mut clear = FocusProbe {
                        focused: false,
                        unfocus: true,
                        input: None,
                    };
                    self.content
                        .as_widget_mut()
                        .operate(tree, layout, renderer, &mut clear);
                }
                shell.publish((self.on_picker)(message));
                shell.capture_event();
                return;
            }
        }
        self.content.as_widget_mut().update(
            tree, event, layout, cursor, renderer, clipboard, shell, viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content
            .as_widget()
            .mouse_interaction(tree, layout, cursor, viewport, renderer)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content
            .as_widget()
            .draw(tree, renderer, theme, style, layout, cursor, viewport);
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, Theme, iced::Renderer>> {
        self.content
            .as_widget_mut()
            .overlay(tree, layout, renderer, viewport, translation)
    }
}
