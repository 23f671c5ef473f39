//! The store against real SQLite files and a real vault folder.

use std::fs;
use std::path::{Path, PathBuf};

use cittadinanza_core::model::{
    Application, AttachedDocument, DocumentKind, LegalBasis, ResidencePeriod,
};
use cittadinanza_core::secrets::DataKey;
use cittadinanza_core::store::{ApplicantId, HISTORY_LIMIT, Store, StoreError, VAULT_DIR};
use sha2::{Digest, Sha256};

fn draft(surname: &str, name: &str, cf: &str) -> Application {
    let mut app = Application::new();
    app.legal_basis.basis = Some(LegalBasis::Art9F);
    app.legal_basis.prefecture = "Milano".into();
    app.personal.surname = surname.into();
    app.personal.name = name.into();
    app.personal.codice_fiscale = cf.into();
    app.personal.birth_date = "01/01/1980".into();
    app.personal.email = "test@example.org".into();
    app.residences.periods.push(ResidencePeriod {
        municipality: "Milano".into(),
        province: "MI".into(),
        from: "01/02/2010".into(),
        to: String::new(),
        ..Default::default()
    });
    app
}

fn open(dir: &Path, key: &DataKey) -> Store {
    Store::open(dir, key.clone()).expect("store opens")
}

fn all_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(all_files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn vault_files(dir: &Path) -> Vec<PathBuf> {
    if !dir.join(VAULT_DIR).exists() {
        return Vec::new();
    }
    all_files(&dir.join(VAULT_DIR))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "czv"))
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, bytes).expect("write source file");
    path
}

fn pseudo_random(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

#[test]
fn create_save_load_list_and_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DataKey::generate();
    let (a, b) = {
        let mut store = open(dir.path(), &key);
        let a = store.create(&draft("Rossi", "Mario", "")).expect("create");
        let b = store.create(&Application::new()).expect("create empty");
        let mut edited = draft("Nguyễn", "Thị Hoa", "ngythh85m41z251q");
        edited.k10_number = "K10/0001234".into();
        let info = store.save(b, &edited, 7).expect("save");
        assert_eq!(info.version, 2);
        assert_eq!(info.sections_complete, 7);
        assert_eq!(store.load(b).expect("load"), edited);
        let list = store.list(false);
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].id, b, "most recently saved first");
        assert_eq!(list[0].display_name, "Nguyễn Thị Hoa");
        assert_eq!(list[0].codice_fiscale, "NGYTHH85M41Z251Q");
        assert_eq!(list[0].k10_number, "K10/0001234");
        assert_eq!(list[0].sections_complete, 7);
        (a, b)
    };
    // Everything survives closing and reopening.
    let mut store = open(dir.path(), &key);
    assert_eq!(store.list(true).len(), 2);
    let summary = store.summary(b).expect("summary").clone();
    assert_eq!(summary.display_name, "Nguyễn Thị Hoa");
    assert_eq!(summary.version, 2);
    assert_eq!(store.load(a).expect("load").personal.surname, "Rossi");
    assert!(matches!(
        store.load(ApplicantId(uuid::Uuid::new_v4())),
        Err(StoreError::ApplicantNotFound)
    ));
}

