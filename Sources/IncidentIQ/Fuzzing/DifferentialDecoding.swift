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
/// 4. **Unknown fields.** The SDK keeps an object's keys that its model lacks in ``IIQUnknownFields``,
///    which `JSONDecoder` cannot list. Allowed only when every field the SDK kept is in the input
///    object at the same path, with the same value, and is not a key `JSONDecoder`'s model read.
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
            // Allowed difference 4, checked against the input. Bytes that spell the key themselves
            // (an encoded model fed back) are left to the plain comparison.
            let spellsKey = data.range(of: Data(IIQUnknownFields.codingKey.utf8)) != nil
            // Nil when `JSONSerialization` refuses what `JSONDecoder` reads lazily (`1e400`): the kept
            // fields are then stripped without being checked against the input.
            let input = spellsKey ? nil : try? tree(data)
            var differences: [String] = []
            for (ours, theirs) in zip(ourElements, theirElements) {
                var ourTree = ours.tree
                if !spellsKey {
                    var kept: [(path: String, fields: [String: Any])] = []
                    ourTree = strippingUnknownFields(ourTree, path: ours.path, into: &kept)
                    for (path, fields) in kept {
                        guard let input else { break }
                        if let problem = unknownFieldsProblem(fields, at: path, input: input, theirs: theirs) {
                            return "\(name): \(problem)"
                        }
                    }
                }
                diff(ourTree, theirs.tree, path: ours.path, into: &differences)
            }
            for path in differences {
                // Allowed difference 2: the SDK read nil, and said so, where JSONDecoder read a value.
                let sdkDrift = ourLog.drifts.contains { $0.codingPath == path }
                let element = ourElements.first { path == $0.path || path.hasPrefix($0.path + ".") }
                if sdkDrift, let element, missing(path, prefix: element.path, in: element.tree) { continue }
                return "\(name): values differ at \(path)"
            }
            // Allowed difference 4 again: an unknown field the SDK could not keep is reported; a
            // model that never asked for the key has nothing to report.
            let value = DecodingProblem.typeName(IIQJSONValue.self)
            let unkept = Set(
                ourLog.drifts.filter { drift in
                    // `JSONSerialization` refuses a document with a number past `Double` (`1e400`) that
                    // `JSONDecoder` reads lazily, so without the input tree the key's presence is taken
                    // from the drift itself; with it, the key must be in the input.
                    guard drift.expectedType == value,
                        input.map({ node(at: drift.codingPath, prefix: "", in: $0) != nil }) ?? true,
                        let element = theirElements.first(where: { drift.codingPath.hasPrefix($0.path + ".") })
                    else { return false }
                    return missing(drift.codingPath, prefix: element.path, in: element.tree)
                }.map { "\($0.codingPath) \($0.expectedType)" })
            let onlyOurs = ourDrifts.subtracting(theirDrifts).subtracting(unkept).filter { entry in
                !differences.contains { entry.hasPrefix($0 + " ") }
            }
            guard onlyOurs.isEmpty, theirDrifts.subtracting(ourDrifts).isEmpty else {
                return
                    "\(name): drifts differ: SDK only \(onlyOurs.sorted()), JSONDecoder only \(theirDrifts.subtracting(ourDrifts).sorted())"
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
            for (index, pair) in zip(left, right).enumerated() {
                diff(pair.0, pair.1, path: path + "[\(index)]", into: &differences)
            }
        default:
            if String(describing: left) != String(describing: right) { differences.append(path) }
        }
    }

    /// `tree` without its `$unknownFields` objects, each added to `kept` with the path of the object
    /// that held it.
    private static func strippingUnknownFields(
        _ tree: Any, path: String, into kept: inout [(path: String, fields: [String: Any])]
    ) -> Any {
        switch tree {
        case var object as [String: Any]:
            if let fields = object.removeValue(forKey: IIQUnknownFields.codingKey) as? [String: Any] {
                kept.append((path, fields))
            }
            for (key, value) in object {
                object[key] = strippingUnknownFields(value, path: path + "." + key, into: &kept)
            }
            return object
        case let array as [Any]:
            return array.enumerated().map { strippingUnknownFields($1, path: path + "[\($0)]", into: &kept) }
        default:
            return tree
        }
    }

    /// Why the unknown fields the SDK kept at `path` are wrong, or nil when each is a key of the input
    /// object there, with the same value, that `JSONDecoder`'s model did not read.
    private static func unknownFieldsProblem(
        _ fields: [String: Any], at path: String, input: Any, theirs: (path: String, tree: Any)
    ) -> String? {
        guard let source = node(at: path, prefix: "", in: input) as? [String: Any] else {
            return "unknown fields at \(path) have no object in the input"
        }
        let known = node(at: path, prefix: theirs.path, in: theirs.tree) as? [String: Any] ?? [:]
        for (key, value) in fields {
            guard let original = source[key] else { return "unknown field \(path).\(key) is not in the input" }
            guard known[key] == nil else { return "unknown field \(path).\(key) is a field JSONDecoder read" }
            guard sameValue(value, original) else { return "unknown field \(path).\(key) differs from the input" }
        }
        return nil
    }

    /// Whether two parsed JSON values are equal, numbers by value: the input's `0e400` parses as
    /// `0.0` and the SDK's re-encoded `0` as `0`, the same number.
    private static func sameValue(_ left: Any, _ right: Any) -> Bool {
        switch (left, right) {
        case (let left as [String: Any], let right as [String: Any]):
            return left.count == right.count
                && left.allSatisfy { key, value in right[key].map { sameValue(value, $0) } ?? false }
        case (let left as [Any], let right as [Any]):
            return left.count == right.count && zip(left, right).allSatisfy { sameValue($0, $1) }
        case (let left as NSNumber, let right as NSNumber):
            return left.doubleValue == right.doubleValue
        default:
            return String(describing: left) == String(describing: right)
        }
    }

    /// Whether the encoded tree has nothing at `path`: the field read as nil.
    private static func missing(_ path: String, prefix: String, in tree: Any) -> Bool {
        let found = node(at: path, prefix: prefix, in: tree)
        return found == nil || found is NSNull
    }

    /// The value at `path` (`Items[3].Location`) in a tree whose root is at `prefix`, or nil.
    /// A key may itself hold `.` or `[` (the fuzzer writes such keys), so each object step tries
    /// the keys that spell the path's next characters, longest first, and backtracks.
    private static func node(at path: String, prefix: String, in tree: Any) -> Any? {
        node(at: Substring(path.dropFirst(prefix.count)), in: tree)
    }

    private static func node(at rest: Substring, in current: Any) -> Any? {
        if rest.isEmpty { return current }
        if rest.hasPrefix("["), let array = current as? [Any] {
            guard let close = rest.firstIndex(of: "]"),
                let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                index >= 0, index < array.count
            else { return nil }
            return node(at: rest[rest.index(after: close)...], in: array[index])
        }
        guard let object = current as? [String: Any] else { return nil }
        let name = rest.hasPrefix(".") ? rest.dropFirst() : rest
        let candidates = object.keys.filter { key in
            guard name.hasPrefix(key) else { return false }
            let after = name.dropFirst(key.count)
            return after.isEmpty || after.hasPrefix(".") || after.hasPrefix("[")
        }
        for key in candidates.sorted(by: { $0.count > $1.count }) {
            if let value = object[key], let found = node(at: name.dropFirst(key.count), in: value) { return found }
        }
        return nil
    }
}
