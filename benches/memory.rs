//! Workload 3: memory per node of each list in `list_peers/`, measured by a counting global
//! allocator. A plain `main` (no criterion) that prints a markdown table:
//!
//! - **bytes/node**: live bytes requested from the global allocator after building a list of
//!   `common::list_len()` nodes, minus before, divided by the node count: the nodes, plus
//!   whatever the structure reserved and has not used yet (arena chunks, `Vec` capacity).
//! - **malloc bytes/node**: the same from glibc's side: `malloc_usable_size` of every live block
//!   plus its 8-byte chunk header, i.e. what the heap really spends (rounding to 16 bytes,
//!   32-byte minimum chunks). Linux/glibc only.
//! - **size_of node**: the node as the structure stores it.
//! - **allocations**: calls to `alloc`, `alloc_zeroed` and `realloc` during the build.
//!
//! Every list is also dropped and checked to return every byte it took (no leaks).
//!
//! A second table weighs the keyed stores of `keys_peers/` (the `keys/churn` workload of
//! `benches/keys.rs`) before and after churn: bytes held by the store (live bytes minus those
//! before it was built, minus its key `Vec`s, which are the program's) after building
//! `common::churn_size().0` nodes, and again after `common::churn_size().1` remove+insert pairs;
//! their ratio (1.00 is flat), and the allocation calls the churn made.
//!
//! A third weighs the LRU caches of `cache_peers/` full: bytes held per entry after
//! `2 * common::lru_get_size()` puts of distinct keys into a cache of capacity
//! `common::lru_get_size()` (so each has evicted as many entries as it holds).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::mem::size_of;
use std::sync::atomic::{AtomicUsize, Ordering};

mod cache_peers;
mod common;
mod keys_peers;
mod list_peers;

use keys_peers::KeyedStore;

use list_peers::{
    BenchList, ghost_cell_typed_arena as gc, ghost_graph as gg, linked_list, raw_arena, raw_box,
    rc_refcell, slot_map,
};

/// `System`, counting live bytes (as requested and as glibc sizes them) and allocation calls.
struct Counting;

static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);
static HEAP_BYTES: AtomicUsize = AtomicUsize::new(0);
static CALLS: AtomicUsize = AtomicUsize::new(0);

