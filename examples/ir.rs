//! A small compiler IR: functions own basic blocks, blocks own instructions, and blocks form a
//! control-flow graph with loops (cycles). Three node types in one scope, with inverse links
//! across them; petgraph's dominator algorithm runs on the blocks. Run with
//! `cargo run --example ir`.

use std::collections::HashSet;

use ghost_runtime::petgraph::GraphView;
use ghost_runtime::{GhostToken, dfs, ghost_graph, scope};
use petgraph::algo::dominators::simple_fast;

/// A function: its blocks, and the one control enters first.
#[ghost_graph]
pub struct Function {
    /// The function's name.
    pub name: &'static str,
    /// Every block of the function, in creation order.
    #[link(inverse = function)]
    pub blocks: Vec<Block>,
    /// Where execution starts.
    #[link]
    pub entry: Option<Block>,
}

/// A basic block: straight-line instructions, then a jump to its successors.
#[ghost_graph]
pub struct Block {
    /// The block's label.
    pub label: &'static str,
    /// The function that owns this block.
    #[link(inverse = blocks)]
    pub function: Option<Function>,
    /// The block's instructions, in order.
    #[link(inverse = block)]
    pub instrs: Vec<Instr>,
    /// Blocks control may go to next.
    #[link(inverse = preds)]
    pub succs: Vec<Block>,
    /// Blocks control may come from.
    pub preds: Vec<Block>,
}

/// One instruction.
#[ghost_graph]
pub struct Instr {
    /// The instruction's text.
    pub text: &'static str,
    /// The block that holds this instruction.
    #[link(inverse = instrs)]
    pub block: Option<Block>,
}

/// Blocks of the function in depth-first order from its entry, with the edges that jump back
/// to a block still on the DFS path (the loops).
fn walk<'arena, 'id>(
    function: FunctionRef<'arena, 'id>,
    token: &GhostToken<'id>,
) -> (
    Vec<BlockRef<'arena, 'id>>,
    Vec<(BlockRef<'arena, 'id>, BlockRef<'arena, 'id>)>,
) {
    let entry = function.entry(token).expect("the function has an entry");
    let order: Vec<_> = dfs([entry], token, BlockRef::succs).collect();
    // A back edge jumps to a block still on the current depth-first path (an ancestor): walk
    // with an explicit path stack to find them.
    let mut back_edges = Vec::new();
    let mut on_path = HashSet::new();
    let mut done = HashSet::new();
    let mut stack = vec![(entry, 0_usize)];
    on_path.insert(entry);
    while let Some((block, next)) = stack.pop() {
        match block.succs(token).get(next) {
            Some(&succ) => {
                stack.push((block, next + 1));
                if on_path.contains(&succ) {
                    back_edges.push((block, succ));
                } else if !done.contains(&succ) {
                    on_path.insert(succ);
                    stack.push((succ, 0));
                }
            }
            None => {
                on_path.remove(&block);
                done.insert(block);
            }
        }
    }
    (order, back_edges)
}

fn main() {
    let report = scope(|graph, token| {
        // fn sum(n) { let s = 0; let i = 0; while i < n { if i % 2 == 0 { s += i } i += 1 } s }
        let function = Function::new_in(graph, "sum");
        let [entry, header, body, even, latch, exit] =
            ["entry", "header", "body", "even", "latch", "exit"].map(|l| Block::new_in(graph, l));
        for block in [entry, header, body, even, latch, exit] {
            function.link_blocks(block, token); // also sets block.function
        }
        function.link_entry(entry, token);
        let code: [(BlockRef<'_, '_>, &[&'static str]); 6] = [
            (entry, &["s = 0", "i = 0", "jump header"]),
            (header, &["c = i < n", "branch c body exit"]),
            (body, &["r = i % 2", "branch r==0 even latch"]),
            (even, &["s = s + i", "jump latch"]),
            (latch, &["i = i + 1", "jump header"]),
            (exit, &["return s"]),
        ];
        for (block, lines) in code {
            for &text in lines {
                Instr::new_in(graph, text).link_block(block, token); // appends to block.instrs
            }
        }
        for (from, to) in [
            (entry, header),
            (header, body),
            (header, exit),
            (body, even),
            (body, latch),
            (even, latch),
            (latch, header),
        ] {
            from.link_succs(to, token); // also records `from` in `to.preds`
        }

        let (order, back_edges) = walk(function, token);
        let mut report = format!("fn {}:\n", function.borrow(token).name);
        for block in &order {
            let node = block.borrow(token);
            let preds: Vec<_> = node.preds.iter().map(|p| p.borrow(token).label).collect();
            report += &format!("  {}:    ; preds: {}\n", node.label, preds.join(", "));
            for instr in &node.instrs {
                assert_eq!(
                    instr.block(token),
                    Some(*block),
                    "every instruction knows its block"
                );
                report += &format!("    {}\n", instr.borrow(token).text);
            }
        }
        let loops: Vec<_> = back_edges
            .iter()
            .map(|(from, to)| format!("{} -> {}", from.borrow(token).label, to.borrow(token).label))
            .collect();
        report += &format!("loops (back edges): {}\n", loops.join(", "));
        assert_eq!(loops, ["latch -> header"]);
        assert!(order.iter().all(|b| b.function(token) == Some(function)));

        // Dominators: petgraph's algorithm, run on the blocks through a view of the CFG.
        let cfg = GraphView::reachable([entry], &*token, BlockRef::succs);
        let dominators = simple_fast(&cfg, entry);
        let idoms: Vec<_> = order
            .iter()
            .filter_map(|&block| {
                let idom = dominators.immediate_dominator(block)?;
                Some(format!(
                    "{} <- {}",
                    block.borrow(token).label,
                    idom.borrow(token).label
                ))
            })
            .collect();
        report += &format!("immediate dominators: {}\n", idoms.join(", "));
        assert_eq!(dominators.immediate_dominator(latch), Some(body));
        assert_eq!(dominators.immediate_dominator(exit), Some(header));

        // Move the `even` block's instruction into `latch`: one call keeps both blocks in step.
        let add = even.instrs(token)[0];
        add.link_block(latch, token);
        assert_eq!(even.instrs(token).len(), 1);
        assert_eq!(latch.instrs(token).last(), Some(&add));
        report += &format!(
            "after moving `{}`: even has {} instruction, latch has {}\n",
            add.borrow(token).text,
            even.instrs(token).len(),
            latch.instrs(token).len()
        );
        report
    });
    print!("{report}");
}
