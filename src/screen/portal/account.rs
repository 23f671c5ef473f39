//! The portal screen's account: sign in, create an applicant account, sign out, and the
//! sign-in remembered in the keyring (or forgotten when the portal no longer accepts it).

use cittadinanza_core::portal::{Credentials, PortalError, Role};
use iced::widget::{button, column, text, text_input};
use iced::{Element, Task};

use super::{Context, Message, Portal, card};
use crate::i18n::{t, t_args};
use crate::portal::{Account, off_runtime};
use crate::store::UiError;
use crate::widget::{identified, label, mirrored_row};

impl Portal {
    pub(super) fn update_account(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> Task<Message> {
        match message {
            Message::EmailChanged(email) => {
                self.email = email;
                Task::none()
            }
            Message::PasswordChanged(password) => {
                self.password = password;
                Task::none()
            }
            Message::SignIn => self.authenticate(false),
            Message::Register => self.authenticate(true),
            Message::SignedIn(result) => {
                self.busy = false;
                match result {
                    Ok((account, not_remembered)) => {
                        self.account = Some(account);
                        self.password.clear();
                        self.error = not_remembered;
                        self.offline = false;
                        self.sync_now(context)
                    }
                    Err(error) => {
                        self.error = Some(error);
                        Task::none()
                    }
                }
            }
            Message::SignOut => {
                let Some(connection) = self.connection.clone() else {
                    return Task::none();
                };
                self.busy = true;
                let tokens = self.tokens.clone();
                Task::perform(
                    async move {
                        // Ending the session on the server is best effort (it may be offline).
                        let _ = connection.client.sign_out().await;
                        let client = connection.client.clone();
                        off_runtime(move || tokens.remember(&client, None)).await
                    },
                    |result| Message::SignedOut(result.map_err(UiError::from)),
                )
            }
            Message::SignedOut(result) => {
                self.busy = false;
                self.account = None;
                self.conflicts.clear();
                self.reports.clear();
                self.receipt = None;
                self.error = result.err();
                Task::none()
            }
            Message::Forgotten(result) => {
                if let Err(error) = result {
                    self.error = Some(error);
                }
                Task::none()
            }
            _ => Task::none(),
        }
    }

    pub(super) fn authenticate(&mut self, register: bool) -> Task<Message> {
        let Some(portal) = self.connection.clone() else {
            return Task::none();
        };
        let credentials = Credentials {
            email: self.email.trim().to_string(),
            password: self.password.clone(),
        };
        if credentials.email.is_empty() || credentials.password.is_empty() {
            self.error = Some(UiError::new("portal-credentials-required"));
            return Task::none();
        }
        self.busy = true;
        self.error = None;
        let tokens = self.tokens.clone();
        Task::perform(
            async move {
                let session = if register {
                    portal.client.register(&credentials).await?
                } else {
                    portal.client.sign_in(&credentials).await?
                };
                let account = Account {
                    email: session.email,
                    role: session.role,
                };
                let client = portal.client.clone();
                let remembered = account.clone();
                // Failing to remember only means signing in again next time: say so.
                let not_remembered =
                    off_runtime(move || tokens.remember(&client, Some(&remembered)))
                        .await
                        .err()
                        .map(UiError::from);
                Ok((account, not_remembered))
            },
            |result: Result<(Account, Option<UiError>), PortalError>| {
                Message::SignedIn(result.map_err(UiError::from))
            },
        )
    }

    pub(super) fn forget_sign_in(&self) -> Task<Message> {
        let Some(portal) = self.connection.clone() else {
            return Task::none();
        };
        let tokens = self.tokens.clone();
        Task::perform(
            off_runtime(move || tokens.remember(&portal.client, None)),
            |result| Message::Forgotten(result.map_err(UiError::from)),
        )
    }

    pub(super) fn view_account<'a>(&'a self, portal_url: &'a str) -> Element<'a, Message> {
        let address = label(t_args("portal-address", &[("url", portal_url)]))
            .size(13)
            .style(text::secondary);
        let body: Element<'a, Message> = match &self.account {
            Some(account) => {
                let role = match account.role {
                    Role::Applicant => t("portal-role-applicant"),
                    Role::Operator => t("portal-role-operator"),
                };
                mirrored_row(vec![
                    identified(
                        "portal-signed-in",
                        label(t_args(
                            "portal-signed-in-as",
                            &[("email", account.email.as_str()), ("role", role.as_str())],
                        )),
                    ),
                    identified(
                        "portal-sign-out",
                        button(text(t("portal-sign-out")))
                            .style(button::secondary)
                            .on_press_maybe((!self.busy).then_some(Message::SignOut)),
                    ),
                ])
                .spacing(12)
                .into()
            }
            None => {
                let ready = self.connection.is_some() && !self.busy;
                let email = text_input(&t("portal-email"), &self.email)
                    .id("portal-email")
                    .on_input(Message::EmailChanged)
                    .padding(8);
                let password = text_input(&t("portal-password"), &self.password)
                    .id("portal-password")
                    .secure(true)
                    .on_input(Message::PasswordChanged)
                    .on_submit(Message::SignIn)
                    .padding(8);
                column![
                    label(t("portal-email")).size(13),
                    email,
                    label(t("portal-password")).size(13),
                    password,
                    mirrored_row(vec![
                        identified(
                            "portal-sign-in",
                            button(text(t("portal-sign-in")))
                                .on_press_maybe(ready.then_some(Message::SignIn)),
                        ),
                        identified(
                            "portal-register",
                            button(text(t("portal-register")))
                                .style(button::secondary)
                                .on_press_maybe(ready.then_some(Message::Register)),
                        ),
                    ])
                    .spacing(12),
                    label(t("portal-register-hint"))
                        .size(13)
                        .style(text::secondary),
                ]
                .spacing(8)
                .into()
            }
        };
        card(column![address, body].spacing(8))
    }
}
