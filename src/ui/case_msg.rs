//! What the last export or import of a case file did, as data: the store keeps it (so every
//! region shows the same message) and `case_io` words it. A module of its own so that storage
//! imports no UI module.

use crate::engine::case::CaseError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportMsg {
    NeedCase,
    Done {
        file: String,
        left_out: usize,
        /// The case's name went into the file (and its name).
        labelled: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportMsg {
    Ok(String),
    Errors(String, Vec<CaseError>),
    TooLarge(String),
    Unreadable(String),
    OneFile,
}
