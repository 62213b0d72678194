import Foundation

/// The shape-drift faults, applied to an answer before it is written. An answer that may drift is
/// rendered without ``SandboxRenderCache``, so its records are objects here, never
/// ``SandboxJSON/rendered(_:)`` bytes.
enum ShapeDrift {
    static let unknownKey = "SandboxKeyNoClientKnows"

    static func apply(_ fault: IIQSandboxFault, to body: SandboxJSON) -> SandboxJSON {
        guard case .object(var envelope) = body else { return body }
        switch fault {
        case .droppedKey(let key):
            envelope = envelope.map { name, value in
                (name, name == "Items" || name == "Item" ? drop(key, in: value) : value)
            }
        case .unknownKeyAdded:
            let extra = SandboxJSON.object([
                ("Nested", .array([.int(1), .int(2), .int(3)])), ("Since", .string("2026")),
            ])
            envelope = envelope.map { name, value in
                (name, name == "Items" || name == "Item" ? add(extra, in: value) : value)
            }
            envelope.append((unknownKey, extra))
        case .itemCountWithoutPaging:
            envelope.removeAll { $0.0 == "Paging" }
        default:
            break
        }
        return .object(envelope)
    }

    private static func drop(_ key: String, in value: SandboxJSON) -> SandboxJSON {
        switch value {
        case .array(let items): .array(items.map { drop(key, in: $0) })
        case .object(let pairs): .object(pairs.filter { $0.0 != key })
        default: value
        }
    }

    private static func add(_ extra: SandboxJSON, in value: SandboxJSON) -> SandboxJSON {
        switch value {
        case .array(let items): .array(items.map { add(extra, in: $0) })
        case .object(let pairs): .object(pairs + [(unknownKey, extra)])
        default: value
        }
    }
}
