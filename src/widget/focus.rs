//! Keyboard focus for the widgets iced 0.14 does not let the keyboard reach: buttons,
//! checkboxes, radios and pick lists.
//!
//! [`Focus`] wraps one of them and takes part in iced's focus operations like a text input
//! does, so `operation::focus_next` / `focus_previous` (Tab / Shift+Tab) stop on it in reading
//! order with the text fields. While focused it draws a ring around itself and turns keys into
//! what a pointer would do: Enter or Space is a click at its centre (a button is pressed, a
//! checkbox toggled), and on a pick list the arrows choose the previous / next option, as
//! iced's own Ctrl + mouse wheel does. A click elsewhere unfocuses it, as a text input.

use iced::keyboard::{self, Key, key::Named};
use iced::{Border, Color, Element, Length, Theme};
use iced_core::widget::{Id, Operation, Tree, operation, tree};
use iced_core::{
    Clipboard, Event, Layout, Rectangle, Shell, Size, Vector, Widget, layout, mouse, overlay,
    renderer,
};

/// Width of the focus ring, and its gap to the widget.
const RING: f32 = 2.0;

/// What the keyboard does to the wrapped widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Enter / Space click it (buttons, checkboxes, radios, togglers).
    Press,
    /// Up / Down (and Left / Right) choose the previous / next option (pick lists).
    Choice,
}

/// The focus of one wrapped widget (kept in the widget tree, like a text input's).
#[derive(Debug, Default)]
struct State {
    focused: bool,
}

impl operation::Focusable for State {
    fn is_focused(&self) -> bool {
        self.focused
    }

    fn focus(&mut self) {
        self.focused = true;
    }

    fn unfocus(&mut self) {
        self.focused = false;
    }
}

/// See the module documentation.
pub struct Focus<'a, M> {
    content: Element<'a, M>,
    kind: Kind,
    id: Option<Id>,
}

/// `content` (a button, checkbox or radio) reachable with Tab and pressed with Enter / Space.
pub fn press<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Focus<'a, M> {
    Focus {
        content: content.into(),
        kind: Kind::Press,
        id: None,
    }
}

/// `content` (a pick list) reachable with Tab; the arrows change its choice.
pub fn choice<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Focus<'a, M> {
    Focus {
        content: content.into(),
        kind: Kind::Choice,
        id: None,
    }
}

impl<'a, M: 'a> Focus<'a, M> {
    /// The id focus operations (`operation::focus(id)`) and tests find it by.
    pub fn id(mut self, id: impl Into<Id>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Runs `events` through the content as if the pointer were at its centre, each with a
    /// fresh capture state (a button takes the press, then must see the release).
    #[allow(clippy::too_many_arguments)]
    fn pretend(
        &mut self,
        tree: &mut Tree,
        events: &[Event],
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        let centre = mouse::Cursor::Available(layout.bounds().center());
        for event in events {
            let mut messages = Vec::new();
            let mut inner = Shell::new(&mut messages);
            self.content.as_widget_mut().update(
                &mut tree.children[0],
                event,
                layout,
                centre,
                renderer,
                clipboard,
                &mut inner,
                viewport,
            );
            shell.merge(inner, |message| message);
        }
    }

    fn events_for(&self, key: &Key, modifiers: keyboard::Modifiers) -> Option<Vec<Event>> {
        let Key::Named(named) = key else {
            return None;
        };
        if modifiers.control() || modifiers.alt() || modifiers.logo() {
            return None;
        }
        let left = mouse::Button::Left;
        match (self.kind, named) {
            (Kind::Press, Named::Enter | Named::Space) => Some(vec![
                Event::Mouse(mouse::Event::ButtonPressed(left)),
                Event::Mouse(mouse::Event::ButtonReleased(left)),
            ]),
            (
                Kind::Choice,
                Named::ArrowDown | Named::ArrowUp | Named::ArrowLeft | Named::ArrowRight,
            ) => {
                // A pick list changes its choice with Ctrl + wheel over it: a line down is the
                // next option. Left / Right follow the reading direction.
                let forward = match named {
                    Named::ArrowDown => true,
                    Named::ArrowUp => false,
                    Named::ArrowRight => !crate::i18n::is_rtl(),
                    _ => crate::i18n::is_rtl(),
                };
                let y = if forward { -1.0 } else { 1.0 };
                Some(vec![
                    Event::Keyboard(keyboard::Event::ModifiersChanged(
                        keyboard::Modifiers::COMMAND,
                    )),
                    Event::Mouse(mouse::Event::WheelScrolled {
                        delta: mouse::ScrollDelta::Lines { x: 0.0, y },
                    }),
                    Event::Keyboard(keyboard::Event::ModifiersChanged(modifiers)),
                ])
            }
            _ => None,
        }
    }
}

