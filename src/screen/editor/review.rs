//! The read-back review in section 12: draws `cittadinanza_core::review` (what is still
//! missing or wrong first, then every answer of the twelve sections grouped by section), each
//! line with *Change* that jumps to its field. The summary PDF prints the same review.

use cittadinanza_core::model::SectionId;
use cittadinanza_core::review::{self, Line, Review};
use iced::widget::{Column, button, container, text};
use iced::{Element, Length};

use super::{Editor, Message};
use crate::i18n::{t, t_args};
use crate::widget::{identified, label, mirrored_row, pressable};

impl Editor {
    /// The review of the open draft, in the interface language.
    pub fn review(&self) -> Review {
        review::build_from(
            self.application(),
            self.draft.json(),
            self.statuses(),
            &|id, args| t_args(id, args),
        )
    }

    /// The review shown at the top of section 12.
    pub(super) fn view_review(&self) -> Element<'_, Message> {
        let review = self.review();
        let mut content = Column::new()
            .spacing(12)
            .push(label(t("review-title")).size(20))
            .push(label(t("review-intro")).size(13));

        if review.missing.is_empty() {
            content = content.push(identified(
                "review-nothing-missing",
                label(review.missing_heading).style(text::success),
            ));
        } else {
            let mut missing = Column::new()
                .spacing(6)
                .push(label(review.missing_heading).size(16).style(text::danger));
            for line in &review.missing {
                missing = missing.push(change_row(line));
            }
            content = content.push(
                container(missing)
                    .padding(10)
                    .width(Length::Fill)
                    .style(container::bordered_box),
            );
        }

        content = content.push(label(review.answers_heading).size(16));
        for group in review.groups {
            let state = label(group.state).size(13).style(if group.complete {
                text::success
            } else {
                text::danger
            });
            let heading = mirrored_row(vec![
                label(group.title).size(16).into(),
                state.into(),
                pressable(
                    format!("review-change:{}", group.section.key()),
                    button(text(t("review-change")))
                        .style(button::secondary)
                        .padding([4, 10])
                        .on_press(Message::SelectSection(group.section)),
                ),
            ])
            .spacing(10);
            let mut lines = Column::new().spacing(4).push(heading);
            if group.answers.is_empty() {
                lines = lines.push(
                    label(review.no_answers.clone())
                        .size(13)
                        .style(text::secondary),
                );
            }
            for answer in &group.answers {
                lines = lines.push(change_row(answer));
            }
            content = content.push(
                container(lines)
                    .padding(10)
                    .width(Length::Fill)
                    .style(container::rounded_box),
            );
        }
        identified("review", content)
    }
}

/// A line of the review with its *Change* button (id `review-change:<path>`).
fn change_row<'a>(line: &Line) -> Element<'a, Message> {
    let section: SectionId = line.section;
    mirrored_row(vec![
        label(line.text()).size(13).into(),
        pressable(
            format!("review-change:{}", line.path),
            button(text(t("review-change")).size(13))
                .style(button::text)
                .padding([2, 8])
                .on_press(Message::Jump(section, line.path.clone())),
        ),
    ])
    .spacing(8)
    .into()
}
