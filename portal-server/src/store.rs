//! The database behind one interface: SQLite (rusqlite, one connection behind an async lock,
//! the zero-set-up default for one desk) or PostgreSQL (tokio-postgres on a deadpool pool,
//! for several instances), chosen by the URL given to `--db`.
//!
//! Queries are written once, with `$1` placeholders (turned into SQLite's `?1`), in the SQL
//! both databases understand (`ON CONFLICT`, `RETURNING`, `IS DISTINCT FROM`). Values go in
//! and come out as [`Val`], so `db.rs` does not depend on the backend. The schemas live in
//! `migrations/{sqlite,postgres}/NNN_name.sql` and are applied by [`Store::migrate`].

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::BytesMut;
use tokio_postgres::types::{IsNull, ToSql, Type, to_sql_checked};

/// Where the data lives, from `--db`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbUrl {
    /// `sqlite:///abs/path`, `sqlite://rel/path` or a plain path (as before URLs).
    Sqlite(PathBuf),
    /// `postgres://user@host:port/db` or `postgresql://...` (libpq's URL syntax).
    Postgres(String),
}

impl DbUrl {
    pub fn parse(text: &str) -> DbUrl {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            return DbUrl::Postgres(text.to_string());
        }
        match text.strip_prefix("sqlite:") {
            Some(rest) => DbUrl::Sqlite(PathBuf::from(rest.strip_prefix("//").unwrap_or(rest))),
            None => DbUrl::Sqlite(PathBuf::from(text)),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Shown without PostgreSQL's DETAIL, which can quote a row's values (an e-mail address
    /// in a unique violation): this text goes to the logs.
    #[error("PostgreSQL: {}", postgres_summary(.0))]
    Postgres(#[from] tokio_postgres::Error),
    #[error("PostgreSQL pool: {0}")]
    Pool(String),
    #[error("column {column}: expected {expected}")]
    Type {
        column: usize,
        expected: &'static str,
    },
    #[error("migration {0}: {1}")]
    Migration(String, String),
}

fn postgres_summary(error: &tokio_postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => format!("{} {}: {}", db.severity(), db.code().code(), db.message()),
        None => error.to_string(),
    }
}

impl DbError {
    /// A UNIQUE or PRIMARY KEY constraint refused the row (two instances raced).
    pub fn is_unique_violation(&self) -> bool {
        match self {
            DbError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => {
                e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                    || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
            }
            DbError::Postgres(e) => {
                e.code() == Some(&tokio_postgres::error::SqlState::UNIQUE_VIOLATION)
            }
            _ => false,
        }
    }
}

/// A value bound to a query or read from a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    Null,
    Int(i64),
    Text(String),
    Bytes(Vec<u8>),
}

impl From<&str> for Val {
    fn from(v: &str) -> Val {
        Val::Text(v.to_string())
    }
}
impl From<&String> for Val {
    fn from(v: &String) -> Val {
        Val::Text(v.clone())
    }
}
impl From<String> for Val {
    fn from(v: String) -> Val {
        Val::Text(v)
    }
}
impl From<i64> for Val {
    fn from(v: i64) -> Val {
        Val::Int(v)
    }
}
impl From<&[u8]> for Val {
    fn from(v: &[u8]) -> Val {
        Val::Bytes(v.to_vec())
    }
}
impl<T: Into<Val>> From<Option<T>> for Val {
    fn from(v: Option<T>) -> Val {
        v.map_or(Val::Null, Into::into)
    }
}

/// `p![a, b]`: the parameters of a query.
#[macro_export]
macro_rules! p {
    ($($v:expr),* $(,)?) => { &[$($crate::store::Val::from($v)),*][..] };
}

impl rusqlite::ToSql for Val {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Val::Null => ValueRef::Null,
            Val::Int(i) => ValueRef::Integer(*i),
            Val::Text(s) => ValueRef::Text(s.as_bytes()),
            Val::Bytes(b) => ValueRef::Blob(b),
        }))
    }
}

