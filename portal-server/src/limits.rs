//! Attempt limits: bounded, expiring counters per key (client address, account, K10 number)
//! and the rules the server applies to sign-in, registration, "associa pratica" and the admin
//! token. Every check counts in the same lock that decides, so parallel requests cannot slip
//! past a limit; every table has a cap and drops expired entries, so no request can grow
//! memory without bound.
//!
//! With PostgreSQL the counters live in the database (`rate_limits`, see [`Limiters::shared`]),
//! so that every instance counts the same attempts: an attacker alternating between instances
//! gets no more tries than on one. Each check is one `INSERT ... ON CONFLICT DO UPDATE ...
//! WHERE ... RETURNING` that counts and decides under the row's lock; expired rows are
//! reopened in place and swept with the partial uploads.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How many attempts a key may make in a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub max: u32,
    pub window: Duration,
}

impl Rule {
    pub const fn new(max: u32, window_secs: u64) -> Rule {
        Rule {
            max,
            window: Duration::from_secs(window_secs),
        }
    }
}

/// The limits of one server; [`Limits::default`] is what `portal-server` runs with.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Sign-in (and password change) attempts from one client address, any account.
    pub sign_in_per_address: Rule,
    /// Sign-in attempts on one account from one address: the guessing limit. A success
    /// clears it, so the owner's own typos never pile up.
    pub sign_in_per_account_address: Rule,
    /// Sign-in attempts on one account from all addresses together: much higher than the
    /// per-address limit, so that an attacker at one address never locks the owner out and
    /// one spread over many addresses is still slowed.
    pub sign_in_per_account: Rule,
    /// New accounts from one client address.
    pub register_per_address: Rule,
    /// "Associa pratica" attempts per account, per client address and per K10 number.
    pub associate_per_account: Rule,
    pub associate_per_address: Rule,
    pub associate_per_k10: Rule,
    /// Wrong admin tokens from one client address.
    pub admin_failures_per_address: Rule,
    /// How long an address the account signed in from stays known: known addresses skip the
    /// per-account limit, so an attacker spread over many addresses does not lock the owner
    /// out of the devices she uses.
    pub known_address_days: u64,
    /// Entries of each table; when one is full of live entries, new keys wait (429).
    pub table_capacity: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            sign_in_per_address: Rule::new(30, 15 * 60),
            sign_in_per_account_address: Rule::new(5, 15 * 60),
            sign_in_per_account: Rule::new(50, 15 * 60),
            register_per_address: Rule::new(20, 60 * 60),
            associate_per_account: Rule::new(10, 15 * 60),
            associate_per_address: Rule::new(20, 15 * 60),
            associate_per_k10: Rule::new(10, 60 * 60),
            admin_failures_per_address: Rule::new(10, 15 * 60),
            known_address_days: 30,
            table_capacity: 100_000,
        }
    }
}

/// Counts of one key in its current window.
#[derive(Debug, Clone, Copy)]
struct Entry {
    count: u32,
    /// End of the window opened by the first attempt.
    until: Instant,
}

/// Attempts per key under one [`Rule`] (fixed windows opened by the first attempt).
#[derive(Debug)]
pub struct Limiter {
    /// The table's name in `rate_limits.limiter`.
    name: &'static str,
    rule: Rule,
    capacity: usize,
    entries: Mutex<Tables>,
}

#[derive(Debug)]
struct Tables {
    map: HashMap<String, Entry>,
    next_sweep: Instant,
}

/// How often a table drops its expired entries even when not full.
const SWEEP_EVERY: Duration = Duration::from_secs(60);

impl Limiter {
    pub fn new(rule: Rule, capacity: usize) -> Limiter {
        Limiter::named("limiter", rule, capacity)
    }

    pub fn named(name: &'static str, rule: Rule, capacity: usize) -> Limiter {
        Limiter {
            name,
            rule,
            capacity: capacity.max(1),
            entries: Mutex::new(Tables {
                map: HashMap::new(),
                next_sweep: Instant::now() + SWEEP_EVERY,
            }),
        }
    }

    /// Counts one attempt of `key`; `Err(retry after)` when the key has used its attempts (the
    /// refused attempt is not counted) or the table is full of live keys.
    pub fn take(&self, key: &str) -> Result<(), Duration> {
        self.decide(key, Instant::now(), |_| true, |_| false)
    }

    /// Runs the cheap check `verify` only while `key` is under its limit, and counts it when it
    /// fails, in one step (the admin token: only wrong guesses count).
    pub fn check_counting_failures(
        &self,
        key: &str,
        verify: impl FnOnce() -> bool,
    ) -> Result<bool, Duration> {
        let mut verify = Some(verify);
        let mut outcome = false;
        self.decide(
            key,
            Instant::now(),
            |_| false,
            |_| {
                outcome = verify.take().is_some_and(|f| f());
                !outcome
            },
        )?;
        Ok(outcome)
    }