#[test]
fn search_is_partial_and_ignores_accents_and_case() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = open(dir.path(), &DataKey::generate());
    let jose = store
        .create(&draft("Müller", "José", "MLLJSO80A01Z404X"))
        .expect("create");
    let dangelo = store
        .create(&draft("D'Àngelo", "Anna", "DNGNNA75C41F205Z"))
        .expect("create");
    let mut with_k10 = draft("Carrossi", "Luca", "");
    with_k10.k10_number = "K10/C/0004567".into();
    let carrossi = store.create(&with_k10).expect("create");
    let rossi = store.create(&draft("Rossi", "Maria", "")).expect("create");

    let ids = |store: &Store, q: &str| {
        store
            .search(q)
            .into_iter()
            .map(|s| s.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&store, "jose"), vec![jose]);
    assert_eq!(ids(&store, "MULLER josé"), vec![jose]);
    assert_eq!(ids(&store, "dangelo"), vec![dangelo]);
    assert_eq!(ids(&store, "d'angelo"), vec![dangelo]);
    assert_eq!(ids(&store, "z404"), vec![jose]);
    assert_eq!(ids(&store, "mlljso80"), vec![jose]);
    assert_eq!(ids(&store, "0004567"), vec![carrossi]);
    assert_eq!(ids(&store, "k10/c/0004567"), vec![carrossi]);
    // Prefix matches rank first: "ross" is the start of "Rossi", inside "Carrossi".
    assert_eq!(ids(&store, "ross"), vec![rossi, carrossi]);
    assert!(ids(&store, "nobody").is_empty());

    // Archived applicants leave the list but are still found, after the others.
    store.set_archived(rossi, true).expect("archive");
    assert!(!store.list(false).iter().any(|s| s.id == rossi));
    assert!(store.list(true).iter().any(|s| s.id == rossi && s.archived));
    assert_eq!(ids(&store, "ross"), vec![carrossi, rossi]);
    store.set_archived(rossi, false).expect("unarchive");
    assert!(store.list(false).iter().any(|s| s.id == rossi));
}

#[test]
fn history_keeps_the_last_versions_and_restore_is_a_new_version() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = open(dir.path(), &DataKey::generate());
    let mut app = draft("Rossi", "Mario", "");
    let id = store.create(&app).expect("create");
    for n in 1..=60u32 {
        app.personal.phone = format!("+39 333 {n:07}");
        let info = store.save(id, &app, (n % 13) as u8).expect("save");
        assert_eq!(info.version, n + 1);
    }
    let history = store.history(id).expect("history");
    assert_eq!(history.len(), HISTORY_LIMIT as usize);
    assert_eq!(history[0].version, 61, "newest first");
    assert_eq!(
        history.last().expect("oldest").version,
        61 - HISTORY_LIMIT + 1
    );
    assert!(matches!(
        store.load_version(id, 5),
        Err(StoreError::VersionNotFound { version: 5 })
    ));

    let old = store.load_version(id, 20).expect("version 20");
    assert_eq!(old.personal.phone, "+39 333 0000019");
    let restored = store.restore(id, 20).expect("restore");
    assert_eq!(restored.personal.phone, "+39 333 0000019");
    assert_eq!(
        store.load(id).expect("load").personal.phone,
        "+39 333 0000019"
    );
    let history = store.history(id).expect("history");
    assert_eq!(history[0].version, 62);
    assert_eq!(history[0].sections_complete, 19 % 13);
    assert_eq!(history.len(), HISTORY_LIMIT as usize);
}

#[test]
fn identical_autosaves_do_not_fill_the_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DataKey::generate();
    let mut store = open(dir.path(), &key);
    let app = draft("Rossi", "Mario", "");
    let id = store.create(&app).expect("create");
    for _ in 0..5 {
        assert_eq!(store.save(id, &app, 0).expect("save").version, 1);
    }
    assert_eq!(
        store.save(id, &app, 3).expect("save").version,
        2,
        "progress changed"
    );
    drop(store);
    let mut store = open(dir.path(), &key);
    let loaded = store.load(id).expect("load");
    assert_eq!(store.save(id, &loaded, 3).expect("save").version, 2);
    assert_eq!(store.history(id).expect("history").len(), 2);
}

