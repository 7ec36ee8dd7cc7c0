//! Collects every error a pass finds, so the user sees them all at once.

use proc_macro2::TokenStream;
use syn::Error;

/// Errors gathered while parsing and validating one input.
#[derive(Default)]
pub(crate) struct Errors {
    combined: Option<Error>,
}

impl Errors {
    pub(crate) fn push(&mut self, error: Error) {
        match &mut self.combined {
            Some(combined) => combined.combine(error),
            None => self.combined = Some(error),
        }
    }

    pub(crate) fn to_compile_error(&self) -> TokenStream {
        self.combined
            .as_ref()
            .map(Error::to_compile_error)
            .unwrap_or_default()
    }
}