    /// The common step: under the lock, refuse when over the limit, else count the attempt
    /// if `count_before` or if `count_after` (given the entry) says so.
    fn decide(
        &self,
        key: &str,
        now: Instant,
        count_before: impl FnOnce(&Entry) -> bool,
        count_after: impl FnOnce(&Entry) -> bool,
    ) -> Result<(), Duration> {
        let Ok(mut tables) = self.entries.lock() else {
            return Err(self.rule.window);
        };
        if now >= tables.next_sweep {
            tables.map.retain(|_, e| e.until > now);
            tables.next_sweep = now + SWEEP_EVERY;
        }
        let live = tables.map.get(key).copied().filter(|e| e.until > now);
        let mut entry = match live {
            Some(entry) if entry.count >= self.rule.max => {
                return Err(entry.until.saturating_duration_since(now));
            }
            Some(entry) => entry,
            None => {
                if tables.map.len() >= self.capacity {
                    tables.map.retain(|_, e| e.until > now);
                    if tables.map.len() >= self.capacity {
                        // Full of live keys: an attack in progress. Refusing new keys keeps
                        // memory bounded; evicting live ones would reset attackers' counts.
                        let soonest = tables.map.values().map(|e| e.until).min();
                        return Err(
                            soonest.map_or(self.rule.window, |t| t.saturating_duration_since(now))
                        );
                    }
                }
                Entry {
                    count: 0,
                    until: now + self.rule.window,
                }
            }
        };
        if count_before(&entry) || count_after(&entry) {
            entry.count += 1;
            tables.map.insert(key.to_string(), entry);
        }
        Ok(())
    }

    /// Gives back one attempt (a success that should not use up the key's allowance).
    pub fn refund(&self, key: &str) {
        if let Ok(mut tables) = self.entries.lock()
            && let Some(entry) = tables.map.get_mut(key)
        {
            entry.count = entry.count.saturating_sub(1);
        }
    }

    /// Forgets the key (a success that proves the attempts were the owner's).
    pub fn reset(&self, key: &str) {
        if let Ok(mut tables) = self.entries.lock() {
            tables.map.remove(key);
        }
    }

    /// Whether `key` has a live entry (used as an expiring set).
    pub fn contains(&self, key: &str) -> bool {
        let now = Instant::now();
        self.entries
            .lock()
            .is_ok_and(|t| t.map.get(key).is_some_and(|e| e.until > now))
    }

