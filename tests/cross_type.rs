//! Links between different `#[ghost_graph]` types in one scope, with inverse pairs across them.

use ghost_runtime::{bfs, ghost_graph, scope};

#[ghost_graph]
struct Person {
    name: &'static str,
    /// Each person works for at most one company; `Company::employees` is the inverse.
    #[link(inverse = employees)]
    employer: Option<Company>,
    #[link(symmetric)]
    friends: Vec<Person>,
}

#[ghost_graph]
struct Company {
    name: &'static str,
    #[link(inverse = employer)]
    employees: Vec<Person>,
    /// A link to another type without an inverse.
    #[link]
    founder: Option<Person>,
}

#[test]
fn inverse_pairs_across_types_stay_consistent_from_both_sides() {
    scope(|graph, token| {
        let [ann, bob] = ["Ann", "Bob"].map(|name| Person::new_in(graph, name));
        let [acme, initech] = ["Acme", "Initech"].map(|name| Company::new_in(graph, name));

        ann.link_employer(acme, token);
        acme.link_employees(bob, token);
        assert_eq!(acme.employees(token), &[ann, bob]);
        assert_eq!(ann.employer(token), Some(acme));
        assert_eq!(bob.employer(token), Some(acme));

        // Changing jobs from the company side detaches the person from the old employer.
        initech.link_employees(ann, token);
        assert_eq!(acme.employees(token), &[bob]);
        assert_eq!(initech.employees(token), &[ann]);
        assert_eq!(ann.employer(token), Some(initech));

        // And from the person side.
        bob.link_employer(initech, token);
        assert!(acme.employees(token).is_empty());
        assert_eq!(initech.employees(token), &[ann, bob]);

        // Linking again changes nothing (the person side is a single link).
        ann.link_employer(initech, token);
        assert_eq!(initech.employees(token), &[ann, bob]);

        assert_eq!(ann.unlink_employer(token), Some(initech));
        assert_eq!(initech.employees(token), &[bob]);
        assert!(initech.unlink_employees(bob, token));
        assert_eq!(bob.employer(token), None);
        assert!(!initech.unlink_employees(bob, token));

        acme.link_founder(ann, token);
        assert_eq!(acme.founder(token), Some(ann));
        assert_eq!(acme.borrow(token).name, "Acme");
        assert_eq!(
            ann.employer(token),
            None,
            "an unpaired link touches one side only"
        );
    });
}

#[test]
fn traversal_across_types() {
    // Colleagues of colleagues: person -> employer -> employees, as one neighbour function.
    let reached = scope(|graph, token| {
        let people: Vec<_> = ["a", "b", "c", "d"]
            .map(|n| Person::new_in(graph, n))
            .into();
        let [x, y] = ["X", "Y"].map(|name| Company::new_in(graph, name));
        assert_eq!(y.borrow(token).name, "Y");
        people[0].link_employer(x, token);
        people[1].link_employer(x, token);
        people[2].link_employer(y, token);
        people[1].link_friends(people[2], token);
        let mut names: Vec<_> = bfs([people[0]], token, |p: PersonRef<'_, '_>, token| {
            let node = p.borrow(token);
            let colleagues = node
                .employer
                .map(|c| c.employees(token).to_vec())
                .unwrap_or_default();
            colleagues
                .into_iter()
                .chain(node.friends.iter().copied())
                .collect::<Vec<_>>()
        })
        .map(|(p, _)| p.borrow(token).name)
        .collect();
        names.sort_unstable();
        names
    });
    assert_eq!(reached, ["a", "b", "c"]);
}

/// The pairing of issue 11: declared on both structs, each naming the other (declared on one
/// side only it is a compile error: `tests/ui/cross_type_inverse_one_side.rs`).
#[ghost_graph]
struct Dept {
    name: String,
    #[link(inverse = dept)]
    employees: Vec<Employee>,
}

#[ghost_graph]
struct Employee {
    name: String,
    #[link(inverse = employees)]
    dept: Option<Dept>,
    /// A one-directional link to another type, with no inverse on either side, stays legal.
    #[link]
    visited: Vec<Dept>,
}

#[test]
fn a_pair_declared_on_both_sides_links_once_from_either_side() {
    scope(|graph, token| {
        let sales = Dept::new_in(graph, "Sales".into());
        let ann = Employee::new_in(graph, "Ann".into());
        ann.link_dept(sales, token);
        sales.link_employees(ann, token);
        ann.link_dept(sales, token);
        let names: Vec<&str> = sales
            .employees(token)
            .iter()
            .map(|e| e.borrow(token).name.as_str())
            .collect();
        assert_eq!(
            names,
            ["Ann"],
            "linked three times from both sides, recorded once"
        );
        assert_eq!(ann.dept(token), Some(sales));
        assert_eq!(sales.borrow(token).name, "Sales");

        ann.link_visited(sales, token);
        assert_eq!(ann.visited(token), &[sales]);
        assert_eq!(
            sales.employees(token),
            &[ann],
            "an unpaired link touches one side"
        );

        assert!(sales.unlink_employees(ann, token));
        assert_eq!(ann.dept(token), None);
    });
}

/// A weighted pair across types: each enrolment carries a grade, kept at both ends.
#[ghost_graph]
struct Student {
    name: &'static str,
    #[link(inverse = students)]
    courses: Vec<(Course, u8)>,
}

#[ghost_graph]
struct Course {
    title: &'static str,
    #[link(inverse = courses)]
    students: Vec<(Student, u8)>,
}

#[test]
fn weighted_pairs_across_types_keep_both_ends_and_the_weight() {
    scope(|graph, token| {
        let ann = Student::new_in(graph, "Ann");
        let [maths, art] = ["Maths", "Art"].map(|title| Course::new_in(graph, title));
        ann.link_courses(maths, 15, token);
        art.link_students(ann, 12, token);
        let students: Vec<_> = maths
            .students(token)
            .iter()
            .map(|&(student, grade)| (student.borrow(token).name, grade))
            .collect();
        assert_eq!(students, [("Ann", 15)]);
        let titles: Vec<_> = ann
            .courses(token)
            .iter()
            .map(|&(course, grade)| (course.borrow(token).title, grade))
            .collect();
        assert_eq!(titles, [("Maths", 15), ("Art", 12)]);
        // Changed from the course's side, seen from the student's.
        assert_eq!(art.set_students_weight(ann, 14, token), Some(12));
        assert_eq!(ann.courses_weight(art, token), Some(&14));
        assert_eq!(ann.unlink_courses(maths, token), Some(15));
        assert!(maths.students(token).is_empty());
    });
}