impl<'a, M: 'a> Widget<M, Theme, iced::Renderer> for Focus<'a, M> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
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
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        let state = tree.state.downcast_mut::<State>();
        operation.focusable(self.id.as_ref(), layout.bounds(), state);
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
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
        let focused = tree.state.downcast_ref::<State>().focused;
        match event {
            // A click elsewhere takes the focus away, as from a text input. A click on the
            // widget does not give it the focus: the ring is for the keyboard.
            Event::Mouse(mouse::Event::ButtonPressed(_))
                if focused && !cursor.is_over(layout.bounds()) =>
            {
                tree.state.downcast_mut::<State>().focused = false;
                shell.request_redraw();
            }
            Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. })
                if focused && !shell.is_event_captured() =>
            {
                if let Some(events) = self.events_for(key, *modifiers) {
                    self.pretend(tree, &events, layout, renderer, clipboard, shell, viewport);
                    shell.capture_event();
                    shell.request_redraw();
                    return;
                }
            }
            _ => {}
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
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
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
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
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
        if tree.state.downcast_ref::<State>().focused {
            use iced_core::Renderer as _;
            let ring = layout.bounds().expand(RING * 1.5);
            renderer.fill_quad(
                renderer::Quad {
                    bounds: ring,
                    border: Border {
                        color: ring_color(theme),
                        width: RING,
                        radius: (RING * 3.0).into(),
                    },
                    ..renderer::Quad::default()
                },
                Color::TRANSPARENT,
            );
        }
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

/// The ring's colour: the theme's strong primary (also in the high-contrast theme).
fn ring_color(theme: &Theme) -> Color {
    theme.extended_palette().primary.strong.color
}

impl<'a, M: 'a> From<Focus<'a, M>> for Element<'a, M> {
    fn from(focus: Focus<'a, M>) -> Self {
        Element::new(focus)
    }
}

/// Focuses the first focusable widget (text input, button, pick list…) inside the container
/// or scrollable with id `target`, and unfocuses every other one: a new section starts with
/// the keyboard on its first field.
pub fn focus_first_in<M: Send + 'static>(target: impl Into<Id>) -> iced::Task<M> {
    iced_runtime::task::effect(iced_runtime::Action::widget(FocusFirstIn {
        target: target.into(),
        entering: false,
        inside: false,
        done: false,
    }))
}

struct FocusFirstIn {
    target: Id,
    /// The target was just reported: its children come with the next `traverse`.
    entering: bool,
    inside: bool,
    done: bool,
}

impl<T> Operation<T> for FocusFirstIn {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<T>)) {
        if std::mem::take(&mut self.entering) {
            self.inside = true;
            operate(self);
            self.inside = false;
        } else {
            operate(self);
        }
    }

    fn container(&mut self, id: Option<&Id>, _bounds: Rectangle) {
        self.entering = id == Some(&self.target);
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        _bounds: Rectangle,
        _content_bounds: Rectangle,
        _translation: Vector,
        _state: &mut dyn operation::Scrollable,
    ) {
        self.entering = id == Some(&self.target);
    }

    fn focusable(
        &mut self,
        _id: Option<&Id>,
        _bounds: Rectangle,
        state: &mut dyn operation::Focusable,
    ) {
        if self.inside && !self.done {
            state.focus();
            self.done = true;
        } else {
            state.unfocus();
        }
    }
}

