/// The items of the page in hand, handed out one at a time by moving each out of the page.
///
/// A walk's iterator returned `items[position]`, a copy: for an asset, 4 KB moved and a retain of
/// every string, array and nested box in it, then a release of each when the page went. The page
/// was decoded on another thread, so those were atomic operations on another core's cache lines.
/// Here the page is reversed once, in place, and each item is taken off the end: no copy, no
/// reference counting.
struct PageItems<Element> {
    /// The page's remaining items, last first.
    private var reversed: [Element] = []

    /// Whether every item has been handed out.
    var isEmpty: Bool { reversed.isEmpty }

    /// Replaces what is left with `items`, taking them over (`items` is left empty).
    mutating func refill(taking items: inout [Element]) {
        reversed = []
        swap(&reversed, &items)
        reversed.reverse()
    }

    /// The next item, moved out; nil when none is left.
    mutating func next() -> Element? {
        reversed.popLast()
    }
}

extension PageItems: Sendable where Element: Sendable {}