#[test]
fn documents_are_encrypted_streamed_exported_and_removed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let mut store = open(dir.path(), &DataKey::generate());
    let id = store.create(&draft("Rossi", "Mario", "")).expect("create");
    let content = pseudo_random(3 * 1024 * 1024 + 12_345, 42);
    let source = write_file(files.path(), "passaporto scansione.pdf", &content);

    let doc = store
        .import_document(id, &source, DocumentKind::IdentityDocument, "12/03/2024")
        .expect("import");
    assert_eq!(doc.kind, Some(DocumentKind::IdentityDocument));
    assert_eq!(doc.original_name, "passaporto scansione.pdf");
    assert_eq!(doc.size_bytes, content.len() as u64);
    assert_eq!(doc.sha256, hex::encode(Sha256::digest(&content)));
    assert_eq!(doc.issue_date, "12/03/2024");
    assert_eq!(store.documents(id).expect("documents"), vec![doc.clone()]);

    let stored = vault_files(dir.path());
    assert_eq!(stored.len(), 1);
    let encrypted = fs::read(&stored[0]).expect("vault file");
    assert!(encrypted.len() > content.len(), "tags and header added");
    assert!(
        !contains(&encrypted, &content[1000..1064]),
        "vault file is not plaintext"
    );

    let dest = files.path().join("out").join("copy.pdf");
    fs::create_dir(dest.parent().expect("parent")).expect("mkdir");
    store.export_document(&doc.vault_id, &dest).expect("export");
    assert_eq!(fs::read(&dest).expect("exported"), content);
    assert_eq!(store.read_document(&doc.vault_id).expect("read"), content);

    // A generated file stored from memory.
    let pdf = store
        .import_document_bytes(
            id,
            "riepilogo.pdf",
            b"%PDF-1.7 test",
            DocumentKind::Other,
            "",
        )
        .expect("import bytes");
    assert_eq!(
        store.read_document(&pdf.vault_id).expect("read"),
        b"%PDF-1.7 test"
    );

    store.remove_document(&doc.vault_id).expect("remove");
    assert_eq!(vault_files(dir.path()).len(), 1);
    assert!(matches!(
        store.export_document(&doc.vault_id, &files.path().join("x")),
        Err(StoreError::DocumentNotFound)
    ));
    assert!(matches!(
        store.remove_document("../../etc/passwd"),
        Err(StoreError::DocumentNotFound)
    ));

    // Bad sources get typed errors.
    assert!(matches!(
        store.import_document(
            id,
            &files.path().join("missing.pdf"),
            DocumentKind::Other,
            ""
        ),
        Err(StoreError::FileNotFound { .. })
    ));
    assert!(matches!(
        store.import_document(id, files.path(), DocumentKind::Other, ""),
        Err(StoreError::NotAFile { .. })
    ));
    let empty = write_file(files.path(), "empty.txt", b"");
    let doc = store
        .import_document(id, &empty, DocumentKind::Other, "")
        .expect("empty file");
    assert_eq!(store.read_document(&doc.vault_id).expect("read"), b"");
}

#[test]
fn a_damaged_vault_file_is_reported_and_never_exported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let mut store = open(dir.path(), &DataKey::generate());
    let id = store.create(&draft("Rossi", "Mario", "")).expect("create");
    let source = write_file(files.path(), "cu.pdf", &pseudo_random(200_000, 7));
    let doc = store
        .import_document(id, &source, DocumentKind::IncomeStatement, "")
        .expect("import");
    let path = &vault_files(dir.path())[0];
    let mut bytes = fs::read(path).expect("read");
    bytes[100_000] ^= 0x01;
    fs::write(path, &bytes).expect("tamper");
    let dest = files.path().join("out.pdf");
    let err = store
        .export_document(&doc.vault_id, &dest)
        .expect_err("damaged");
    assert!(
        matches!(err, StoreError::DocumentDamaged { ref name } if name == "cu.pdf"),
        "{err:?}"
    );
    assert_eq!(err.message_id(), "store-document-damaged");
    assert!(!dest.exists(), "no partial export");
    assert_eq!(
        fs::read_dir(files.path()).expect("ls").count(),
        1,
        "no temp file left"
    );

    fs::remove_file(path).expect("delete vault file");
    assert!(matches!(
        store.export_document(&doc.vault_id, &dest),
        Err(StoreError::DocumentMissing { .. })
    ));
}