/// `content` (a field: a text input, with its calendar button for dates) that publishes
/// `on_blur` when the keyboard focus leaves it, whether by Tab, by a click elsewhere or by
/// a focus operation. iced 0.14 has no blur event: the focus inside is looked at on every
/// event and compared with what it was.
pub fn on_blur<'a, M: Clone + 'a>(
    content: impl Into<Element<'a, M>>,
    on_blur: M,
) -> Element<'a, M> {
    Element::new(Blur {
        content: content.into(),
        on_blur,
    })
}

struct Blur<'a, M> {
    content: Element<'a, M>,
    on_blur: M,
}

/// Whether anything inside the wrapped field had the focus at the last look.
#[derive(Debug, Default)]
struct BlurState {
    focused: bool,
}

/// Finds whether anything inside has the focus.
struct AnyFocused(bool);

impl Operation for AnyFocused {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn focusable(
        &mut self,
        _id: Option<&Id>,
        _bounds: Rectangle,
        state: &mut dyn operation::Focusable,
    ) {
        self.0 |= state.is_focused();
    }
}

impl<'a, M: Clone + 'a> Blur<'a, M> {
    fn look(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        shell: &mut Shell<'_, M>,
    ) {
        let mut probe = AnyFocused(false);
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, &mut probe);
        let state = tree.state.downcast_mut::<BlurState>();
        if state.focused && !probe.0 {
            shell.publish(self.on_blur.clone());
        }
        state.focused = probe.0;
    }
}

impl<'a, M: Clone + 'a> Widget<M, Theme, iced::Renderer> for Blur<'a, M> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<BlurState>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(BlurState::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
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
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
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
            .operate(&mut tree.children[0], layout, renderer, operation);
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
        // A focus operation (Tab) may have moved the focus since the last event.
        self.look(tree, layout, renderer, shell);
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
        self.look(tree, layout, renderer, shell);
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
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
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

/// Scrolls the innermost scrollable with an id that holds the focused widget so that the
/// widget is in view (Tab does not scroll by itself in iced 0.14).
pub fn scroll_to_focused<M: Send + 'static>() -> iced::Task<M> {
    iced_runtime::task::effect(iced_runtime::Action::widget(ScrollToFocused::default()))
}

/// Room left above or below the focused widget once scrolled to.
const SCROLL_MARGIN: f32 = 24.0;

/// A scrollable seen on the way down: its id, bounds and current offset.
type Viewport = (Id, Rectangle, Vector);

#[derive(Default)]
struct ScrollToFocused {
    /// The scrollable just reported: its content comes with the next `traverse`.
    pending: Option<Option<Viewport>>,
    /// The scrollables with an id around the widget being visited, innermost last.
    around: Vec<Option<Viewport>>,
    /// The focused widget's bounds (unscrolled) and the scrollable to move.
    found: Option<(Rectangle, Viewport)>,
}

impl Operation for ScrollToFocused {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        match self.pending.take() {
            Some(viewport) => {
                self.around.push(viewport);
                operate(self);
                self.around.pop();
            }
            None => operate(self),
        }
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        _content_bounds: Rectangle,
        translation: Vector,
        _state: &mut dyn operation::Scrollable,
    ) {
        self.pending = Some(id.map(|id| (id.clone(), bounds, translation)));
    }

    fn focusable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        state: &mut dyn operation::Focusable,
    ) {
        if state.is_focused()
            && let Some(viewport) = self.around.iter().rev().flatten().next()
        {
            self.found = Some((bounds, viewport.clone()));
        }
    }

    fn finish(&self) -> operation::Outcome<()> {
        let Some((widget, (id, viewport, offset))) = self.found.clone() else {
            return operation::Outcome::None;
        };
        let top = viewport.y + offset.y;
        let bottom = top + viewport.height;
        let to = if widget.y < top {
            widget.y - viewport.y - SCROLL_MARGIN
        } else if widget.y + widget.height > bottom {
            widget.y + widget.height - viewport.y - viewport.height + SCROLL_MARGIN
        } else {
            return operation::Outcome::None;
        };
        operation::Outcome::Chain(Box::new(operation::scrollable::scroll_to(
            id,
            operation::scrollable::AbsoluteOffset {
                x: None,
                y: Some(to.max(0.0)),
            },
        )))
    }
}
