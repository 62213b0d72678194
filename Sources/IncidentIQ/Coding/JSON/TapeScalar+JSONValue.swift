extension TapeScalar {
    /// The value as ``IIQJSONValue``, built from its subtree on the tape instead of by trying each
    /// type in turn through `init(from:)`.
    func jsonValue() throws -> IIQJSONValue {
        guard let value = Self.jsonValue(at: index, in: tape) else {
            throw corrupt("Invalid escape sequence in a string, or a number that a Double cannot hold exactly.")
        }
        return value
    }

    /// The value at `index`, or nil if a string in it has a malformed escape or a number in it does
    /// not fit a `Double`. The scanner caps
    /// nesting, so the recursion is bounded.
    private static func jsonValue(at index: Int, in tape: JSONTape) -> IIQJSONValue? {
        switch tape.entries[index].kind {
        case .object:
            var members: [String: IIQJSONValue] = [:]
            var key = index + 1
            let end = tape.end(of: index)
            while key < end {
                guard let name = tape.string(at: key), let member = jsonValue(at: key + 1, in: tape) else { return nil }
                members[name] = member
                key = tape.end(of: key + 1)
            }
            return .object(members)
        case .array:
            var elements: [IIQJSONValue] = []
            var element = index + 1
            let end = tape.end(of: index)
            while element < end {
                guard let member = jsonValue(at: element, in: tape) else { return nil }
                elements.append(member)
                element = tape.end(of: element)
            }
            return .array(elements)
        case .string, .escapedString:
            return tape.string(at: index).map(IIQJSONValue.string)
        case .integer:
            // An integer is kept only when a `Double` holds it exactly: 9007199254740993 would
            // otherwise read as …992, a different value.
            return tape.withBytes(of: index, JSONNumberReader.integer).flatMap { Double(exactly: $0) }.map(
                IIQJSONValue.number)
        case .number:
            // A number a `Double` cannot hold (1e400, 1e-400) fails the value, never becomes ±inf or 0.
            return tape.withBytes(of: index, JSONNumberReader.finiteDouble).map(IIQJSONValue.number)
        case .true:
            return .bool(true)
        case .false:
            return .bool(false)
        case .null:
            return .null
        }
    }
}
