//! The sync queue file: sealed with the data key (no K10 number, hash or id readable), taken
//! over from the plaintext file of earlier versions, written by atomic rename (a temporary
//! file left by a crash changes nothing) and recovered when damaged.

use chrono::Utc;
use cittadinanza_core::model::{Application, AttachedDocument, SectionId};
use cittadinanza_core::portal::{
    ApplicationRecord, Client, ClientConfig, LEGACY_QUEUE_FILE, Status, SyncEngine,
};
use cittadinanza_core::secrets::DataKey;

const K10: &str = "K10/C/0004711";
const SHA: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

fn client() -> Client {
    Client::new(ClientConfig::new("http://127.0.0.1:9")).expect("client")
}

fn contains(bytes: &[u8], word: &str) -> bool {
    bytes.windows(word.len()).any(|w| w == word.as_bytes())
}

/// A queue that knows an application on the portal, its K10 number and one document.
fn linked_queue(path: &std::path::Path, key: &DataKey) {
    let mut engine = SyncEngine::open(client(), path, key.clone()).expect("open");
    let mut draft = Application::new();
    draft.documents.attached.push(AttachedDocument {
        vault_id: "vault-secret-1".into(),
        sha256: SHA.into(),
        original_name: "passaporto.pdf".into(),
        ..Default::default()
    });
    let record = ApplicationRecord {
        id: "5d1c3f3e-0000-4000-8000-00000000abcd".into(),
        version: 3,
        status: Status::Submitted,
        k10_number: Some(K10.into()),
        created_at: Utc::now(),
        updated_at: Utc::now(),
        submitted_at: Some(Utc::now()),
        draft,
    };
    engine.link("local-7", &record).expect("link");
    engine
        .mark_changed("local-7", [SectionId::Personal])
        .expect("mark");
}

#[test]
fn nothing_in_the_file_is_readable_and_it_reopens_with_the_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("portal-sync.queue");
    let key = DataKey::generate();
    linked_queue(&path, &key);
    let bytes = std::fs::read(&path).expect("read");
    for word in [
        K10,
        "0004711",
        SHA,
        &SHA[..16],
        "local-7",
        "5d1c3f3e",
        "personal",
        "vault-secret",
    ] {
        assert!(
            !contains(&bytes, word),
            "{word} is readable in the queue file"
        );
    }
    let engine = SyncEngine::open(client(), &path, key).expect("reopen");
    let entry = engine.entry("local-7").expect("entry");
    assert_eq!(entry.k10_number.as_deref(), Some(K10));
    assert!(entry.uploaded.contains(SHA));
    assert!(engine.recovery().is_none());
}

#[test]
fn a_plaintext_queue_of_an_earlier_version_is_sealed_and_deleted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("portal-sync.queue");
    let legacy = dir.path().join(LEGACY_QUEUE_FILE);
    std::fs::write(
        &legacy,
        format!(
            r#"{{"entries":[{{"local_id":"local-7","remote_id":"r-1","base_version":2,"k10_number":"{K10}","uploaded":["{SHA}"]}}]}}"#
        ),
    )
    .expect("legacy file");
    let key = DataKey::generate();
    let engine = SyncEngine::open(client(), &path, key.clone()).expect("open");
    let entry = engine.entry("local-7").expect("migrated");
    assert_eq!(entry.k10_number.as_deref(), Some(K10));
    assert_eq!(entry.base_version, Some(2));
    assert!(engine.recovery().is_none());
    assert!(!legacy.exists(), "the plaintext queue is deleted");
    let bytes = std::fs::read(&path).expect("sealed");
    assert!(!contains(&bytes, K10) && !contains(&bytes, SHA));
    drop(engine);
    let engine = SyncEngine::open(client(), &path, key).expect("reopen");
    assert!(engine.entry("local-7").is_some());
}

/// How a test damages the queue file's bytes.
type Damage = fn(Vec<u8>) -> Vec<u8>;

#[test]
fn a_damaged_queue_is_set_aside_and_the_engine_starts_afresh() {
    let key = DataKey::generate();
    let cases: [(&str, Damage); 4] = [
        ("truncated", |bytes| bytes[..bytes.len() / 2].to_vec()),
        ("garbage", |_| b"\x00\x13garbage, not a queue".to_vec()),
        ("empty", |_| Vec::new()),
        ("flipped", |mut bytes| {
            let last = bytes.len() - 1;
            bytes[last] ^= 0x40;
            bytes
        }),
    ];
    for (name, damage) in cases {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("portal-sync.queue");
        linked_queue(&path, &key);
        let damaged = damage(std::fs::read(&path).expect("read"));
        std::fs::write(&path, &damaged).expect("damage");

        let engine = SyncEngine::open(client(), &path, key.clone()).expect(name);
        let recovery = engine.recovery().expect("recovery").clone();
        assert!(engine.needs_relink(), "{name}");
        assert!(engine.entries().is_empty(), "{name}");
        // The damaged file is kept, byte for byte, in the same folder.
        assert_eq!(recovery.damaged_copy.parent(), Some(dir.path()));
        assert_eq!(
            std::fs::read(&recovery.damaged_copy).expect("copy"),
            damaged,
            "{name}"
        );
        // The new queue is whole: a restart still knows the links must be rebuilt.
        drop(engine);
        let engine = SyncEngine::open(client(), &path, key.clone()).expect("reopen");
        assert_eq!(engine.recovery(), Some(&recovery), "{name}");
        assert!(engine.needs_relink());
    }

    // Another key (e.g. a folder restored with another keyring) cannot read it either.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("portal-sync.queue");
    linked_queue(&path, &key);
    let engine = SyncEngine::open(client(), &path, DataKey::generate()).expect("other key");
    assert!(engine.needs_relink());
}

#[test]
fn a_temporary_file_left_by_a_crash_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("portal-sync.queue");
    let key = DataKey::generate();
    linked_queue(&path, &key);
    // A crash after the temporary file was written but before the rename: half a queue.
    let tmp = dir.path().join("portal-sync.queue.tmp");
    let whole = std::fs::read(&path).expect("read");
    std::fs::write(&tmp, &whole[..whole.len() / 3]).expect("stray temp file");

    let mut engine = SyncEngine::open(client(), &path, key.clone()).expect("open");
    assert!(engine.recovery().is_none(), "the queue itself is whole");
    assert_eq!(
        engine
            .entry("local-7")
            .and_then(|e| e.k10_number.as_deref()),
        Some(K10)
    );
    // The next write goes through the temporary file again and renames it over the queue.
    engine
        .mark_changed("local-8", [SectionId::Income])
        .expect("write");
    assert!(!tmp.exists(), "renamed over the queue");
    let engine = SyncEngine::open(client(), &path, key).expect("reopen");
    assert!(engine.entry("local-7").is_some() && engine.entry("local-8").is_some());
}