    /// Entries held (live or not yet swept).
    pub fn len(&self) -> usize {
        self.entries.lock().map(|t| t.map.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The key of a client address: IPv4 as is, IPv6 by its /64 network (one subscriber usually
/// holds a whole /64, so single addresses would be free to rotate).
pub fn address_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

/// Every limiter of the server.
#[derive(Debug)]
pub struct Limiters {
    pub sign_in_address: Limiter,
    pub sign_in_account_address: Limiter,
    pub sign_in_account: Limiter,
    pub register_address: Limiter,
    pub associate_account: Limiter,
    pub associate_address: Limiter,
    pub associate_k10: Limiter,
    pub admin_address: Limiter,
    /// (account, address) pairs that signed in successfully.
    pub known_addresses: Limiter,
    /// Where the counts live when several instances share them; in memory when `None`.
    shared: Option<crate::store::Store>,
}

fn epoch_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX / 4)
}

/// One attempt of `key` in the database: counted and decided in one statement.
async fn shared_take(
    store: &crate::store::Store,
    limiter: &Limiter,
    key: &str,
) -> Result<(), Duration> {
    let now = epoch_ms();
    let refused = Err(limiter.rule.window);
    let mut conn = match store.conn().await {
        Ok(conn) => conn,
        Err(error) => {
            // Refused rather than uncounted: a database that does not answer stops guessing too.
            tracing::warn!(%error, "attempt limits: the database does not answer");
            return refused;
        }
    };
    let counted = conn
        .query_opt(
            "INSERT INTO rate_limits (limiter, key, count, until_ms) VALUES ($1, $2, 1, $4)
             ON CONFLICT (limiter, key) DO UPDATE SET
                 count = CASE WHEN rate_limits.until_ms <= $3 THEN 1
                              ELSE rate_limits.count + 1 END,
                 until_ms = CASE WHEN rate_limits.until_ms <= $3 THEN $4
                                 ELSE rate_limits.until_ms END
             WHERE rate_limits.until_ms <= $3 OR rate_limits.count < $5
             RETURNING count",
            crate::p![
                limiter.name,
                key,
                now,
                now.saturating_add(millis(limiter.rule.window)),
                i64::from(limiter.rule.max)
            ],
        )
        .await;
    match counted {
        Ok(Some(_)) => Ok(()),
        Ok(None) => {
            let until = conn
                .query_opt(
                    "SELECT until_ms FROM rate_limits WHERE limiter = $1 AND key = $2",
                    crate::p![limiter.name, key],
                )
                .await
                .ok()
                .flatten()
                .and_then(|row| row.int(0).ok());
            match until {
                Some(until) => Err(Duration::from_millis(
                    u64::try_from(until - now).unwrap_or(0).max(1),
                )),
                None => refused,
            }
        }
        Err(error) => {
            tracing::warn!(%error, "attempt limits: the database does not answer");
            refused
        }
    }
}

async fn shared_refund(store: &crate::store::Store, limiter: &Limiter, key: &str) {
    if let Ok(mut conn) = store.conn().await {
        let _ = conn
            .execute(
                "UPDATE rate_limits SET count = count - 1
                 WHERE limiter = $1 AND key = $2 AND count > 0",
                crate::p![limiter.name, key],
            )
            .await;
    }
}

async fn shared_reset(store: &crate::store::Store, limiter: &Limiter, key: &str) {
    if let Ok(mut conn) = store.conn().await {
        let _ = conn
            .execute(
                "DELETE FROM rate_limits WHERE limiter = $1 AND key = $2",
                crate::p![limiter.name, key],
            )
            .await;
    }
}

async fn shared_contains(store: &crate::store::Store, limiter: &Limiter, key: &str) -> bool {
    let Ok(mut conn) = store.conn().await else {
        return false;
    };
    conn.query_one(
        "SELECT EXISTS (SELECT 1 FROM rate_limits
             WHERE limiter = $1 AND key = $2 AND until_ms > $3)",
        crate::p![limiter.name, key, epoch_ms()],
    )
    .await
    .and_then(|row| row.bool(0))
    .unwrap_or(false)
}

/// Drops the expired counters of the database; how many.
pub async fn sweep_shared(store: &crate::store::Store) -> Result<u64, crate::store::DbError> {
    store
        .conn()
        .await?
        .execute(
            "DELETE FROM rate_limits WHERE until_ms <= $1",
            crate::p![epoch_ms()],
        )
        .await
}

impl Limiters {
    /// Counts in memory (one server).
    pub fn new(limits: &Limits) -> Limiters {
        let cap = limits.table_capacity;
        Limiters {
            sign_in_address: Limiter::named("sign_in_address", limits.sign_in_per_address, cap),
            sign_in_account_address: Limiter::named(
                "sign_in_account_address",
                limits.sign_in_per_account_address,
                cap,
            ),
            sign_in_account: Limiter::named("sign_in_account", limits.sign_in_per_account, cap),
            register_address: Limiter::named("register_address", limits.register_per_address, cap),
            associate_account: Limiter::named(
                "associate_account",
                limits.associate_per_account,
                cap,
            ),
            associate_address: Limiter::named(
                "associate_address",
                limits.associate_per_address,
                cap,
            ),
            associate_k10: Limiter::named("associate_k10", limits.associate_per_k10, cap),
            admin_address: Limiter::named("admin_address", limits.admin_failures_per_address, cap),
            known_addresses: Limiter::named(
                "known_addresses",
                Rule::new(u32::MAX, limits.known_address_days * 24 * 60 * 60),
                cap,
            ),
            shared: None,
        }
    }

    /// Counts in the database of `store`, shared by every instance on it.
    pub fn shared(limits: &Limits, store: crate::store::Store) -> Limiters {
        Limiters {
            shared: Some(store),
            ..Limiters::new(limits)
        }
    }

    pub fn is_shared(&self) -> bool {
        self.shared.is_some()
    }

    async fn take(&self, limiter: &Limiter, key: &str) -> Result<(), Duration> {
        match &self.shared {
            None => limiter.take(key),
            Some(store) => shared_take(store, limiter, key).await,
        }
    }

    async fn refund(&self, limiter: &Limiter, key: &str) {
        match &self.shared {
            None => limiter.refund(key),
            Some(store) => shared_refund(store, limiter, key).await,
        }
    }

    async fn reset(&self, limiter: &Limiter, key: &str) {
        match &self.shared {
            None => limiter.reset(key),
            Some(store) => shared_reset(store, limiter, key).await,
        }
    }

    async fn contains(&self, limiter: &Limiter, key: &str) -> bool {
        match &self.shared {
            None => limiter.contains(key),
            Some(store) => shared_contains(store, limiter, key).await,
        }
    }

    /// Counts a registration from `address`.
    pub async fn register_attempt(&self, address: &str) -> Result<(), Duration> {
        self.take(&self.register_address, address).await
    }

