//! The portal token kept in the real OS credential store (Secret Service). `scripts/test`
//! provides a throw-away gnome-keyring and sets `CITTADINANZA_SECRET_SERVICE=available`;
//! without it the test says it is skipped and never touches a developer's keyring.
//!
//! The keyring's D-Bus client runs its own executor, so it is used outside the tokio runtime
//! here, as the app does (keyring calls are blocking).

mod common;

use cittadinanza_core::portal::{PortalError, TokenStore, token_secret_name};
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

#[test]
fn the_token_survives_a_restart_in_the_keyring() {
    let Some(keyring) = real_secret_service() else {
        return;
    };
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = runtime.block_on(TestServer::start());
    let (client, _) = runtime.block_on(server.applicant("keyring@example.org"));
    client.remember_token(&keyring).expect("remember");

    // A new process: the token comes back from the keyring and works.
    let restarted = client_for(&server.url());
    assert!(restarted.restore_token(&keyring).expect("restore"));
    let listed = runtime
        .block_on(restarted.list_applications())
        .expect("list");
    assert!(listed.is_empty());

    runtime.block_on(restarted.sign_out()).expect("sign out");
    restarted.forget_token(&keyring).expect("forget");
    let name = token_secret_name(restarted.base_url());
    assert_eq!(keyring.load(&name).expect("load"), None);
    assert!(
        !client_for(&server.url())
            .restore_token(&keyring)
            .expect("restore")
    );
    // The old token no longer opens anything on the server either.
    assert!(matches!(
        runtime.block_on(client.list_applications()),
        Err(PortalError::Unauthorized)
    ));
}