#[test]
fn duplicate_copies_the_draft_and_its_documents() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let mut store = open(dir.path(), &DataKey::generate());
    let mut app = draft("Rossi", "Mario", "RSSMRA80A01F205X");
    app.k10_number = "K10/0000001".into();
    let id = store.create(&app).expect("create");
    let source = write_file(files.path(), "nascita.pdf", b"birth certificate scan");
    let doc = store
        .import_document(id, &source, DocumentKind::BirthCertificate, "")
        .expect("import");
    app.documents.attached.push(doc.clone());
    store.save(id, &app, 5).expect("save");

    let copy = store.duplicate(id).expect("duplicate");
    assert_ne!(copy, id);
    let copied = store.load(copy).expect("load copy");
    assert_eq!(copied.personal, app.personal);
    assert!(copied.k10_number.is_empty(), "a copy is a new application");
    assert_eq!(copied.documents.attached.len(), 1);
    let copied_doc: &AttachedDocument = &copied.documents.attached[0];
    assert_ne!(copied_doc.vault_id, doc.vault_id);
    assert_eq!(copied_doc.sha256, doc.sha256);
    assert_eq!(
        store.read_document(&copied_doc.vault_id).expect("read"),
        b"birth certificate scan"
    );
    assert_eq!(store.summary(copy).expect("summary").sections_complete, 5);

    // Deleting the original leaves the copy whole.
    store.delete(id).expect("delete");
    assert!(store.summary(id).is_none());
    assert!(matches!(
        store.history(id),
        Err(StoreError::ApplicantNotFound)
    ));
    assert_eq!(vault_files(dir.path()).len(), 1);
    assert_eq!(
        store.read_document(&copied_doc.vault_id).expect("read"),
        b"birth certificate scan"
    );
    assert!(matches!(
        store.delete(id),
        Err(StoreError::ApplicantNotFound)
    ));
}

#[test]
fn restore_keeps_current_documents_listed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let mut store = open(dir.path(), &DataKey::generate());
    let mut app = draft("Rossi", "Mario", "");
    let id = store.create(&app).expect("create");
    let first = store
        .import_document(
            id,
            &write_file(files.path(), "a.pdf", b"a"),
            DocumentKind::Other,
            "",
        )
        .expect("import");
    app.documents.attached.push(first.clone());
    store.save(id, &app, 0).expect("save v2");
    let second = store
        .import_document(
            id,
            &write_file(files.path(), "b.pdf", b"b"),
            DocumentKind::Other,
            "",
        )
        .expect("import");
    app.documents.attached.push(second.clone());
    store.save(id, &app, 0).expect("save v3");
    store.remove_document(&first.vault_id).expect("remove");
    app.documents.attached.remove(0);
    store.save(id, &app, 0).expect("save v4");

    let restored = store.restore(id, 2).expect("restore v2");
    let ids: Vec<_> = restored
        .documents
        .attached
        .iter()
        .map(|d| d.vault_id.clone())
        .collect();
    assert_eq!(
        ids,
        vec![second.vault_id],
        "removed file dropped, newer file kept"
    );
}

#[test]
fn no_personal_data_in_plaintext_on_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let key = DataKey::generate();
    {
        let mut store = open(dir.path(), &key);
        let mut app = draft("Zanzibarova", "Ljudmila", "ZNZLDM80A41Z154X");
        app.k10_number = "K10/7654321".into();
        app.personal.email = "ljudmila.zanzibarova@example.org".into();
        let id = store.create(&app).expect("create");
        store.save(id, &app, 4).expect("save");
        let doc_text = b"Certificato penale di ZANZIBAROVA Ljudmila, nata a Kyiv".repeat(50);
        let source = write_file(files.path(), "Zanzibarova-casellario.pdf", &doc_text);
        let doc = store
            .import_document(id, &source, DocumentKind::CriminalRecord, "01/06/2025")
            .expect("import");
        app.documents.attached.push(doc);
        store.save(id, &app, 5).expect("save");
        // Searching works from the decrypted summaries in memory.
        assert_eq!(store.search("zanzibar").len(), 1);
    }
    let secrets: [&[u8]; 7] = [
        b"Zanzibarova",
        b"ZANZIBAROVA",
        b"zanzibarova",
        b"Ljudmila",
        b"ZNZLDM80A41Z154X",
        b"7654321",
        b"casellario",
    ];
    let files_on_disk = all_files(dir.path());
    assert!(
        files_on_disk
            .iter()
            .any(|p| p.ends_with("cittadinanza.sqlite3"))
    );
    for path in files_on_disk {
        let bytes = fs::read(&path).expect("read");
        for secret in secrets {
            assert!(
                !contains(&bytes, secret),
                "{} contains {:?} in plaintext",
                path.display(),
                String::from_utf8_lossy(secret)
            );
        }
    }
    // And it all comes back with the key.
    let store = open(dir.path(), &key);
    assert_eq!(
        store.search("Ljudmila")[0].codice_fiscale,
        "ZNZLDM80A41Z154X"
    );
}

