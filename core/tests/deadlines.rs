//! Phases and deadlines of the procedure, with month ends and leap years.

use chrono::NaiveDate;
use cittadinanza_core::model::{Application, AttachedDocument, CriminalCertificate, DocumentKind};
use cittadinanza_core::rules::deadlines::{
    CertificateIssue, DeadlineKind, DecreeOutcome, Opinion, Phase, PhaseState, ProcedureEvents,
    TenBisNotice, Timeline, add_months, timeline,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn due(timeline: &Timeline, kind: DeadlineKind) -> NaiveDate {
    timeline
        .deadlines
        .iter()
        .find(|deadline| deadline.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {:#?}", timeline.deadlines))
        .due
}

fn kinds(timeline: &Timeline) -> Vec<DeadlineKind> {
    timeline.deadlines.iter().map(|d| d.kind).collect()
}

fn phases(timeline: &Timeline) -> Vec<(Phase, PhaseState)> {
    timeline.phases.iter().map(|p| (p.phase, p.state)).collect()
}

fn accepted_application() -> ProcedureEvents {
    ProcedureEvents {
        draft_started: Some(d(2024, 1, 10)),
        submitted: Some(d(2024, 2, 29)),
        accepted: Some(d(2024, 3, 12)),
        k10_number: "K10/0123456".into(),
        ..Default::default()
    }
}

#[test]
fn month_arithmetic() {
    assert_eq!(add_months(d(2025, 8, 31), 6), d(2026, 2, 28));
    assert_eq!(add_months(d(2027, 8, 31), 6), d(2028, 2, 29));
    assert_eq!(add_months(d(2024, 2, 29), 24), d(2026, 2, 28));
    assert_eq!(add_months(d(2024, 2, 29), 48), d(2028, 2, 29));
    assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
}

#[test]
fn draft_phase_and_criminal_record_expiry() {
    let events = ProcedureEvents {
        draft_started: Some(d(2026, 1, 5)),
        criminal_certificates: vec![
            CertificateIssue {
                country: "Marocco".into(),
                issued: Some(d(2025, 8, 31)),
            },
            CertificateIssue {
                country: "Spagna".into(),
                issued: Some(d(2026, 1, 20)),
            },
        ],
        ..Default::default()
    };
    let today = d(2026, 2, 16);
    let timeline = timeline(&events, today);
    assert_eq!(timeline.current().map(|p| p.phase), Some(Phase::Draft));
    assert_eq!(
        phases(&timeline)[..3],
        [
            (Phase::Draft, PhaseState::Current),
            (Phase::Submitted, PhaseState::Future),
            (Phase::Accepted, PhaseState::Future),
        ]
    );
    let first = &timeline.deadlines[0];
    assert_eq!(first.kind, DeadlineKind::CriminalRecordExpiry);
    assert_eq!(first.subject.as_deref(), Some("Marocco"));
    // 31 Aug 2025 + 6 months = 28 Feb 2026, 12 days after 16 Feb: urgent.
    assert_eq!(first.due, d(2026, 2, 28));
    assert_eq!(first.days_left, 12);
    assert!(first.urgent);
    let second = &timeline.deadlines[1];
    assert_eq!(second.due, d(2026, 7, 20));
    assert!(!second.urgent);
    assert_eq!(timeline.urgent().count(), 1);
    // Once submitted, the certificates' validity no longer matters.
    let submitted = ProcedureEvents {
        submitted: Some(d(2026, 2, 16)),
        ..events
    };
    assert!(!kinds(&timeline_of(&submitted, today)).contains(&DeadlineKind::CriminalRecordExpiry));
}

fn timeline_of(events: &ProcedureEvents, today: NaiveDate) -> Timeline {
    timeline(events, today)
}

#[test]
fn processing_limit_before_and_after_the_reform() {
    let mut events = accepted_application();
    let t = timeline(&events, d(2024, 6, 1));
    // Submitted 29 Feb 2024: 24 months -> 28 Feb 2026, 36 months -> 28 Feb 2027.
    assert_eq!(due(&t, DeadlineKind::ProcessingLimit), d(2026, 2, 28));
    assert_eq!(
        due(&t, DeadlineKind::ProcessingLimitExtended),
        d(2027, 2, 28)
    );
    assert!(t.deadlines.iter().all(|d| !d.urgent));
    assert_eq!(
        t.current().map(|p| p.phase),
        Some(Phase::PreliminaryAssessment)
    );

    events.submitted = Some(d(2020, 12, 19));
    let t = timeline(&events, d(2024, 6, 1));
    assert_eq!(due(&t, DeadlineKind::ProcessingLimit), d(2024, 12, 19));
    assert!(!kinds(&t).contains(&DeadlineKind::ProcessingLimitExtended));

    events.submitted = Some(d(2020, 12, 20));
    let t = timeline(&events, d(2024, 6, 1));
    assert_eq!(due(&t, DeadlineKind::ProcessingLimit), d(2022, 12, 20));
    assert_eq!(
        due(&t, DeadlineKind::ProcessingLimitExtended),
        d(2023, 12, 20)
    );
    assert!(t.deadlines.iter().all(|d| d.is_past()));
    assert_eq!(t.upcoming().count(), 0);
}

#[test]
fn ten_bis_window_per_notice() {
    let mut events = accepted_application();
    events.ten_bis_notices = vec![
        TenBisNotice {
            received: Some(d(2025, 1, 10)),
            response_days: None,
            answered: Some(d(2025, 1, 15)),
        },
        TenBisNotice {
            received: Some(d(2026, 2, 20)),
            response_days: Some(30),
            answered: None,
        },
        TenBisNotice {
            received: Some(d(2026, 2, 25)),
            response_days: None,
            answered: None,
        },
    ];
    let t = timeline(&events, d(2026, 2, 26));
    let windows: Vec<_> = t
        .deadlines
        .iter()
        .filter(|d| d.kind == DeadlineKind::TenBisResponse)
        .map(|d| {
            (
                d.subject.clone().unwrap_or_default(),
                d.due,
                d.days_left,
                d.urgent,
            )
        })
        .collect();
    // Default 10 days (L. 241/1990); 30 when the notice says so. 2026 is not a leap year.
    assert_eq!(
        windows,
        vec![
            ("3".to_string(), d(2026, 3, 7), 9, true),
            ("2".to_string(), d(2026, 3, 22), 24, false),
        ]
    );
    assert_eq!(t.current().map(|p| p.phase), Some(Phase::TenBisNotice));
    assert_eq!(
        t.phases
            .iter()
            .find(|p| p.phase == Phase::TenBisNotice)
            .and_then(|p| p.date),
        Some(d(2025, 1, 10))
    );
}

#[test]
fn granted_decree_notification_oath_citizen() {
    let mut events = accepted_application();
    events.prefecture_opinion = Some(d(2025, 5, 2));
    events.opinion = Some(Opinion::Favourable);
    events.decree = Some(d(2025, 11, 3));
    events.decree_outcome = Some(DecreeOutcome::Granted);
    events.notified = Some(d(2026, 3, 31));
    let t = timeline(&events, d(2026, 9, 20));
    // 31 Mar + 6 months = 30 Sep: 10 days left.
    assert_eq!(kinds(&t), vec![DeadlineKind::Oath]);
    assert_eq!(t.deadlines[0].due, d(2026, 9, 30));
    assert_eq!(t.deadlines[0].days_left, 10);
    assert!(t.deadlines[0].urgent);
    assert_eq!(t.current().map(|p| p.phase), Some(Phase::Notification));

    // Oath scheduled: no deadline any more, citizen from the day after.
    events.oath = Some(d(2026, 6, 10));
    let before = timeline(&events, d(2026, 6, 10));
    assert!(before.deadlines.is_empty());
    assert_eq!(before.current().map(|p| p.phase), Some(Phase::Oath));
    let citizen = before
        .phases
        .iter()
        .find(|p| p.phase == Phase::Citizen)
        .expect("citizen phase");
    assert_eq!(citizen.date, Some(d(2026, 6, 11)));
    assert_eq!(citizen.state, PhaseState::Future);
    let after = timeline(&events, d(2026, 6, 11));
    assert_eq!(after.current().map(|p| p.phase), Some(Phase::Citizen));
    assert!(
        after.phases[..after.phases.len() - 1]
            .iter()
            .all(|p| p.state == PhaseState::Done)
    );
}

#[test]
fn rejection_decree_appeals_and_reapply_after_a_year() {
    let mut events = accepted_application();
    events.prefecture_opinion = Some(d(2025, 5, 2));
    events.opinion = Some(Opinion::Unfavourable);
    events.decree = Some(d(2025, 12, 1));
    events.decree_outcome = Some(DecreeOutcome::Rejected);
    events.notified = Some(d(2025, 12, 31));
    let t = timeline(&events, d(2026, 2, 15));
    assert_eq!(
        kinds(&t),
        vec![
            DeadlineKind::TarAppeal,
            DeadlineKind::PresidentAppeal,
            DeadlineKind::ReapplyFrom
        ]
    );
    // 31 Dec 2025 + 60 days = 1 Mar 2026; + 120 days = 30 Apr 2026; + 1 year = 31 Dec 2026.
    assert_eq!(due(&t, DeadlineKind::TarAppeal), d(2026, 3, 1));
    assert_eq!(due(&t, DeadlineKind::PresidentAppeal), d(2026, 4, 30));
    assert_eq!(due(&t, DeadlineKind::ReapplyFrom), d(2026, 12, 31));
    assert!(t.deadlines[0].urgent);
    assert!(
        !t.deadlines[2].urgent,
        "reapplying is not a deadline to meet"
    );
    let phase_list: Vec<Phase> = t.phases.iter().map(|p| p.phase).collect();
    assert!(phase_list.contains(&Phase::Rejected));
    assert!(!phase_list.contains(&Phase::Oath));
    assert_eq!(t.current().map(|p| p.phase), Some(Phase::Notification));
}

#[test]
fn appeal_windows_in_a_leap_year() {
    let mut events = accepted_application();
    events.decree = Some(d(2027, 12, 1));
    events.decree_outcome = Some(DecreeOutcome::Rejected);
    events.notified = Some(d(2027, 12, 31));
    let t = timeline(&events, d(2028, 1, 5));
    // 2028 is a leap year: 31 Dec 2027 + 60 days = 29 Feb 2028.
    assert_eq!(due(&t, DeadlineKind::TarAppeal), d(2028, 2, 29));
    assert_eq!(due(&t, DeadlineKind::PresidentAppeal), d(2028, 4, 29));
}

#[test]
fn inadmissibility_reapply_immediately() {
    let mut events = accepted_application();
    events.ten_bis_notices = vec![TenBisNotice {
        received: Some(d(2025, 3, 1)),
        response_days: Some(30),
        answered: None,
    }];
    events.inadmissible = Some(d(2025, 5, 5));
    events.notified = Some(d(2025, 5, 20));
    events.criminal_certificates = vec![CertificateIssue {
        country: "Perù".into(),
        issued: Some(d(2025, 4, 30)),
    }];
    let t = timeline(&events, d(2025, 6, 1));
    assert_eq!(due(&t, DeadlineKind::ReapplyFrom), d(2025, 5, 20));
    assert_eq!(due(&t, DeadlineKind::TarAppeal), d(2025, 7, 19));
    // Reapplying needs a valid certificate: 30 Apr + 6 months = 30 Oct.
    assert_eq!(due(&t, DeadlineKind::CriminalRecordExpiry), d(2025, 10, 30));
    // The notice's window is moot once the prefecture decided.
    assert!(!kinds(&t).contains(&DeadlineKind::TenBisResponse));
    let phase_list: Vec<Phase> = t.phases.iter().map(|p| p.phase).collect();
    assert_eq!(
        phase_list,
        vec![
            Phase::Draft,
            Phase::Submitted,
            Phase::Accepted,
            Phase::PreliminaryAssessment,
            Phase::TenBisNotice,
            Phase::Inadmissible,
            Phase::Notification,
        ]
    );
}

#[test]
fn submission_rejected_by_the_prefecture() {
    let events = ProcedureEvents {
        submitted: Some(d(2026, 3, 2)),
        submission_rejected: Some(d(2026, 3, 9)),
        criminal_certificates: vec![CertificateIssue {
            country: "Albania".into(),
            issued: Some(d(2025, 10, 1)),
        }],
        ..Default::default()
    };
    let t = timeline(&events, d(2026, 3, 20));
    assert_eq!(
        phases(&t),
        vec![
            (Phase::Draft, PhaseState::Done),
            (Phase::Submitted, PhaseState::Done),
            (Phase::SubmissionRejected, PhaseState::Current),
        ]
    );
    assert_eq!(kinds(&t), vec![DeadlineKind::CriminalRecordExpiry]);
    assert_eq!(t.deadlines[0].due, d(2026, 4, 1));
    assert!(t.deadlines[0].urgent);
}

#[test]
fn events_from_the_application() {
    let mut app = Application::new();
    app.k10_number = " K10/C/0000042 ".into();
    app.judicial.certificates = vec![
        CriminalCertificate {
            country: "Marocco".into(),
            issue_date: "01/02/2026".into(),
            ..Default::default()
        },
        CriminalCertificate {
            country: "Francia".into(),
            issue_date: "non so".into(),
            ..Default::default()
        },
    ];
    app.documents.attached = vec![AttachedDocument {
        vault_id: "v1".into(),
        kind: Some(DocumentKind::CriminalRecord),
        country: "marocco".into(),
        issue_date: "2026-02-05".into(),
        ..Default::default()
    }];
    let events = ProcedureEvents::default().with_application(&app);
    assert_eq!(events.k10_number, "K10/C/0000042");
    assert_eq!(
        events.criminal_certificates,
        // Section 8's date counts (the attachment's differs: the Documents section says so);
        // Francia has no usable date yet.
        vec![CertificateIssue {
            country: "Marocco".into(),
            issued: Some(d(2026, 2, 1)),
        }]
    );
}

#[test]
fn deadline_messages_and_stable_keys() {
    let mut events = accepted_application();
    events.ten_bis_notices = vec![TenBisNotice {
        received: Some(d(2026, 2, 20)),
        response_days: None,
        answered: None,
    }];
    let t = timeline(&events, d(2026, 2, 25));
    let notice = t
        .deadlines
        .iter()
        .find(|d| d.kind == DeadlineKind::TenBisResponse)
        .expect("10-bis window");
    assert_eq!(notice.message_id(), "deadline-ten-bis-response");
    assert_eq!(notice.description_id(), "deadline-ten-bis-response-desc");
    assert_eq!(notice.key(), "ten-bis-response/1");
    assert_eq!(
        notice.args(),
        vec![
            ("date", "02/03/2026".to_string()),
            ("from", "20/02/2026".to_string()),
            ("days", "5".to_string()),
            ("subject", "1".to_string()),
        ]
    );
    // The key does not depend on the dates, so a corrected date keeps the calendar UID.
    events.ten_bis_notices[0].received = Some(d(2026, 2, 21));
    let again = timeline(&events, d(2026, 2, 25));
    assert!(
        again
            .deadlines
            .iter()
            .any(|d| d.key() == "ten-bis-response/1")
    );
}

#[test]
fn ten_bis_notices_suspend_the_processing_limit() {
    let mut events = accepted_application();
    // Submitted 29 Feb 2024: 24 months -> 28 Feb 2026 without notices.
    events.ten_bis_notices = vec![TenBisNotice {
        received: Some(d(2025, 1, 10)),
        response_days: Some(30),
        answered: Some(d(2025, 1, 20)),
    }];
    // Suspended from 10 Jan to 30 Jan (ten days after the answer): 20 days.
    let t = timeline(&events, d(2025, 6, 1));
    assert_eq!(due(&t, DeadlineKind::ProcessingLimit), d(2026, 3, 20));
    assert_eq!(
        due(&t, DeadlineKind::ProcessingLimitExtended),
        d(2027, 3, 20)
    );

    // No answer: suspended for the whole 30-day window; an overlapping notice counts once.
    events.ten_bis_notices = vec![
        TenBisNotice {
            received: Some(d(2025, 1, 10)),
            response_days: Some(30),
            answered: None,
        },
        TenBisNotice {
            received: Some(d(2025, 1, 25)),
            response_days: None,
            answered: None,
        },
    ];
    let t = timeline(&events, d(2025, 6, 1));
    assert_eq!(due(&t, DeadlineKind::ProcessingLimit), d(2026, 3, 30));
}

#[test]
fn ten_bis_notices_before_july_2020_interrupted_the_term() {
    let events = ProcedureEvents {
        submitted: Some(d(2019, 3, 1)),
        accepted: Some(d(2019, 3, 8)),
        ten_bis_notices: vec![TenBisNotice {
            received: Some(d(2020, 2, 3)),
            response_days: None,
            answered: Some(d(2020, 2, 10)),
        }],
        ..Default::default()
    };
    // 48 months from the answer, not from the submission.
    let t = timeline(&events, d(2021, 1, 1));
    assert_eq!(due(&t, DeadlineKind::ProcessingLimit), d(2024, 2, 10));
    assert_eq!(t.deadlines[0].from, d(2019, 3, 1));
}

// ------------------------------------------------------------------ non-working days (issue 12.1)

fn find(t: &Timeline, kind: DeadlineKind) -> &cittadinanza_core::rules::deadlines::Deadline {
    t.deadlines
        .iter()
        .find(|x| x.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?}"))
}

#[test]
fn appeal_ending_on_a_sunday_moves_and_has_a_safe_day() {
    use cittadinanza_core::rules::deadlines::TermRule;
    // Rejection notified on 31/12/2025: 60 days end on Sunday 01/03/2026.
    let events = ProcedureEvents {
        submitted: Some(d(2024, 2, 29)),
        accepted: Some(d(2024, 3, 12)),
        decree: Some(d(2025, 12, 1)),
        decree_outcome: Some(DecreeOutcome::Rejected),
        notified: Some(d(2025, 12, 31)),
        ..Default::default()
    };
    let t = timeline(&events, d(2026, 1, 10));
    let tar = find(&t, DeadlineKind::TarAppeal);
    assert_eq!(tar.due, d(2026, 3, 1));
    assert_eq!(tar.moved_to, Some(d(2026, 3, 2)));
    assert_eq!(tar.safe, d(2026, 2, 27));
    assert_eq!(tar.kind.term_rule(), TermRule::Judicial);
    let (id, args) = tar.non_working_message().expect("note");
    assert_eq!(id, "deadline-non-working-judicial");
    assert!(args.contains(&("day", "holiday-sunday".to_string())));
    assert!(args.contains(&("safe", "27/02/2026".to_string())));
    // 120 days end on Thursday 30/04/2026, a working day: nothing moves.
    let president = find(&t, DeadlineKind::PresidentAppeal);
    assert_eq!(president.due, d(2026, 4, 30));
    assert_eq!((president.moved_to, president.safe), (None, d(2026, 4, 30)));
    assert!(president.non_working_message().is_none());
    // A "from" date never moves.
    assert_eq!(find(&t, DeadlineKind::ReapplyFrom).moved_to, None);
}

#[test]
fn ten_bis_window_ending_on_easter_monday_and_on_christmas() {
    // Received Friday 27/03/2026 + 10 days = Monday 06/04/2026, Easter Monday.
    let mut events = accepted_application();
    events.ten_bis_notices = vec![TenBisNotice {
        received: Some(d(2026, 3, 27)),
        response_days: None,
        answered: None,
    }];
    let t = timeline(&events, d(2026, 3, 30));
    let answer = find(&t, DeadlineKind::TenBisResponse);
    assert_eq!(answer.due, d(2026, 4, 6));
    // Sat 4, Sun 5 (Easter), Mon 6 (Easter Monday): safe Friday 3 April, moved Tuesday 7.
    assert_eq!(answer.safe, d(2026, 4, 3));
    assert_eq!(answer.moved_to, Some(d(2026, 4, 7)));
    let (id, args) = answer.non_working_message().expect("note");
    assert_eq!(id, "deadline-non-working-administrative");
    assert!(args.contains(&("day", "holiday-easter-monday".to_string())));

    // Received 15/12/2026 with 10 days: Friday 25/12 (Christmas), 26 Saturday, 27 Sunday.
    events.ten_bis_notices[0].received = Some(d(2026, 12, 15));
    let t = timeline(&events, d(2026, 12, 16));
    let answer = find(&t, DeadlineKind::TenBisResponse);
    assert_eq!(answer.due, d(2026, 12, 25));
    assert_eq!(answer.safe, d(2026, 12, 24));
    assert_eq!(answer.moved_to, Some(d(2026, 12, 28)));
    // Urgent by the safe day even when the legal date is further.
    assert!(answer.urgent);
}

#[test]
fn oath_on_a_holiday_and_criminal_record_on_a_saturday() {
    // Decree notified 02/06/2025 (Republic Day): 6 months -> Tuesday 02/12/2025, a working day.
    let mut events = accepted_application();
    events.decree = Some(d(2025, 5, 20));
    events.decree_outcome = Some(DecreeOutcome::Granted);
    events.notified = Some(d(2025, 6, 2));
    let t = timeline(&events, d(2025, 6, 3));
    let oath = find(&t, DeadlineKind::Oath);
    assert_eq!(
        (oath.due, oath.safe, oath.moved_to),
        (d(2025, 12, 2), d(2025, 12, 2), None)
    );
    // 08/06/2026 + 6 months = Tuesday 08/12/2026, the Immacolata: safe Monday 7, moved Wed 9.
    events.notified = Some(d(2026, 6, 8));
    let t = timeline(&events, d(2026, 6, 9));
    let oath = find(&t, DeadlineKind::Oath);
    assert_eq!(oath.due, d(2026, 12, 8));
    assert_eq!(oath.safe, d(2026, 12, 7));
    assert_eq!(oath.moved_to, Some(d(2026, 12, 9)));
    // A certificate valid until Saturday 28/02/2026 stays valid until then: not a term.
    let draft = ProcedureEvents {
        criminal_certificates: vec![CertificateIssue {
            country: "Perù".into(),
            issued: Some(d(2025, 8, 28)),
        }],
        ..Default::default()
    };
    let t = timeline(&draft, d(2026, 1, 1));
    let expiry = find(&t, DeadlineKind::CriminalRecordExpiry);
    assert_eq!(
        (expiry.due, expiry.safe, expiry.moved_to),
        (d(2026, 2, 28), d(2026, 2, 28), None)
    );
}
