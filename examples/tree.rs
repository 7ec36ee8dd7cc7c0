//! A directory tree with parent links: build it, print it, find an entry's full path by walking
//! up its parents, then move a whole subtree with a single checked `try_link_parent` call, which
//! refuses to move a directory into itself.
//! Run with `cargo run --example tree`.

use ghost_runtime::{GhostToken, ghost_graph, scope};

/// A directory or file.
#[ghost_graph]
pub struct Dir {
    /// The entry's own name; the root is called `/`.
    pub name: String,
    /// The entries inside this directory, in the order they were added. Its inverse is
    /// `parent`: adding a child sets the child's `parent`, and takes it out of its old
    /// directory.
    #[link(inverse = parent)]
    pub children: Vec<Dir>,
    /// The directory holding this entry; `None` for the root.
    pub parent: Option<Dir>,
}

/// `node` and everything below it, one entry a line, indented two spaces per level.
///
/// Recursion ends because this tree has no cycles: every move below is checked
/// (`try_link_parent`); the plain `link_parent` would not refuse one.
fn render<'arena, 'id>(node: DirRef<'arena, 'id>, depth: usize, token: &GhostToken<'id>) -> String {
    let mut out = format!(
        "{:indent$}{}\n",
        "",
        node.borrow(token).name,
        indent = 2 * depth
    );
    for &child in node.children(token) {
        out += &render(child, depth + 1, token);
    }
    out
}

/// The full path of `node`, such as `/home/ann`: `iter_parent` yields the node itself, then
/// each directory above it up to the root, so the names come out leaf first.
fn path<'arena, 'id>(node: DirRef<'arena, 'id>, token: &GhostToken<'id>) -> String {
    let mut names: Vec<&str> = node
        .iter_parent(token)
        // The root adds no name of its own: it is the leading `/`.
        .filter(|entry| entry.parent(token).is_some())
        .map(|entry| entry.borrow(token).name.as_str())
        .collect();
    names.reverse();
    format!("/{}", names.join("/"))
}

fn main() {
    scope(|graph, token| {
        let [root, home, ann, notes, etc, hosts] =
            ["/", "home", "ann", "notes.txt", "etc", "hosts"]
                .map(|name| Dir::new_in(graph, name.to_string()));
        // A link can be made from either end; the other end is kept in step.
        root.link_children(home, token);
        ann.link_parent(home, token);
        notes.link_parent(ann, token);
        root.link_children(etc, token);
        etc.link_children(hosts, token);

        println!("The tree:");
        print!("{}", render(root, 0, token));
        println!("Path of notes.txt: {}", path(notes, token));
        assert_eq!(path(notes, token), "/home/ann/notes.txt");
        assert_eq!(ann.parent(token), Some(home));

        // Move /home/ann, with everything in it, into /etc. The one call takes ann out of
        // home's children, points ann's parent at etc, and appends ann to etc's children.
        // The checked form first makes sure etc is not ann or below it.
        ann.try_link_parent(etc, token)
            .expect("etc is not inside ann");

        // Moving ann into its own notes would cut the subtree off into a cycle: refused.
        let refused = ann.try_link_parent(notes, token).unwrap_err();
        println!("Moving ann into notes.txt: {refused}");
        assert!(ann.is_parent_ancestor_of(notes, token));

        println!();
        println!("After moving /home/ann to /etc:");
        print!("{}", render(root, 0, token));
        println!("Path of notes.txt: {}", path(notes, token));
        assert_eq!(path(notes, token), "/etc/ann/notes.txt");
        assert_eq!(path(ann, token), "/etc/ann");
        assert_eq!(path(home, token), "/home");
        assert!(home.children(token).is_empty(), "ann left home");
        assert_eq!(etc.children(token), [hosts, ann]);
        assert_eq!(
            render(root, 0, token),
            "/\n  home\n  etc\n    hosts\n    ann\n      notes.txt\n"
        );
    });
}