#[test]
fn wrong_keys_and_passphrases_are_detected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DataKey::generate();
    {
        let mut store = open(dir.path(), &key);
        store.create(&draft("Rossi", "Mario", "")).expect("create");
    }
    let err = Store::open(dir.path(), DataKey::generate()).expect_err("wrong key");
    assert!(matches!(err, StoreError::WrongKey));
    assert_eq!(err.message_id(), "store-wrong-key");

    let pdir = tempfile::tempdir().expect("tempdir");
    let err = Store::open_with_passphrase(pdir.path(), "corta").expect_err("too short");
    assert_eq!(err.message_id(), "secrets-passphrase-too-short");
    {
        let mut store =
            Store::open_with_passphrase(pdir.path(), "sportello-2025 via Roma").expect("new");
        store
            .create(&draft("Bianchi", "Luisa", ""))
            .expect("create");
    }
    let header = Store::header(pdir.path()).expect("header");
    assert_eq!(
        header.key_source,
        Some(cittadinanza_core::store::KeySource::Passphrase)
    );
    assert!(header.has_key);
    let err =
        Store::open_with_passphrase(pdir.path(), "sportello-2025 via Rome").expect_err("wrong");
    assert!(matches!(err, StoreError::WrongPassphrase));
    assert_eq!(err.message_id(), "store-wrong-passphrase");
    let store = Store::open_with_passphrase(pdir.path(), "sportello-2025 via Roma").expect("right");
    assert_eq!(store.list(false)[0].display_name, "Bianchi Luisa");
}

#[test]
fn a_second_instance_is_refused_while_the_store_is_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DataKey::generate();
    let store = open(dir.path(), &key);
    let err = Store::open(dir.path(), key.clone()).expect_err("in use");
    assert!(matches!(err, StoreError::InUse), "{err:?}");
    assert_eq!(err.message_id(), "store-in-use");
    drop(store);
    open(dir.path(), &key);
}

#[test]
fn swapped_blobs_do_not_decrypt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let key = DataKey::generate();
    let (a, b, doc_a, doc_b) = {
        let mut store = open(dir.path(), &key);
        let a = store.create(&draft("Rossi", "Mario", "")).expect("create");
        let b = store.create(&draft("Verdi", "Anna", "")).expect("create");
        store
            .save(b, &draft("Verdi", "Anna Maria", ""), 1)
            .expect("save");
        let doc_a = store
            .import_document(
                a,
                &write_file(files.path(), "a", b"AAAA"),
                DocumentKind::Other,
                "",
            )
            .expect("import");
        let doc_b = store
            .import_document(
                b,
                &write_file(files.path(), "b", b"BBBB"),
                DocumentKind::Other,
                "",
            )
            .expect("import");
        (a, b, doc_a, doc_b)
    };
    // Moving A's vault file over B's: authenticated decryption refuses it.
    let vault = dir.path().join(VAULT_DIR);
    fs::copy(
        vault.join(format!("{}.czv", doc_a.vault_id)),
        vault.join(format!("{}.czv", doc_b.vault_id)),
    )
    .expect("swap vault file");
    {
        let store = open(dir.path(), &key);
        assert!(matches!(
            store.read_document(&doc_b.vault_id),
            Err(StoreError::DocumentDamaged { .. })
        ));
    }
    let sqlite =
        || rusqlite::Connection::open(dir.path().join("cittadinanza.sqlite3")).expect("sqlite");
    // Version 1 of B copied over its version 2 (same applicant, other row).
    sqlite()
        .execute(
            "UPDATE versions SET draft = (SELECT draft FROM versions WHERE applicant_id = ?1 AND version = 1)
             WHERE applicant_id = ?1 AND version = 2",
            [b.to_string()],
        )
        .expect("swap draft");
    {
        let mut store = open(dir.path(), &key);
        assert!(matches!(store.load(b), Err(StoreError::Corrupt { .. })));
        assert_eq!(
            store.load(a).expect("A untouched").personal.surname,
            "Rossi"
        );
    }
    // A's summary copied over B's.
    sqlite()
        .execute(
            "UPDATE applicants SET summary = (SELECT summary FROM applicants WHERE id = ?1) WHERE id = ?2",
            [a.to_string(), b.to_string()],
        )
        .expect("swap summary");
    let err = Store::open(dir.path(), key.clone()).expect_err("swapped summary");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert_eq!(err.message_id(), "store-corrupt");
}

