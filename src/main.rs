#![forbid(unsafe_code)]

fn main() -> iced::Result {
    iced::run(App::update, App::view)
}

#[derive(Default)]
struct App;

impl App {
    fn update(&mut self, _message: ()) {}
    fn view(&self) -> iced::Element<'_, ()> {
        iced::widget::text("cittadinanza").into()
    }
}
