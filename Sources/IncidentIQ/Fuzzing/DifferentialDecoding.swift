import Foundation

/// The differential fuzz target's check: the same bytes through the SDK's decoder and through
/// Foundation's `JSONDecoder`, into the same models, with the same ``DecodingLog`` in scope, must
/// agree on valid JSON. Both run the models' own lenient `init(from:)`, so a difference can only
/// come from the decoders.
///
/// The allowed differences, each asserted rather than ignored:
/// 1. **Invalid JSON.** The SDK refuses bytes that are not exactly one RFC 8259 value, nested at
///    most 512 deep (trailing commas, raw control characters, bad escapes, invalid UTF-8, leading
///    zeros), which `JSONDecoder` may accept. Allowed only when ``StrictJSON`` also refuses them.
/// 2. **Fields the SDK reads as nil.** Where `JSONDecoder` reads a number inexactly (`1e-400` into
///    `Int` as 0, a 40-digit `Decimal` rounded), the SDK reads `nil` and reports a drift. Allowed
///    only when the SDK's value lacks that field and its log has a drift at that exact path.
/// 3. **Repeated keys.** The SDK keeps a repeated key's first value, `JSONDecoder` its last.
///    Allowed only when ``StrictJSON`` finds a repeated key.
///
/// Drifts and skips are compared by coding path, type and position; their problem texts come from
/// each decoder's own error messages and may differ.
enum DifferentialDecoding {
    /// Every shape compared: the list envelopes of the three big models and the items of `get(id)`.
    static func check(_ data: Data) -> String? {
        let verdict = StrictJSON.check([UInt8](data))
        for compare in [
            compareList(IIQAsset.self), compareList(IIQTicket.self), compareList(IIQUser.self),
            compareList(IIQLocation.self), compareList(IIQTicketActivity.self), compareItem(IIQTicket.self),
        ] {
            if let difference = compare(data, verdict) { return difference }
        }
        return nil
    }

    private struct Outcome {
        var items: Any?
        var error: (any Error)?
        var log: DecodingLog
    }

    private static func compareList<Item: Codable & Sendable>(_: Item.Type) -> (Data, StrictJSON.Verdict) -> String? {
        { data, verdict in
            compare(
                "ListEnvelope<\(Item.self)>", data, verdict,
                sdk: { try IIQJSON.decode(ListEnvelope<Item>.self, from: data).items },
                foundation: { try JSONDecoder().decode(ListEnvelope<Item>.self, from: data).items },
                encode: { try IIQJSON.encoder.encode($0) }, prefix: "Items")
        }
    }

    private static func compareItem<Item: Codable & Sendable>(_: Item.Type) -> (Data, StrictJSON.Verdict) -> String? {
        { data, verdict in
            compare(
                "ItemEnvelope<\(Item.self)>", data, verdict,
                sdk: { try IIQJSON.decode(ItemEnvelope<Item>.self, from: data).item },
                foundation: { try JSONDecoder().decode(ItemEnvelope<Item>.self, from: data).item },
                encode: { try IIQJSON.encoder.encode($0) }, prefix: "Item")
        }
    }

