//! Lifetime markers that make brands and arena lifetimes invariant.

use core::marker::PhantomData;

/// Makes a type invariant in `'a`: `'a` can be neither shortened nor lengthened by subtyping.
pub(crate) type Invariant<'a> = PhantomData<fn(&'a ()) -> &'a ()>;

/// Carried by every graph handle ([`GraphIn`](crate::GraphIn), and so
/// [`Allocator`](crate::Allocator)).
///
/// - Invariant in `'arena`: a covariant handle could be shortened to a lifetime inside the
///   scope, after which a payload holding the token reference would satisfy `T: 'arena` and
///   its destructor could read freed neighbours at teardown.
/// - Invariant in `'id`, like every brand.
/// - Well-formed only when `'id: 'arena` and `'src: 'arena`, so every function that receives a
///   graph may assume both: node types mention `'id`, and payloads may borrow for `'src`, and
///   allocation asks `T: 'arena`.
/// - Covariant in `'src`, so a `GraphIn<'src, 'arena, 'id>` is also a
///   `Graph<'arena, 'id>` (`'src` only supplies the bound above).
///
/// It never relates `'id` to `'src`: `'src` is chosen by the caller (it may be `'static`), and a
/// brand known to outlive `'static` would equal every other brand.
pub(crate) type Brand<'src, 'arena, 'id> =
    PhantomData<(Invariant<'arena>, &'arena Invariant<'id>, &'arena &'src ())>;
