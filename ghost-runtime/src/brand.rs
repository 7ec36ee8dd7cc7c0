//! Lifetime markers that make brands and arena lifetimes invariant.

use core::marker::PhantomData;

/// Makes a type invariant in `'a`: `'a` can be neither shortened nor lengthened by subtyping.
pub(crate) type Invariant<'a> = PhantomData<fn(&'a ()) -> &'a ()>;

/// Carried by every handle that allocates ([`Graph`](crate::Graph),
/// [`Allocator`](crate::Allocator)).
///
/// - Invariant in `'arena`: a covariant handle could be shortened to a lifetime inside the
///   scope, after which a payload holding the token reference would satisfy `T: 'arena` and
///   its destructor could read freed neighbours at teardown.
/// - Invariant in `'id`, like every brand.
/// - The `&'arena Invariant<'id>` field makes the type well-formed only when `'id: 'arena`,
///   so every function that receives a `Graph<'arena, 'id>` may assume it. Node types mention
///   `'id`, so allocating them under `T: 'arena` needs exactly that bound.
pub(crate) type Brand<'arena, 'id> = PhantomData<(Invariant<'arena>, &'arena Invariant<'id>)>;
