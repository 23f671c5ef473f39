//! Preferences: language, theme, text size, data folder, portal address, help-desk mode.
//!
//! The application owns the settings: the screen reads them from its [`Context`] and hands a
//! changed copy back as [`Event::Changed`], which the application applies and saves.

use std::path::PathBuf;

use iced::widget::{
    Column, button, checkbox, column, container, pick_list, slider, text, text_input,
};
use iced::{Element, Length, Task};

use crate::file_dialog::Picked;
use crate::i18n::{Language, t, t_args};
use crate::settings::{MAX_SCALE, MIN_SCALE, Settings};
use crate::theme::ThemeChoice;
use crate::widget::field::labelled;
use crate::widget::{identified, label, mirrored_row};

#[derive(Debug, Clone)]
pub enum Message {
    Language(Language),
    Theme(ThemeChoice),
    TextScale(f32),
    PortalUrl(String),
    HelpDesk(bool),
    ChooseDataDir,
    DataDirPicked(Option<PathBuf>),
    /// No folder chooser could be shown: the folder's path is typed (the text so far).
    DataDirTyped(String),
    UseTypedDataDir,
    ResetDataDir,
}

/// What the screen keeps besides the settings: the folder typed when no chooser can be shown.
#[derive(Debug, Default)]
pub struct SettingsScreen {
    typed_dir: Option<String>,
    typed_error: Option<crate::store::UiError>,
}

/// What the screen reads from the application.
pub struct Context<'a> {
    /// The settings in use.
    pub settings: &'a Settings,
}

/// What the application must react to.
#[derive(Debug, Clone)]
pub enum Event {
    /// The settings as the user changed them: the application applies and saves them.
    Changed(Settings),
}

#[derive(Debug, Clone, PartialEq)]
struct ThemeOption(ThemeChoice);

impl std::fmt::Display for ThemeOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t(self.0.label_id()))
    }
}

impl SettingsScreen {
    /// A change to the settings (raised as [`Event::Changed`]), or a dialog to show.
    pub fn update(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let mut settings = context.settings.clone();
        match message {
            Message::Language(language) => settings.language = language,
            Message::Theme(theme) => settings.theme = theme,
            Message::TextScale(scale) => settings.text_scale = scale.clamp(MIN_SCALE, MAX_SCALE),
            Message::PortalUrl(url) => settings.portal_url = url,
            Message::HelpDesk(on) => settings.help_desk = on,
            Message::ChooseDataDir => {
                let choose =
                    Task::perform(crate::file_dialog::pick_folder(), |picked| match picked {
                        Picked::File(dir) => Message::DataDirPicked(Some(dir)),
                        Picked::Cancelled => Message::DataDirPicked(None),
                        Picked::Unavailable => Message::DataDirTyped(String::new()),
                    });
                return (choose, None);
            }
            Message::DataDirPicked(None) => return (Task::none(), None),
            Message::DataDirPicked(Some(dir)) => settings.data_dir = Some(dir),
            Message::DataDirTyped(typed) => {
                self.typed_dir = Some(typed);
                self.typed_error = None;
                return (Task::none(), None);
            }
            Message::UseTypedDataDir => {
                let typed = self.typed_dir.clone().unwrap_or_default();
                let Some(dir) = crate::file_dialog::existing_folder(&typed) else {
                    self.typed_error = Some(crate::file_dialog::typed_path_error(
                        "file-dialog-folder-not-found",
                        &typed,
                    ));
                    return (Task::none(), None);
                };
                settings.data_dir = Some(dir);
                self.typed_dir = None;
            }
            Message::ResetDataDir => settings.data_dir = None,
        }
        (Task::none(), Some(Event::Changed(settings)))
    }