impl ToSql for Val {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Val::Null => Ok(IsNull::Yes),
            Val::Int(i) if *ty == Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
            Val::Int(i) if *ty == Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
            Val::Int(i) if *ty == Type::BOOL => (*i != 0).to_sql(ty, out),
            Val::Int(i) => i.to_sql(ty, out),
            Val::Text(s) => s.as_str().to_sql(ty, out),
            Val::Bytes(b) => b.as_slice().to_sql(ty, out),
        }
    }

    fn accepts(_ty: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// One row, read whole.
#[derive(Debug, Clone)]
pub struct Row(Vec<Val>);

impl Row {
    fn at(&self, i: usize) -> &Val {
        self.0.get(i).unwrap_or(&Val::Null)
    }

    /// The value of column `i` as read.
    pub fn value(&self, i: usize) -> Val {
        self.at(i).clone()
    }

    pub fn opt_text(&self, i: usize) -> Result<Option<String>, DbError> {
        match self.at(i) {
            Val::Null => Ok(None),
            Val::Text(s) => Ok(Some(s.clone())),
            _ => Err(DbError::Type {
                column: i,
                expected: "text",
            }),
        }
    }

    pub fn text(&self, i: usize) -> Result<String, DbError> {
        self.opt_text(i)?.ok_or(DbError::Type {
            column: i,
            expected: "text",
        })
    }

    pub fn opt_int(&self, i: usize) -> Result<Option<i64>, DbError> {
        match self.at(i) {
            Val::Null => Ok(None),
            Val::Int(n) => Ok(Some(*n)),
            _ => Err(DbError::Type {
                column: i,
                expected: "integer",
            }),
        }
    }

    pub fn int(&self, i: usize) -> Result<i64, DbError> {
        self.opt_int(i)?.ok_or(DbError::Type {
            column: i,
            expected: "integer",
        })
    }

    /// SQLite answers `EXISTS` with 0/1, PostgreSQL with a boolean (read as 0/1).
    pub fn bool(&self, i: usize) -> Result<bool, DbError> {
        Ok(self.int(i)? != 0)
    }

    pub fn bytes(&self, i: usize) -> Result<Vec<u8>, DbError> {
        match self.at(i) {
            Val::Bytes(b) => Ok(b.clone()),
            _ => Err(DbError::Type {
                column: i,
                expected: "bytes",
            }),
        }
    }
}

fn pg_row(row: &tokio_postgres::Row) -> Result<Row, DbError> {
    let mut values = Vec::with_capacity(row.len());
    for (i, column) in row.columns().iter().enumerate() {
        let ty = column.type_();
        let value = if *ty == Type::INT8 {
            row.try_get::<_, Option<i64>>(i)?
                .map_or(Val::Null, Val::Int)
        } else if *ty == Type::INT4 {
            row.try_get::<_, Option<i32>>(i)?
                .map_or(Val::Null, |n| Val::Int(n.into()))
        } else if *ty == Type::INT2 {
            row.try_get::<_, Option<i16>>(i)?
                .map_or(Val::Null, |n| Val::Int(n.into()))
        } else if *ty == Type::BOOL {
            row.try_get::<_, Option<bool>>(i)?
                .map_or(Val::Null, |b| Val::Int(b.into()))
        } else if *ty == Type::BYTEA {
            row.try_get::<_, Option<Vec<u8>>>(i)?
                .map_or(Val::Null, Val::Bytes)
        } else {
            row.try_get::<_, Option<String>>(i)?
                .map_or(Val::Null, Val::Text)
        };
        values.push(value);
    }
    Ok(Row(values))
}

fn sqlite_row(row: &rusqlite::Row<'_>, columns: usize) -> rusqlite::Result<Row> {
    use rusqlite::types::ValueRef;
    let mut values = Vec::with_capacity(columns);
    for i in 0..columns {
        values.push(match row.get_ref(i)? {
            ValueRef::Null => Val::Null,
            ValueRef::Integer(n) => Val::Int(n),
            ValueRef::Real(f) => Val::Int(f as i64),
            ValueRef::Text(t) => Val::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Val::Bytes(b.to_vec()),
        });
    }
    Ok(Row(values))
}

/// `$1` → `?1` (SQLite's numbered parameters). Queries hold no `$` in literals.
fn sqlite_sql(sql: &str) -> String {
    sql.replace('$', "?")
}

/// The database of a server: clone it freely.
#[derive(Clone)]
pub enum Store {
    Sqlite(Arc<tokio::sync::Mutex<rusqlite::Connection>>),
    Postgres(deadpool_postgres::Pool),
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Store::Sqlite(_) => "Store::Sqlite",
            Store::Postgres(_) => "Store::Postgres",
        })
    }
}