    private static func compare<Value>(
        _ name: String, _ data: Data, _ verdict: StrictJSON.Verdict, sdk: () throws -> Value,
        foundation: () throws -> Value, encode: (Value) throws -> Data, prefix: String
    ) -> String? {
        let (ours, ourLog) = DecodingLog.record { Result { try sdk() } }
        let (theirs, theirLog) = DecodingLog.record { Result { try foundation() } }
        switch (ours, theirs) {
        case (.failure, .failure):
            return nil
        case (.failure(let error), .success):
            // Allowed difference 1: the SDK refuses what is not strictly JSON.
            return verdict.isValid ? "\(name): the SDK failed on valid JSON where JSONDecoder did not: \(error)" : nil
        case (.success, .failure(let error)):
            return verdict.isValid ? "\(name): JSONDecoder failed on valid JSON where the SDK did not: \(error)" : nil
        case (.success(let ourValue), .success(let theirValue)):
            guard verdict.isValid, !verdict.hasDuplicateKeys else { return nil }  // Allowed differences 1 and 3.
            let skips = { (log: DecodingLog) in log.skipped.map { "\($0.position) \($0.codingPath)" } }
            guard skips(ourLog) == skips(theirLog) else {
                return "\(name): skipped records differ: SDK \(skips(ourLog)), JSONDecoder \(skips(theirLog))"
            }
            guard let ourTree = try? tree(encode(ourValue)), let theirTree = try? tree(encode(theirValue)) else {
                return "\(name): a decoded value does not encode"
            }
            let ourDrifts = Set(ourLog.drifts.map { "\($0.codingPath) \($0.expectedType)" })
            let theirDrifts = Set(theirLog.drifts.map { "\($0.codingPath) \($0.expectedType)" })
            // Each decoded element under the path of its record: a list's element n is the record at
            // the n-th position not skipped, so a drift's path (`Items[24].…`) names the same record.
            let ourElements = elements(ourTree, prefix: prefix, skipped: Set(ourLog.skipped.map(\.position)))
            let theirElements = elements(theirTree, prefix: prefix, skipped: Set(theirLog.skipped.map(\.position)))
            guard ourElements.map(\.path) == theirElements.map(\.path) else { return "\(name): record counts differ" }
            var differences: [String] = []
            for (ours, theirs) in zip(ourElements, theirElements) {
                diff(ours.tree, theirs.tree, path: ours.path, into: &differences)
            }
            for path in differences {
                // Allowed difference 2: the SDK read nil, and said so, where JSONDecoder read a value.
                let sdkDrift = ourLog.drifts.contains { $0.codingPath == path }
                let element = ourElements.first { path == $0.path || path.hasPrefix($0.path + ".") }
                if sdkDrift, let element, missing(path, prefix: element.path, in: element.tree) { continue }
                return "\(name): values differ at \(path)"
            }
            let onlyOurs = ourDrifts.subtracting(theirDrifts).filter { entry in
                !differences.contains { entry.hasPrefix($0 + " ") }
            }
            guard onlyOurs.isEmpty, theirDrifts.subtracting(ourDrifts).isEmpty else {
                return "\(name): drifts differ: SDK only \(onlyOurs.sorted()), JSONDecoder only \(theirDrifts.subtracting(ourDrifts).sorted())"
            }
            return nil
        }
    }

    /// A list's elements under `Items[position]`, skipping skipped positions; anything else whole.
    private static func elements(_ tree: Any, prefix: String, skipped: Set<Int>) -> [(path: String, tree: Any)] {
        guard prefix == "Items", let array = tree as? [Any] else { return [(prefix, tree)] }
        var result: [(path: String, tree: Any)] = []
        var position = 0
        for element in array {
            while skipped.contains(position) { position += 1 }
            result.append(("Items[\(position)]", element))
            position += 1
        }
        return result
    }

    private static func tree(_ data: Data) throws -> Any {
        try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    /// The coding paths (`Items[3].Location`) where two encoded trees differ, as deep as they agree.
    private static func diff(_ left: Any, _ right: Any, path: String, into differences: inout [String]) {
        switch (left, right) {
        case (let left as [String: Any], let right as [String: Any]):
            for key in Set(left.keys).union(right.keys).sorted() {
                let child = path.isEmpty ? key : path + "." + key
                guard let l = left[key], let r = right[key] else {
                    differences.append(child)
                    continue
                }
                diff(l, r, path: child, into: &differences)
            }
        case (let left as [Any], let right as [Any]):
            guard left.count == right.count else {
                differences.append(path)
                return
            }
            for (index, pair) in zip(left, right).enumerated() { diff(pair.0, pair.1, path: path + "[\(index)]", into: &differences) }
        default:
            if String(describing: left) != String(describing: right) { differences.append(path) }
        }
    }

    /// Whether the encoded tree has nothing at `path`: the field read as nil.
    private static func missing(_ path: String, prefix: String, in tree: Any) -> Bool {
        var node: Any? = tree
        var rest = Substring(path.dropFirst(prefix.count))
        while !rest.isEmpty, let current = node {
            if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                    let array = current as? [Any], index < array.count
                else { return true }
                node = array[index]
                rest = rest[rest.index(after: close)...]
            } else {
                if rest.hasPrefix(".") { rest = rest.dropFirst() }
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                node = (current as? [String: Any])?[String(rest[..<end])]
                rest = rest[end...]
            }
        }
        return node == nil || node is NSNull
    }
}