    /// `current_data_dir` is the folder in use now (a change applies at the next start).
    pub fn view<'a>(
        &'a self,
        settings: &'a Settings,
        current_data_dir: &'a std::path::Path,
    ) -> Element<'a, Message> {
        let themes: Vec<ThemeOption> = ThemeChoice::ALL.into_iter().map(ThemeOption).collect();
        let chosen_dir = settings.data_dir.as_deref().unwrap_or(current_data_dir);
        let mut data_dir = column![
            label(chosen_dir.display().to_string()),
            mirrored_row(vec![
                identified(
                    "settings-choose-folder",
                    button(text(t("settings-choose-folder")))
                        .style(button::secondary)
                        .on_press(Message::ChooseDataDir),
                ),
                button(text(t("settings-default-folder")))
                    .style(button::secondary)
                    .on_press(Message::ResetDataDir)
                    .into(),
            ])
            .spacing(10),
        ]
        .spacing(6);
        if let Some(typed) = &self.typed_dir {
            data_dir = data_dir.push(crate::file_dialog::typed_path_row(
                "file-dialog-no-folder-dialog",
                "settings-data-dir-path",
                "file-dialog-folder-placeholder",
                typed,
                Message::DataDirTyped,
                "settings-data-dir-typed",
                t("file-dialog-use-folder"),
                Message::UseTypedDataDir,
            ));
            if let Some(error) = &self.typed_error {
                data_dir = data_dir.push(label(error.text()).size(13).style(text::danger));
            }
        }
        if chosen_dir != current_data_dir {
            data_dir = data_dir.push(
                label(t("settings-restart-needed"))
                    .size(13)
                    .style(text::warning),
            );
        }

        let content = Column::new()
            .spacing(20)
            .push(label(t("settings-title")).size(26))
            .push(labelled(
                t("settings-language"),
                identified(
                    "settings-language",
                    pick_list(Language::ALL, Some(settings.language), Message::Language)
                        .padding(8)
                        .width(Length::Fill),
                ),
                None,
            ))
            .push(labelled(
                t("settings-theme"),
                pick_list(
                    themes,
                    Some(ThemeOption(settings.theme)),
                    |o: ThemeOption| Message::Theme(o.0),
                )
                .width(Length::Fill)
                .into(),
                None,
            ))
            .push(labelled(
                t_args(
                    "settings-text-scale",
                    &[("percent", format!("{:.0}", settings.text_scale * 100.0))],
                ),
                slider(
                    MIN_SCALE..=MAX_SCALE,
                    settings.text_scale,
                    Message::TextScale,
                )
                .step(0.1)
                .into(),
                None,
            ))
            .push(labelled(t("settings-data-folder"), data_dir.into(), None))
            .push(labelled(
                t("settings-portal-url"),
                portal_url_field(&settings.portal_url),
                None,
            ))
            .push(
                column![
                    checkbox(settings.help_desk)
                        .label(t("settings-help-desk"))
                        .on_toggle(Message::HelpDesk),
                    label(t("settings-help-desk-hint"))
                        .size(13)
                        .style(text::secondary),
                ]
                .spacing(4),
            );
        container(content.max_width(640))
            .padding(24)
            .width(Length::Fill)
            .center_x(Length::Fill)
            .into()
    }
}

/// The portal address with, under it, why it cannot be used (not a URL, or `http://` towards
/// another computer), checked as the client will check it.
fn portal_url_field(url: &str) -> Element<'_, Message> {
    let input = text_input("https://", url)
        .id("settings-portal-url")
        .on_input(Message::PortalUrl)
        .padding(8);
    let mut field = column![input].spacing(4);
    if let Some(error) = portal_url_error(url) {
        field = field.push(identified(
            "settings-portal-url-error",
            label(error).size(13).style(text::danger),
        ));
    }
    field.into()
}

/// The translated reason an address cannot be used, `None` when it can (or is still empty).
pub fn portal_url_error(url: &str) -> Option<String> {
    if url.trim().is_empty() {
        return None;
    }
    cittadinanza_core::portal::check_base_url(url)
        .err()
        .map(|error| crate::store::UiError::from(error).text())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The event a message raises on `settings`, which the screen never changes itself.
    fn send(screen: &mut SettingsScreen, settings: &Settings, message: Message) -> Option<Event> {
        let (_, event) = screen.update(message, &Context { settings });
        event
    }

    #[test]
    fn a_change_is_raised_on_a_copy_of_the_settings() {
        let settings = Settings::default();
        let mut screen = SettingsScreen::default();
        let Some(Event::Changed(changed)) =
            send(&mut screen, &settings, Message::TextScale(MAX_SCALE + 5.0))
        else {
            panic!("a change is raised");
        };
        assert!(
            (changed.text_scale - MAX_SCALE).abs() < f32::EPSILON,
            "clamped"
        );
        assert_eq!(
            Settings {
                text_scale: settings.text_scale,
                ..changed
            },
            settings,
            "nothing else changed"
        );
        assert!(send(&mut screen, &settings, Message::DataDirPicked(None)).is_none());
    }

    #[test]
    fn a_typed_folder_is_used_only_when_it_exists() {
        let settings = Settings::default();
        let mut screen = SettingsScreen::default();
        let folder = tempfile::tempdir().expect("folder");
        let missing = folder.path().join("missing");
        let typed = missing.display().to_string();
        assert!(send(&mut screen, &settings, Message::DataDirTyped(typed)).is_none());
        assert!(send(&mut screen, &settings, Message::UseTypedDataDir).is_none());
        assert_eq!(
            screen.typed_error.as_ref().map(|e| e.id.as_str()),
            Some("file-dialog-folder-not-found")
        );
        let typed = folder.path().display().to_string();
        send(&mut screen, &settings, Message::DataDirTyped(typed));
        let Some(Event::Changed(changed)) = send(&mut screen, &settings, Message::UseTypedDataDir)
        else {
            panic!("the folder is taken");
        };
        assert_eq!(changed.data_dir.as_deref(), Some(folder.path()));
        assert!(screen.typed_dir.is_none() && screen.typed_error.is_none());
    }
}
