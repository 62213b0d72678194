import Foundation
import IncidentIQ

/// What a route answers, before faults and serialization.
struct SandboxReply: Sendable {
    var status: Int = 200
    var body: SandboxJSON
    var headers: [(String, String)] = []

    /// How many items a list answer holds (`Items`); 0 for any other answer.
    var itemCount: Int {
        guard case .object(let pairs) = body, case .array(let items)? = pairs.first(where: { $0.0 == "Items" })?.1
        else {
            return 0
        }
        return items.count
    }

    /// A list envelope for one page.
    static func page(_ items: [SandboxJSON], index: Int, size: Int, totalRows: Int) -> SandboxReply {
        SandboxReply(
            body: envelope([
                ("Items", .array(items)), ("ItemCount", .int(items.count)),
                (
                    "Paging",
                    .object([
                        ("TotalRows", .int(totalRows)), ("PageCount", .int((totalRows + size - 1) / size)),
                        ("PageSize", .int(size)), ("PageIndex", .int(index)),
                    ])
                ),
            ]))
    }

    /// A list envelope with `ItemCount` and no `Paging`, as IIQ answers its lookups.
    static func list(_ items: [SandboxJSON]) -> SandboxReply {
        SandboxReply(body: envelope([("Items", .array(items)), ("ItemCount", .int(items.count))]))
    }

    /// A single-item envelope; create and update answers add `Id` and `Uid`.
    static func item(_ item: SandboxJSON, uid: UUID? = nil) -> SandboxReply {
        var pairs: [(String, SandboxJSON)] = [("Item", item)]
        if let uid { pairs += [("Id", .int(0)), ("Uid", .id(uid))] }
        return SandboxReply(body: envelope(pairs))
    }

    /// An `ActionResponse`: the bookkeeping keys only.
    static var action: SandboxReply { SandboxReply(body: envelope([])) }

    /// The reply for a failure.
    init(_ failure: SandboxFailure) {
        self.init(status: failure.status, body: failure.envelope)
    }

    init(status: Int = 200, body: SandboxJSON, headers: [(String, String)] = []) {
        self.status = status
        self.body = body
        self.headers = headers
    }

    private static func envelope(_ pairs: [(String, SandboxJSON)]) -> SandboxJSON {
        .object(
            pairs + [
                ("StatusCode", .int(200)), ("Message", .null), ("ExecutionTime", .double(4.2)),
                ("ServerName", .string("sandbox-1")), ("UserToken", .id(nil)), ("Properties", .object([])),
            ])
    }
}