impl Store {
    /// Opens the SQLite file (creating it), with WAL and foreign keys.
    pub fn open_sqlite(path: &Path) -> Result<Store, DbError> {
        let conn = rusqlite::Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
        )?;
        Ok(Store::Sqlite(Arc::new(tokio::sync::Mutex::new(conn))))
    }

    /// A pool of connections to PostgreSQL (opened on demand).
    pub fn open_postgres(url: &str) -> Result<Store, DbError> {
        let config = deadpool_postgres::Config {
            url: Some(url.to_string()),
            ..deadpool_postgres::Config::default()
        };
        let pool = config
            .create_pool(
                Some(deadpool_postgres::Runtime::Tokio1),
                tokio_postgres::NoTls,
            )
            .map_err(|e| DbError::Pool(e.to_string()))?;
        Ok(Store::Postgres(pool))
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Store::Postgres(_))
    }

    /// A connection for one operation (wait for the SQLite lock or a pooled connection).
    pub async fn conn(&self) -> Result<Conn, DbError> {
        let inner = match self {
            Store::Sqlite(conn) => Inner::Sqlite(conn.clone().lock_owned().await),
            Store::Postgres(pool) => Inner::Postgres(Some(Box::new(
                pool.get().await.map_err(|e| DbError::Pool(e.to_string()))?,
            ))),
        };
        Ok(Conn {
            inner,
            in_transaction: false,
        })
    }

    /// Applies the migrations not applied yet; returns their names.
    pub async fn migrate(&self) -> Result<Vec<String>, DbError> {
        crate::migrations::apply(self).await
    }
}

enum Inner {
    Sqlite(tokio::sync::OwnedMutexGuard<rusqlite::Connection>),
    // Boxed: a pooled client is large, the SQLite guard one pointer.
    Postgres(Option<Box<deadpool_postgres::Object>>),
}

/// One connection, held for an operation. A transaction begun and not committed is rolled
/// back when the connection is dropped (an error returned half-way).
pub struct Conn {
    inner: Inner,
    in_transaction: bool,
}

impl Conn {
    fn pg(&self) -> Result<&deadpool_postgres::Object, DbError> {
        match &self.inner {
            Inner::Postgres(Some(client)) => Ok(client),
            _ => Err(DbError::Pool("connection already returned".into())),
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.inner, Inner::Postgres(_))
    }

    /// Rows changed.
    pub async fn execute(&mut self, sql: &str, params: &[Val]) -> Result<u64, DbError> {
        match &self.inner {
            Inner::Sqlite(conn) => {
                let mut statement = conn.prepare_cached(&sqlite_sql(sql))?;
                Ok(statement.execute(rusqlite::params_from_iter(params.iter()))? as u64)
            }
            Inner::Postgres(_) => {
                let client = self.pg()?;
                let statement = client.prepare_cached(sql).await?;
                let refs: Vec<&(dyn ToSql + Sync)> =
                    params.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
                Ok(client.execute(&statement, &refs).await?)
            }
        }
    }