#[test]
fn leftovers_of_a_crash_are_cleaned_at_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let key = DataKey::generate();
    let kept = {
        let mut store = open(dir.path(), &key);
        let id = store.create(&draft("Rossi", "Mario", "")).expect("create");
        store
            .import_document(
                id,
                &write_file(files.path(), "a", b"keep me"),
                DocumentKind::Other,
                "",
            )
            .expect("import")
    };
    let vault = dir.path().join(VAULT_DIR);
    fs::write(
        vault
            .join("tmp")
            .join("0123456789abcdef0123456789abcdef.part"),
        b"half",
    )
    .expect("tmp");
    let orphan = vault.join("fedcba9876543210fedcba9876543210.czv");
    fs::write(&orphan, b"unreferenced").expect("orphan");
    let foreign = vault.join("README.txt");
    fs::write(&foreign, b"not ours").expect("foreign");
    let store = open(dir.path(), &key);
    assert!(!orphan.exists());
    assert_eq!(fs::read_dir(vault.join("tmp")).expect("ls").count(), 0);
    assert!(
        foreign.exists(),
        "files that are not vault files are left alone"
    );
    assert_eq!(
        store.read_document(&kept.vault_id).expect("kept"),
        b"keep me"
    );
}

#[test]
fn a_store_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DataKey::generate();
    drop(open(dir.path(), &key));
    let conn = rusqlite::Connection::open(dir.path().join("cittadinanza.sqlite3")).expect("sqlite");
    conn.execute(
        "UPDATE meta SET value = '99' WHERE key = 'format_version'",
        [],
    )
    .expect("bump");
    drop(conn);
    let err = Store::open(dir.path(), key).expect_err("newer");
    assert!(
        matches!(err, StoreError::NewerFormat { found: 99 }),
        "{err:?}"
    );
    assert_eq!(err.args(), vec![("found", "99".to_string())]);
}

// ---------------------------------------------------------------------------- bundles

const PASS: &str = "bundle passphrase 2025";

fn store_with_case(dir: &Path, files: &Path) -> (Store, ApplicantId, Application) {
    let mut store = open(dir, &DataKey::generate());
    let mut app = draft("Haddad", "Yasmine", "HDDYMN90E45Z352K");
    let id = store.create(&app).expect("create");
    let scan = pseudo_random(150_000, 3);
    let doc = store
        .import_document(
            id,
            &write_file(files, "permesso.jpg", &scan),
            DocumentKind::ResidencePermit,
            "",
        )
        .expect("import");
    app.documents.attached.push(doc);
    store.save(id, &app, 3).expect("save");
    app.personal.phone = "+39 02 1234567".into();
    store.save(id, &app, 4).expect("save");
    (store, id, app)
}

#[test]
fn bundle_round_trip_with_history_and_documents() {
    let files = tempfile::tempdir().expect("tempdir");
    let (from_dir, to_dir) = (
        tempfile::tempdir().expect("tempdir"),
        tempfile::tempdir().expect("tempdir"),
    );
    let (store, id, app) = store_with_case(from_dir.path(), files.path());
    let bundle = files.path().join("haddad.cittadinanza");
    store.export_bundle(id, &bundle, PASS).expect("export");
    let raw = fs::read(&bundle).expect("bundle");
    assert!(!contains(&raw, b"Haddad") && !contains(&raw, b"HDDYMN90E45Z352K"));

    let mut other = open(to_dir.path(), &DataKey::generate());
    let imported = other.import_bundle(&bundle, PASS).expect("import");
    let loaded = other.load(imported).expect("load");
    assert_eq!(loaded.personal, app.personal);
    let history = other.history(imported).expect("history");
    assert_eq!(
        history.iter().map(|v| v.version).collect::<Vec<_>>(),
        vec![3, 2, 1]
    );
    assert_eq!(history[0].sections_complete, 4);
    let doc = &loaded.documents.attached[0];
    assert_eq!(
        other.read_document(&doc.vault_id).expect("doc"),
        pseudo_random(150_000, 3)
    );
    assert_eq!(other.documents(imported).expect("docs").len(), 1);
    assert_eq!(other.search("yasmine")[0].id, imported);
    // Importing twice gives two applicants, never an overwrite.
    let again = other.import_bundle(&bundle, PASS).expect("import again");
    assert_ne!(again, imported);
    assert_eq!(other.list(true).len(), 2);
}

