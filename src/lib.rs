//! Ebb's core: the encrypted journal, its records, and everything done with them.
//!
//! This crate knows nothing of the desktop shell. The `ebb` command line and the Tauri app
//! are both thin layers over it, so every rule lives here once.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod alarms;
pub mod app;
pub mod catalog;
pub mod crypto;
pub mod error;
pub mod exchange;
pub mod files;
pub mod formats;
pub mod i18n;
pub mod insights;
pub mod model;
pub mod patterns;
pub mod pause;
pub mod query;
pub mod report;
pub mod sample;
pub mod sources;
pub mod store;
pub mod sync;

pub use error::{Error, Result};