    /// Runs the cheap check `verify` only while `address` is under the admin limit; only
    /// failures count. Shared: a slot is taken first and given back on success, so parallel
    /// guesses on several instances cannot pass the limit either.
    pub async fn admin_check(
        &self,
        address: &str,
        verify: impl FnOnce() -> bool,
    ) -> Result<bool, Duration> {
        match &self.shared {
            None => self.admin_address.check_counting_failures(address, verify),
            Some(store) => {
                shared_take(store, &self.admin_address, address).await?;
                let valid = verify();
                if valid {
                    shared_refund(store, &self.admin_address, address).await;
                }
                Ok(valid)
            }
        }
    }

    fn all(&self) -> [&Limiter; 9] {
        [
            &self.sign_in_address,
            &self.sign_in_account_address,
            &self.sign_in_account,
            &self.register_address,
            &self.associate_account,
            &self.associate_address,
            &self.associate_k10,
            &self.admin_address,
            &self.known_addresses,
        ]
    }

    /// Entries held by all tables together (tests check that hostile input keeps it small).
    pub fn entries(&self) -> usize {
        self.all().iter().map(|l| l.len()).sum()
    }

    /// Counts a sign-in (or password check) on `email` from `address`; Err(retry after) when
    /// one of the limits is reached. Order matters: an address already over its limit never
    /// reaches the account's tables; an address the account signed in from before skips the
    /// per-account limit.
    pub async fn sign_in_attempt(&self, email: &str, address: &str) -> Result<(), Duration> {
        self.take(&self.sign_in_address, address).await?;
        let pair = format!("{email}\n{address}");
        self.take(&self.sign_in_account_address, &pair).await?;
        if self.contains(&self.known_addresses, &pair).await {
            return Ok(());
        }
        self.take(&self.sign_in_account, email).await
    }

    pub async fn sign_in_succeeded(&self, email: &str, address: &str) {
        let pair = format!("{email}\n{address}");
        self.refund(&self.sign_in_address, address).await;
        self.reset(&self.sign_in_account_address, &pair).await;
        if !self.contains(&self.known_addresses, &pair).await {
            self.refund(&self.sign_in_account, email).await;
            // Remembered for the window; a full table just means no shortcut next time.
            let _ = self.take(&self.known_addresses, &pair).await;
        }
    }

    pub async fn associate_attempt(
        &self,
        account: &str,
        k10: &str,
        address: &str,
    ) -> Result<(), Duration> {
        self.take(&self.associate_address, address).await?;
        self.take(&self.associate_account, account).await?;
        self.take(&self.associate_k10, k10).await
    }

    pub async fn associate_succeeded(&self, account: &str, k10: &str, address: &str) {
        self.refund(&self.associate_address, address).await;
        self.reset(&self.associate_account, account).await;
        self.refund(&self.associate_k10, k10).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_refuses_and_reopens_after_the_window() {
        let limiter = Limiter::new(Rule::new(2, 60), 10);
        let start = Instant::now();
        let take = |at: Instant| limiter.decide("k", at, |_| true, |_| false);
        assert!(take(start).is_ok());
        assert!(take(start).is_ok());
        let wait = take(start + Duration::from_secs(10)).expect_err("third refused");
        assert_eq!(wait, Duration::from_secs(50));
        assert!(take(start + Duration::from_secs(61)).is_ok());
    }

    #[test]
    fn tables_stay_within_capacity_and_drop_expired_keys() {
        let limiter = Limiter::new(Rule::new(1, 60), 3);
        let start = Instant::now();
        for key in ["a", "b", "c"] {
            assert!(limiter.decide(key, start, |_| true, |_| false).is_ok());
        }
        // Full of live keys: a new key waits until the soonest one expires.
        assert!(limiter.decide("d", start, |_| true, |_| false).is_err());
        assert_eq!(limiter.len(), 3);
        // Once they expired, inserting sweeps them.
        let later = start + Duration::from_secs(61);
        assert!(limiter.decide("d", later, |_| true, |_| false).is_ok());
        assert_eq!(limiter.len(), 1);
    }

    #[test]
    fn only_failures_count_when_asked() {
        let limiter = Limiter::new(Rule::new(2, 60), 10);
        for _ in 0..5 {
            assert_eq!(limiter.check_counting_failures("ip", || true), Ok(true));
        }
        assert_eq!(limiter.check_counting_failures("ip", || false), Ok(false));
        assert_eq!(limiter.check_counting_failures("ip", || false), Ok(false));
        // Over the limit the check does not even run.
        let mut ran = false;
        assert!(
            limiter
                .check_counting_failures("ip", || {
                    ran = true;
                    true
                })
                .is_err()
        );
        assert!(!ran);
    }

    #[test]
    fn ipv6_addresses_share_their_64() {
        let a: IpAddr = "2001:db8:1:2::1".parse().expect("ip");
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().expect("ip");
        assert_eq!(address_key(a), address_key(b));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().expect("ip");
        assert_eq!(address_key(mapped), "192.0.2.7");
    }
}
