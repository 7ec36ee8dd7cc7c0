//! Payloads that borrow a source text, in a caller-owned `Arena`, written by hand against the
//! runtime (the macro does not take lifetime parameters yet).

use std::sync::Mutex;

use ghost_runtime::{Arena, GhostToken, NodeAllocator, NodePtr};

/// Which token texts were dropped, in drop order; borrowed by the tokens themselves.
type DropLog = Mutex<Vec<String>>;

/// One token of the source text. Its destructor reads the borrowed text at arena teardown.
struct Tok<'src> {
    text: &'src str,
    log: &'src DropLog,
}

impl Drop for Tok<'_> {
    fn drop(&mut self) {
        self.log.lock().unwrap().push(self.text.to_owned());
    }
}

/// A linked token: the hand-written equivalent of a `#[ghost_graph]` node with a borrowed
/// payload and one `next` link.
struct Linked<'src, 'arena, 'id> {
    tok: Tok<'src>,
    next: Option<TokPtr<'src, 'arena, 'id>>,
}

type TokPtr<'src, 'arena, 'id> = NodePtr<'arena, 'id, Linked<'src, 'arena, 'id>>;

/// The texts along `next`, borrowed from the source rather than the arena.
fn texts<'src, 'id>(head: TokPtr<'src, '_, 'id>, token: &GhostToken<'id>) -> Vec<&'src str> {
    let mut out = Vec::new();
    let mut current = Some(head);
    while let Some(node) = current {
        let node = node.borrow(token);
        out.push(node.tok.text);
        current = node.next;
    }
    out
}

#[test]
fn arena_holds_tokens_borrowing_the_source() {
    let source = String::from("let answer = 42 ;");
    let log = DropLog::default();
    let arena = Arena::new();

    // First entry: tokenise and link. The texts outlive the scope: they borrow `source`.
    let first: Vec<&str> = arena.scope(|graph, token| {
        let nodes: Vec<TokPtr<'_, '_, '_>> = source
            .split(' ')
            .map(|text| {
                graph.alloc_node(Linked {
                    tok: Tok { text, log: &log },
                    next: None,
                })
            })
            .collect();
        for pair in nodes.windows(2) {
            pair[0].borrow_mut(token).next = Some(pair[1]);
        }
        texts(nodes[0], token)
    });
    assert_eq!(first, ["let", "answer", "=", "42", ";"]);
    assert!(
        log.lock().unwrap().is_empty(),
        "nothing dropped between entries"
    );

    // Second entry: a new brand, more tokens from the same source, edited in place.
    let second: Vec<&str> = arena.scope(|graph, token| {
        let a = graph.alloc_node(Linked {
            tok: Tok {
                text: &source[4..10],
                log: &log,
            },
            next: None,
        });
        let b = graph.alloc_node(Linked {
            tok: Tok {
                text: &source[13..15],
                log: &log,
            },
            next: None,
        });
        a.borrow_mut(token).next = Some(b);
        b.borrow_mut(token).tok.text = &source[13..16]; // re-point at a longer slice
        texts(a, token)
    });
    assert_eq!(second, ["answer", "42 "]);
    assert!(log.lock().unwrap().is_empty());

    // The texts returned from the scopes are still usable: they borrow the source.
    assert_eq!(first.concat(), "letanswer=42;");

    // Teardown runs every destructor once, and each can still read its borrowed text.
    drop(arena);
    let mut dropped = log.into_inner().unwrap();
    dropped.sort();
    let mut expected = vec!["let", "answer", "=", "42", ";", "answer", "42 "];
    expected.sort_unstable();
    assert_eq!(dropped, expected);
}

#[test]
fn allocators_from_other_threads_take_borrowed_payloads() {
    let source = "alpha beta gamma delta";
    let log = DropLog::default();
    let arena = Arena::new();
    let words: Vec<&str> = source.split(' ').collect();
    let mut read = arena.scope(|graph, token| {
        let made = std::thread::scope(|s| {
            let workers: Vec<_> = words
                .chunks(2)
                .map(|chunk| {
                    let log = &log;
                    s.spawn(move || {
                        let allocator = graph.allocator();
                        chunk
                            .iter()
                            .map(|&text| allocator.alloc_node(Tok { text, log }))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap())
                .collect::<Vec<_>>()
        });
        made.iter()
            .map(|tok| tok.borrow(token).text)
            .collect::<Vec<&str>>()
    });
    read.sort_unstable();
    assert_eq!(read, ["alpha", "beta", "delta", "gamma"]);
    assert!(log.lock().unwrap().is_empty());
    drop(arena);
    let mut dropped = log.into_inner().unwrap();
    dropped.sort();
    assert_eq!(dropped, ["alpha", "beta", "delta", "gamma"]);
}

#[test]
fn plain_borrowed_values_and_cells() {
    // Any `Send` value can live in the arena, not just node structs.
    let numbers = [3u32, 1, 4, 1, 5];
    let arena = Arena::new();
    let total = arena.scope(|graph, token| {
        let slices: Vec<NodePtr<'_, '_, &[u32]>> = numbers
            .chunks(2)
            .map(|chunk| graph.alloc_node(chunk))
            .collect();
        // A `NodePtr` derefs to its `GhostCell`, which the token opens.
        *slices[0].borrow_mut(token) = &numbers[..1];
        let first: &GhostToken<'_> = token;
        slices
            .iter()
            .map(|s| (**s).borrow(first).iter().sum::<u32>())
            .sum::<u32>()
    });
    assert_eq!(total, 3 + 4 + 1 + 5);
}
