/// A JSON object on the tape, read by key.
///
/// When `Key` has a ``KeyPlan``, the object is indexed by key ordinal on its first lookup and every
/// lookup is one load. Otherwise a lookup first tries the key after the one found last at this
/// depth, which is a hit when a model reads keys in the order the server writes them; small objects
/// are scanned and larger ones indexed once in a ``KeyTable``, keys compared by hash, then by bytes
/// on the tape. `decodeIfPresent` looks up once, where the default implementation looks up three
/// times (`contains`, `decodeNil`, `decode`).
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// Unretained: see "Lifetime" on ``TapeDecoder``.
    unowned(unsafe) let decoder: TapeDecoder
    let object: Int
    let depth: Int
    /// How `Key` is looked up by ordinal, when it can be.
    private let plan: KeyPlan.Reference?

    init(decoder: TapeDecoder, object: Int, depth: Int) {
        self.decoder = decoder
        self.object = object
        self.depth = depth
        plan = decoder.plans.plan(for: Key.self)
    }

    var codingPath: [any CodingKey] { decoder.path(toDepth: depth) }

    var allKeys: [Key] {
        var keys: [Key] = []
        var index = object + 1
        let end = decoder.tape.end(of: object)
        while index < end {
            if let name = decoder.tape.string(at: index), let key = Key(stringValue: name) { keys.append(key) }
            index = decoder.tape.end(of: index + 1)
        }
        return keys
    }

    /// The tape index of the value for `key`, or nil when the object lacks it.
    private func find(_ key: Key) -> Int? {
        if let plan, let level = decoder.levels.level(depth) {
            // Another container at this depth may have indexed its own object since.
            if !level.pointee.planned.holds(object, plan) {
                level.pointee.planned.index(object, with: plan, in: decoder.tape)
            }
            let ordinal = KeyPlan.ordinal(of: key)
            if ordinal < level.pointee.planned.count { return level.pointee.planned.value(for: ordinal) }
        }
        return findByName(key)
    }

    /// ``find(_:)`` for a key without a plan: by hash and bytes.
    private func findByName(_ key: Key) -> Int? {
        let tape = decoder.tape
        let entries = tape.entries
        let name = key.stringValue
        let hash = KeyHash.of(name)
        let end = Int(entries[object].extent)
        let level = decoder.levels.level(depth)
        var found: Int?
        // Where the last lookup at this depth ended: a key boundary of this object, since the
        // objects read at one depth never overlap.
        if let cursor = level?.pointee.cursor, cursor > object, cursor < end, entries[cursor].hash == hash,
            tape.key(at: cursor, equals: name)
        {
            found = cursor
        } else if let level, entries[object].start > 8 {
            if level.pointee.table.object != object { level.pointee.table.build(for: object, in: tape) }
            found = level.pointee.table.find(name, hash: hash, in: tape)
        } else {
            var key = object + 1
            while key < end {
                if entries[key].hash == hash, tape.key(at: key, equals: name) {
                    found = key
                    break
                }
                key = tape.end(of: key + 1)
            }
        }
        guard let found else { return nil }
        level?.pointee.cursor = tape.end(of: found + 1)
        return found + 1
    }

    /// The value at `index`, a member's value, which follows its key on the tape.
    private func scalar(at index: Int) -> TapeScalar {
        TapeScalar(decoder: decoder, index: index, depth: depth, step: .member(keyAt: index - 1))
    }

    private func require(_ key: Key) throws -> Int {
        guard let index = find(key) else {
            throw DecodingError.keyNotFound(
                key,
                DecodingError.Context(
                    codingPath: codingPath, debugDescription: "No value associated with key \(key.stringValue)."))
        }
        return index
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        decoder.tape.entries[try require(key)].kind == .null
    }

    // MARK: decode

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let index = try require(key)
        return try decoder.decode(type, at: index, step: .member(keyAt: index - 1))
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { try scalar(at: try require(key)).string() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try scalar(at: try require(key)).bool() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try scalar(at: try require(key)).floatingPoint(type)
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try scalar(at: try require(key)).floatingPoint(type)
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try scalar(at: try require(key)).integer(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try scalar(at: try require(key)).integer(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try scalar(at: try require(key)).integer(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try scalar(at: try require(key)).integer(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try scalar(at: try require(key)).integer(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try scalar(at: try require(key)).integer(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try scalar(at: try require(key)).integer(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        try scalar(at: try require(key)).integer(type)
    }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        try scalar(at: try require(key)).integer(type)
    }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        try scalar(at: try require(key)).integer(type)
    }

    // MARK: decodeIfPresent, one lookup each

    /// The value's index, or nil for a missing key or a null.
    private func present(_ key: Key) -> Int? {
        guard let index = find(key), decoder.tape.entries[index].kind != .null else { return nil }
        return index
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        // A model's `unknownFields` key: see `IIQUnknownFields+Containers.swift`.
        if T.self == IIQUnknownFields.self { return unknownFields(savedUnder: key) as? T }
        guard let index = present(key) else { return nil }
        return try decoder.decode(type, at: index, step: .member(keyAt: index - 1))
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try present(key).map { try scalar(at: $0).string() }
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try present(key).map { try scalar(at: $0).bool() }
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try present(key).map { try scalar(at: $0).floatingPoint(type) }
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        try present(key).map { try scalar(at: $0).floatingPoint(type) }
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try present(key).map { try scalar(at: $0).integer(type) }
    }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
        try present(key).map { try scalar(at: $0).integer(type) }
    }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        try present(key).map { try scalar(at: $0).integer(type) }
    }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        try present(key).map { try scalar(at: $0).integer(type) }
    }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        try present(key).map { try scalar(at: $0).integer(type) }
    }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
        try present(key).map { try scalar(at: $0).integer(type) }
    }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        try present(key).map { try scalar(at: $0).integer(type) }
    }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        try present(key).map { try scalar(at: $0).integer(type) }
    }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        try present(key).map { try scalar(at: $0).integer(type) }
    }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        try present(key).map { try scalar(at: $0).integer(type) }
    }

    // MARK: Unknown fields

    /// The object's keys that `Key` lacks, with their values, then the members of the object saved
    /// under `saved` by an earlier encode; a repeated key keeps its first value. With a plan, the
    /// indexing walk has already counted the unknown keys, so an object without any (the usual case)
    /// costs one more lookup. A value an ``IIQJSONValue`` cannot hold is left out, reported.
    func unknownFields(savedUnder saved: Key) -> IIQUnknownFields {
        var fields = unknownFields()
        guard let index = present(saved) else { return fields }
        let value = scalar(at: index)
        guard case .object(let members)? = try? value.jsonValue() else {
            DecodingLog.drift("not an object of fields", at: codingPath + [saved], expected: IIQUnknownFields.self)
            return fields
        }
        for (name, member) in members { fields.keepFirst(member, for: name) }
        return fields
    }

    private func unknownFields() -> IIQUnknownFields {
        var fields = IIQUnknownFields()
        let tape = decoder.tape
        let end = tape.end(of: object)
        if let plan, let level = decoder.levels.level(depth) {
            if !level.pointee.planned.holds(object, plan) { level.pointee.planned.index(object, with: plan, in: tape) }
            guard level.pointee.planned.unplannedKeys > 0 else { return fields }
            let keys = plan.takeUnretainedValue()
            var key = object + 1
            while key < end {
                if keys.ordinal(ofKeyAt: key, in: tape) == nil { keep(key, in: &fields) }
                key = tape.end(of: key + 1)
            }
            return fields
        }
        var key = object + 1
        while key < end {
            if let name = tape.string(at: key), Key(stringValue: name) == nil { keep(key, in: &fields) }
            key = tape.end(of: key + 1)
        }
        return fields
    }

    /// Adds the member whose key is at tape index `key`, or reports why it cannot be kept.
    private func keep(_ key: Int, in fields: inout IIQUnknownFields) {
        guard let name = decoder.tape.string(at: key) else { return }
        do {
            let value = TapeScalar(decoder: decoder, index: key + 1, depth: depth, step: .member(keyAt: key))
            fields.keepFirst(try value.jsonValue(), for: name)
        } catch {
            DecodingLog.drift(error, at: codingPath + [NamedKey(name)], expected: IIQJSONValue.self)
        }
    }

    // MARK: Nesting

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try detached(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try detached(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        decoder.detached(at: object, path: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try detached(for: key)
    }

    /// A decoder of its own for the value at `key`, since a nested container outlives this call.
    private func detached(for key: Key) throws -> TapeDecoder {
        decoder.detached(at: try require(key), path: codingPath + [key])
    }
}