fn import_error(bytes: &[u8], pass: &str) -> StoreError {
    let files = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_file(files.path(), "case.cittadinanza", bytes);
    let mut store = open(dir.path(), &DataKey::generate());
    let err = store
        .import_bundle(&path, pass)
        .expect_err("import must fail");
    // All or nothing: nothing was added.
    assert!(store.list(true).is_empty());
    assert!(vault_files(dir.path()).is_empty());
    err
}

fn exported_bundle() -> Vec<u8> {
    let files = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, id, _) = store_with_case(dir.path(), files.path());
    let path = files.path().join("case.cittadinanza");
    store.export_bundle(id, &path, PASS).expect("export");
    fs::read(path).expect("read bundle")
}

#[test]
fn bundle_errors_are_typed() {
    let bundle = exported_bundle();

    let err = import_error(&bundle, "not the passphrase");
    assert!(matches!(err, StoreError::BundleWrongPassphrase), "{err:?}");
    assert_eq!(err.message_id(), "store-bundle-wrong-passphrase");

    for cut in [4, 40, 100, bundle.len() / 2, bundle.len() - 1] {
        let err = import_error(&bundle[..cut], PASS);
        assert!(
            matches!(err, StoreError::BundleTruncated),
            "cut at {cut}: {err:?}"
        );
    }
    assert_eq!(
        import_error(&bundle[..100], PASS).message_id(),
        "store-bundle-truncated"
    );

    for at in [200, bundle.len() / 2, bundle.len() - 3] {
        let mut tampered = bundle.clone();
        tampered[at] ^= 0x20;
        let err = import_error(&tampered, PASS);
        assert!(
            matches!(err, StoreError::BundleTampered),
            "byte {at}: {err:?}"
        );
    }
    let mut longer = bundle.clone();
    longer.extend_from_slice(b"appended");
    assert!(matches!(
        import_error(&longer, PASS),
        StoreError::BundleTampered
    ));

    let err = import_error(b"%PDF-1.7\nnot a bundle at all", PASS);
    assert!(matches!(err, StoreError::NotABundle), "{err:?}");
    assert_eq!(err.message_id(), "store-not-a-bundle");
    assert!(matches!(import_error(b"", PASS), StoreError::NotABundle));

    let mut newer = bundle.clone();
    newer[8..10].copy_from_slice(&2u16.to_be_bytes());
    let err = import_error(&newer, PASS);
    assert!(
        matches!(err, StoreError::BundleUnsupportedVersion { found: 2 }),
        "{err:?}"
    );
    assert_eq!(err.message_id(), "store-bundle-unsupported-version");
}

#[test]
fn bundle_export_needs_a_real_passphrase_and_leaves_no_partial_file() {
    let files = tempfile::tempdir().expect("tempdir");
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, id, _) = store_with_case(dir.path(), files.path());
    let path = files.path().join("x.cittadinanza");
    let err = store
        .export_bundle(id, &path, "short")
        .expect_err("short passphrase");
    assert_eq!(err.message_id(), "secrets-passphrase-too-short");
    assert!(!path.exists());
    let err = store
        .export_bundle(id, &files.path().join("missing-dir").join("x"), PASS)
        .expect_err("no such folder");
    assert_eq!(err.message_id(), "store-file-not-found");
}

#[test]
fn every_message_id_is_translated() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("i18n");
    for lang in ["it", "en"] {
        let ftl = fs::read_to_string(root.join(lang).join("cittadinanza.ftl")).expect("ftl");
        for id in cittadinanza_core::store::message_ids() {
            assert!(
                ftl.lines().any(|l| l.starts_with(&format!("{id} ="))),
                "{lang}: {id} missing"
            );
        }
    }
}
