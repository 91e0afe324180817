//! Who holds the account: the one type both the case file and the packs name (a module of its own so
//! that `pack` need not import `case`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Customer {
    Individual,
    SoleProprietor,
    Corporation,
}

impl Customer {
    pub const ALL: [Customer; 3] = [
        Customer::Individual,
        Customer::SoleProprietor,
        Customer::Corporation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Customer::Individual => "individual",
            Customer::SoleProprietor => "sole_proprietor",
            Customer::Corporation => "corporation",
        }
    }

    pub fn parse(s: &str) -> Option<Customer> {
        Customer::ALL.into_iter().find(|c| c.as_str() == s)
    }
}
