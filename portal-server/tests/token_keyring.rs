//! The portal token kept in the real OS credential store (Secret Service). `scripts/test`
//! provides a throw-away gnome-keyring and sets `CITTADINANZA_SECRET_SERVICE=available`;
//! without it the test says it is skipped and never touches a developer's keyring.

mod common;

use cittadinanza_core::portal::{PortalError, TokenStore};
use cittadinanza_core::secrets::SecretStore;
use common::{TestServer, client_for};

fn real_secret_service() -> Option<SecretStore> {
    match std::env::var("CITTADINANZA_SECRET_SERVICE").as_deref() {
        Ok("available") => {
            let service = format!("cittadinanza-test-portal-{}", uuid::Uuid::new_v4().simple());
            Some(SecretStore::with_service(&service).expect("Secret Service usable"))
        }
        _ => {
            eprintln!("skipped: run scripts/test to test against a real Secret Service");
            None
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_survives_a_restart_in_the_keyring() {
    let Some(keyring) = real_secret_service() else {
        return;
    };
    let keyring = std::sync::Arc::new(keyring);
    let server = TestServer::start().await;
    let (client, _) = server.applicant("keyring@example.org").await;
    let (c, k) = (client.clone(), keyring.clone());
    tokio::task::spawn_blocking(move || c.remember_token(k.as_ref()))
        .await
        .expect("join")
        .expect("remember");

    // A new process: the token comes back from the keyring and works.
    let restarted = client_for(&server.url());
    let (c, k) = (restarted.clone(), keyring.clone());
    let found = tokio::task::spawn_blocking(move || c.restore_token(k.as_ref()))
        .await
        .expect("join")
        .expect("restore");
    assert!(found);
    assert!(
        restarted
            .list_applications()
            .await
            .expect("list")
            .is_empty()
    );

    restarted.sign_out().await.expect("sign out");
    let (c, k) = (restarted.clone(), keyring.clone());
    tokio::task::spawn_blocking(move || c.forget_token(k.as_ref()))
        .await
        .expect("join")
        .expect("forget");
    let name = cittadinanza_core::portal::token_secret_name(restarted.base_url());
    let k = keyring.clone();
    let left = tokio::task::spawn_blocking(move || k.load(&name))
        .await
        .expect("join")
        .expect("load");
    assert_eq!(left, None);
    // The old token no longer opens anything on the server either.
    assert!(matches!(
        client.list_applications().await,
        Err(PortalError::Unauthorized)
    ));
}