#[global_allocator]
static GLOBAL: Counting = Counting;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod glibc {
    unsafe extern "C" {
        /// glibc: the usable size of a block from `malloc` and friends.
        fn malloc_usable_size(ptr: *mut core::ffi::c_void) -> usize;
    }

    /// What the heap spends on the block at `ptr`: its usable size plus the chunk's size word.
    ///
    /// # Safety
    /// `ptr` must be a live block from `System` (which uses glibc's `malloc`, `calloc`,
    /// `realloc` and `posix_memalign` on this target).
    pub unsafe fn block_bytes(ptr: *mut u8) -> usize {
        // SAFETY: the caller passes a live block of glibc's allocator.
        unsafe { malloc_usable_size(ptr.cast()) + 8 }
    }

    pub const AVAILABLE: bool = true;
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
mod glibc {
    /// Not measured off glibc.
    pub unsafe fn block_bytes(_ptr: *mut u8) -> usize {
        0
    }

    pub const AVAILABLE: bool = false;
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged, so `System`'s
// guarantees carry over; the counters are only bookkeeping (atomics, no allocation), and
// `block_bytes` is only called on live blocks (before `dealloc`/`realloc` free them, after
// `alloc` returned them).
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees (non-zero size).
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
            // SAFETY: `ptr` is a live block `System` just returned.
            HEAP_BYTES.fetch_add(unsafe { glibc::block_bytes(ptr) }, Ordering::Relaxed);
            CALLS.fetch_add(1, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees (non-zero size).
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
            // SAFETY: `ptr` is a live block `System` just returned.
            HEAP_BYTES.fetch_add(unsafe { glibc::block_bytes(ptr) }, Ordering::Relaxed);
            CALLS.fetch_add(1, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` is live until the `dealloc` below (the caller's guarantee).
        HEAP_BYTES.fetch_sub(unsafe { glibc::block_bytes(ptr) }, Ordering::Relaxed);
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.dealloc(ptr, layout) };
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` is live until the `realloc` below (the caller's guarantee).
        let old_heap = unsafe { glibc::block_bytes(ptr) };
        // SAFETY: forwarded with the caller's guarantees.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            LIVE_BYTES.fetch_add(new_size, Ordering::Relaxed);
            LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
            // SAFETY: `new` is the live block `System` just returned (the old one is gone).
            HEAP_BYTES.fetch_add(unsafe { glibc::block_bytes(new) }, Ordering::Relaxed);
            HEAP_BYTES.fetch_sub(old_heap, Ordering::Relaxed);
            CALLS.fetch_add(1, Ordering::Relaxed);
        }
        new
    }
}

#[derive(Clone, Copy)]
struct Counters {
    live: usize,
    heap: usize,
    calls: usize,
}

fn counters() -> Counters {
    Counters {
        live: LIVE_BYTES.load(Ordering::Relaxed),
        heap: HEAP_BYTES.load(Ordering::Relaxed),
        calls: CALLS.load(Ordering::Relaxed),
    }
}

/// What building one list cost.
struct Row {
    name: &'static str,
    live: usize,
    heap: usize,
    calls: usize,
    size_of_node: String,
}

impl Row {
    /// `before` was read just before the list was built, `after` with the list alive, `freed`
    /// just after it was dropped.
    fn new(
        name: &'static str,
        [before, after, freed]: [Counters; 3],
        size_of_node: String,
    ) -> Self {
        assert_eq!(
            freed.live, before.live,
            "{name}: dropping the list did not return every byte"
        );
        Self {
            name,
            live: after.live - before.live,
            heap: after.heap.wrapping_sub(before.heap),
            calls: after.calls - before.calls,
            size_of_node,
        }
    }
}

/// Builds an owning list, reads the counters while it is alive, drops it.
fn measure_owned<L: BenchList>(name: &'static str, values: &[u64], size_of_node: String) -> Row {
    let before = counters();
    let list = black_box(L::build(values));
    let after = counters();
    drop(list);
    let freed = counters();
    Row::new(name, [before, after, freed], size_of_node)
}

/// The size of what a generated handle points to: the `GhostCell` holding the node.
fn target_size<T: core::ops::Deref<Target: Sized>>(_: T) -> usize {
    size_of::<T::Target>()
}

/// ghost-runtime's private `Slot<'id, T>`: an 8-byte header (generation and shared-scope mark,
/// one `AtomicU64`), then the `GhostCell` holding the node.
#[allow(dead_code)]
#[repr(C)]
struct GhostSlot<C> {
    header: u64,
    cell: C,
}

/// The size of the slot that holds what a generated handle points to.
fn slot_size<T: core::ops::Deref<Target: Sized>>(_: T) -> usize {
    size_of::<GhostSlot<T::Target>>()
}

/// std's private `linked_list::Node<u64>`, field for field: checked against the measured bytes
/// per allocation below.
#[allow(dead_code)]
struct StdListNode {
    next: Option<core::ptr::NonNull<StdListNode>>,
    prev: Option<core::ptr::NonNull<StdListNode>>,
    element: u64,
}

/// std's private `RcInner<RefCell<Node>>`: the two counts, then the value.
#[allow(dead_code)]
struct RcInner<T> {
    strong: core::cell::Cell<usize>,
    weak: core::cell::Cell<usize>,
    value: T,
}

/// slotmap's private `Slot<Node>`: the value (a union with the free-list index), then the
/// version.
#[allow(dead_code)]
struct Slot<T> {
    value: T,
    version: u32,
}

/// What one keyed store held before and after churn.
struct ChurnRow {
    name: &'static str,
    built: usize,
    churned: usize,
    heap_built: usize,
    heap_churned: usize,
    churn_calls: usize,
}

/// Builds `S` from `values`, then runs `churn` on it, reading the counters after each; checks
/// that dropping it returns every byte.
fn measure_churn<S: KeyedStore>(
    name: &'static str,
    values: &[u64],
    churn: impl FnOnce(&mut S) -> u64,
) -> ChurnRow {
    let before = counters();
    let mut store = black_box(S::build(values));
    let built = counters();
    black_box(churn(&mut store));
    let churned = counters();
    assert_eq!(store.len(), values.len(), "{name}: live nodes after churn");
    // The key `Vec` was sized at build and is not resized by churn; the lookup `Vec` is empty
    // (no buffer). What glibc spends on the key `Vec`'s buffer is what it spends on another
    // buffer of that size, measured here.
    let keys = store.key_bytes();
    let probe_start = counters();
    let probe = black_box(Vec::<u8>::with_capacity(keys));
    let keys_heap = counters().heap.wrapping_sub(probe_start.heap);
    drop(probe);
    drop(store);
    let freed = counters();
    assert_eq!(
        freed.live, before.live,
        "{name}: dropping the store did not return every byte"
    );
    ChurnRow {
        name,
        built: built.live - before.live - keys,
        churned: churned.live - before.live - keys,
        heap_built: built.heap.wrapping_sub(before.heap).wrapping_sub(keys_heap),
        heap_churned: churned
            .heap
            .wrapping_sub(before.heap)
            .wrapping_sub(keys_heap),
        churn_calls: churned.calls - built.calls,
    }
}

/// The churn table (see the module docs).
fn churn_table() {
    use keys_peers::{ghost_graph as gg, raw_free_list, rc_refcell, slot_map};

    let (live, pairs) = common::churn_size();
    let values = common::list_values(live);
    let rows = [
        measure_churn::<gg::Store>("ghost_graph", &values, |s| s.churn(pairs)),
        measure_churn::<gg::Store>("ghost_graph without `reusing`", &values, |s| {
            s.churn_without_reuse(pairs)
        }),
        measure_churn::<slot_map::Store>("slotmap", &values, |s| s.churn(pairs)),
        measure_churn::<rc_refcell::Store>("rc_refcell", &values, |s| s.churn(pairs)),
        measure_churn::<raw_free_list::Store>("raw_free_list", &values, |s| s.churn(pairs)),
    ];

    println!();
    println!(
        "Memory under churn, {live} live nodes then {pairs} remove+insert pairs (bytes held by \
         the store, without its key `Vec`s):"
    );
    println!();
    println!(
        "| implementation | bytes after build | bytes after churn | ratio | malloc bytes after \
         build | malloc bytes after churn | allocations in churn |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for row in &rows {
        let heap = |bytes: usize| {
            if glibc::AVAILABLE {
                bytes.to_string()
            } else {
                "n/a".to_string()
            }
        };
        println!(
            "| {} | {} | {} | {:.3} | {} | {} | {} |",
            row.name,
            row.built,
            row.churned,
            row.churned as f64 / row.built as f64,
            heap(row.heap_built),
            heap(row.heap_churned),
            row.churn_calls
        );
    }
}

fn main() {
    // `cargo bench` passes `--bench`; there is nothing to configure.
    let n = common::list_len();
    let values = common::list_values(n);
    let mut rows = Vec::new();

    // The free `scope`: a private arena, never re-entered, whose nodes carry no slot header.
    let before = counters();
    let (after, node_size, cell_size) = ghost_runtime::scope(|graph, token| {
        let list = gg::build(graph, token, &values);
        let after = counters();
        assert_eq!(
            gg::sum_forward(list, token),
            list_peers::wrapping_sum(&values)
        );
        (after, size_of::<gg::Node<'_, '_>>(), target_size(list.head))
    });
    let freed = counters();
    rows.push(Row::new(
        "ghost_graph (`scope`)",
        [before, after, freed],
        format!("{cell_size} (`GhostCell<Node>`; `Node`: {node_size})"),
    ));

    // An `Arena` kept for later scopes: every node has a slot header, for keys and reuse.
    let before = counters();
    let arena = ghost_runtime::Arena::new();
    let (after, slot_size) = arena.scope(|graph, token| {
        let list = gg::build(graph, token, &values);
        let after = counters();
        assert_eq!(
            gg::sum_forward(list, token),
            list_peers::wrapping_sum(&values)
        );
        (after, slot_size(list.head))
    });
    drop(arena);
    let freed = counters();
    rows.push(Row::new(
        "ghost_graph (`Arena`, keyed)",
        [before, after, freed],
        format!("{slot_size} (slot: 8-byte header, `GhostCell<Node>`: {cell_size})"),
    ));

    let row = measure_owned::<linked_list::List>(
        "linked_list",
        &values,
        format!("{} (std's private `Node<u64>`)", size_of::<StdListNode>()),
    );
    assert_eq!(
        row.live / row.calls,
        size_of::<StdListNode>(),
        "linked_list: one allocation per node of the mirrored size"
    );
    rows.push(row);

    rows.push(measure_owned::<raw_box::List>(
        "raw_box",
        &values,
        size_of::<raw_box::Node>().to_string(),
    ));
    rows.push(measure_owned::<raw_arena::List>(
        "raw_arena",
        &values,
        size_of::<raw_arena::Node>().to_string(),
    ));

    let before = counters();
    let after = ghost_cell::GhostToken::new(|mut token| {
        let arena = gc::NodeArena::new();
        let list = gc::build(&arena, &mut token, &values);
        let after = counters();
        assert_eq!(
            gc::sum_forward(list, &token),
            list_peers::wrapping_sum(&values)
        );
        after
    });
    let freed = counters();
    rows.push(Row::new(
        "ghost_cell_typed_arena",
        [before, after, freed],
        size_of::<gc::Node<'_, '_>>().to_string(),
    ));

    rows.push(measure_owned::<rc_refcell::List>(
        "rc_refcell",
        &values,
        format!(
            "{} (`Rc` box of `RefCell<Node>`: {})",
            size_of::<RcInner<core::cell::RefCell<rc_refcell::Node>>>(),
            size_of::<core::cell::RefCell<rc_refcell::Node>>()
        ),
    ));
    rows.push(measure_owned::<slot_map::List>(
        "slotmap",
        &values,
        format!(
            "{} (slot; `Node`: {})",
            size_of::<Slot<slot_map::Node>>(),
            size_of::<slot_map::Node>()
        ),
    ));

    println!("Memory per node, {n} u64 nodes (counting global allocator around `System`):");
    println!();
    println!("| implementation | bytes/node | malloc bytes/node | size_of node | allocations |");
    println!("| --- | ---: | ---: | --- | ---: |");
    for row in &rows {
        let heap = if glibc::AVAILABLE {
            format!("{:.2}", row.heap as f64 / n as f64)
        } else {
            "n/a".to_string()
        };
        println!(
            "| {} | {:.2} | {} | {} | {} |",
            row.name,
            row.live as f64 / n as f64,
            heap,
            row.size_of_node,
            row.calls
        );
    }
    churn_table();
    cache_table();
    cross_thread_table();
}

/// A node with a destructor, for the cross-thread table.
#[ghost_runtime::ghost_graph]
struct Owned {
    _payload: Option<Box<u64>>,
    next: Option<Owned>,
}

/// Bytes per node allocated on a thread other than the scope's, through `&Graph` (an
/// allocator made and finished per node) and through one `Graph::allocator`.
fn cross_thread_table() {
    let n = common::list_len() / 10;
    println!();
    println!(
        "Memory per node of {n} nodes with a destructor (16-byte node), allocated on another \
         thread than the scope's (bytes held by the arena):"
    );
    println!();
    println!("| through | bytes/node |");
    println!("| --- | ---: |");
    for through_graph in [true, false] {
        let arena = ghost_runtime::Arena::new();
        let before = counters();
        arena.scope(|graph, _token| {
            std::thread::scope(|s| {
                s.spawn(|| {
                    if through_graph {
                        for _ in 0..n {
                            black_box(Owned::new_in(graph, None));
                        }
                    } else {
                        let alloc = graph.allocator();
                        for _ in 0..n {
                            black_box(Owned::new_in(&alloc, None));
                        }
                    }
                });
            });
        });
        let held = counters().live - before.live;
        let name = if through_graph {
            "`&Graph` (an allocator per call)"
        } else {
            "`graph.allocator()`"
        };
        println!("| {name} | {:.1} |", held as f64 / n as f64);
    }
}

/// The LRU cache table (see the module docs).
fn cache_table() {
    use cache_peers::{GhostCollections, Hashlink, Lru};

    let cap = common::lru_get_size();
    // Twice the capacity in distinct keys: the caches are full and have evicted as many.
    let keys: Vec<u64> = (0..2 * cap as u64).collect();
    println!();
    println!(
        "Memory per entry of LRU caches of `u64 -> u64` at capacity {cap}, after {} puts of \
         distinct keys (bytes held by the cache):",
        keys.len()
    );
    println!();
    println!("| implementation | bytes/entry | malloc bytes/entry | allocations |");
    println!("| --- | ---: | ---: | ---: |");
    for (name, [before, full, freed]) in [
        (
            "ghost_collections",
            measure_cache::<GhostCollections>(cap, &keys),
        ),
        ("lru", measure_cache::<Lru>(cap, &keys)),
        ("hashlink", measure_cache::<Hashlink>(cap, &keys)),
    ] {
        assert_eq!(
            freed.live, before.live,
            "{name}: dropping the cache did not return every byte"
        );
        let heap = if glibc::AVAILABLE {
            format!(
                "{:.2}",
                full.heap.wrapping_sub(before.heap) as f64 / cap as f64
            )
        } else {
            "n/a".to_string()
        };
        println!(
            "| {name} | {:.2} | {heap} | {} |",
            (full.live - before.live) as f64 / cap as f64,
            full.calls - before.calls
        );
    }
}

/// The counters before a cache of capacity `cap` is made, after `keys` were put in it, and
/// after it was dropped.
fn measure_cache<C: cache_peers::BenchCache>(cap: usize, keys: &[u64]) -> [Counters; 3] {
    let before = counters();
    let mut cache = black_box(C::with_cap(cap));
    cache.put_all(keys, |k| k);
    assert_eq!(cache.entries().len(), cap, "{}: a full cache", C::NAME);
    let full = counters();
    drop(cache);
    [before, full, counters()]
}