    pub async fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, DbError> {
        match &self.inner {
            Inner::Sqlite(conn) => {
                let mut statement = conn.prepare_cached(&sqlite_sql(sql))?;
                let columns = statement.column_count();
                let rows = statement
                    .query_map(rusqlite::params_from_iter(params.iter()), |row| {
                        sqlite_row(row, columns)
                    })?
                    .collect::<rusqlite::Result<Vec<Row>>>()?;
                Ok(rows)
            }
            Inner::Postgres(_) => {
                let client = self.pg()?;
                let statement = client.prepare_cached(sql).await?;
                let refs: Vec<&(dyn ToSql + Sync)> =
                    params.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
                client
                    .query(&statement, &refs)
                    .await?
                    .iter()
                    .map(pg_row)
                    .collect()
            }
        }
    }

    /// The first row, if any.
    pub async fn query_opt(&mut self, sql: &str, params: &[Val]) -> Result<Option<Row>, DbError> {
        Ok(self.query(sql, params).await?.into_iter().next())
    }

    /// The first row; an error when there is none.
    pub async fn query_one(&mut self, sql: &str, params: &[Val]) -> Result<Row, DbError> {
        self.query_opt(sql, params).await?.ok_or(DbError::Type {
            column: 0,
            expected: "a row",
        })
    }

    /// Several statements without parameters (migrations).
    pub async fn batch(&mut self, sql: &str) -> Result<(), DbError> {
        match &self.inner {
            Inner::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            Inner::Postgres(_) => Ok(self.pg()?.batch_execute(sql).await?),
        }
    }

    /// Starts a transaction. SQLite takes the write lock at once (`IMMEDIATE`); PostgreSQL runs
    /// at READ COMMITTED, so the queries that decide on a row lock it (`db::lock_application`).
    pub async fn begin(&mut self) -> Result<(), DbError> {
        let sql = if self.is_postgres() {
            "BEGIN"
        } else {
            "BEGIN IMMEDIATE"
        };
        self.batch(sql).await?;
        self.in_transaction = true;
        Ok(())
    }

    pub async fn commit(&mut self) -> Result<(), DbError> {
        self.batch("COMMIT").await?;
        self.in_transaction = false;
        Ok(())
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        if !self.in_transaction {
            return;
        }
        match &mut self.inner {
            Inner::Sqlite(conn) => {
                let _ = conn.execute_batch("ROLLBACK");
            }
            Inner::Postgres(client) => {
                let Some(client) = client.take() else {
                    return;
                };
                // Roll back before the connection goes back to the pool; without a runtime
                // (or if it fails) the connection is closed, which rolls back too.
                match tokio::runtime::Handle::try_current() {
                    Ok(runtime) => {
                        runtime.spawn(async move {
                            if client.batch_execute("ROLLBACK").await.is_err() {
                                let _ = deadpool_postgres::Object::take(*client);
                            }
                        });
                    }
                    Err(_) => {
                        let _ = deadpool_postgres::Object::take(*client);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_choose_the_backend() {
        assert_eq!(
            DbUrl::parse("sqlite:///srv/portal/db.sqlite"),
            DbUrl::Sqlite(PathBuf::from("/srv/portal/db.sqlite"))
        );
        assert_eq!(
            DbUrl::parse("sqlite://portal.db"),
            DbUrl::Sqlite(PathBuf::from("portal.db"))
        );
        assert_eq!(
            DbUrl::parse("/tmp/portal.db"),
            DbUrl::Sqlite(PathBuf::from("/tmp/portal.db"))
        );
        assert_eq!(
            DbUrl::parse("postgres://portal@db:5432/portal"),
            DbUrl::Postgres("postgres://portal@db:5432/portal".into())
        );
        assert!(matches!(
            DbUrl::parse("postgresql://x/y"),
            DbUrl::Postgres(_)
        ));
    }

    #[test]
    fn placeholders_become_sqlite_numbers() {
        assert_eq!(
            sqlite_sql("SELECT a FROM t WHERE b = $1 AND c = $12"),
            "SELECT a FROM t WHERE b = ?1 AND c = ?12"
        );
    }
}
