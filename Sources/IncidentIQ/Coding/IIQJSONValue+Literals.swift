// Literals make a raw call's body read as the JSON it sends:
// `body: ["Query": "smith", "Facets": 4] as IIQJSONValue`. There is deliberately no
// `ExpressibleByNilLiteral`: it would make `value == nil` on an `IIQJSONValue?` ambiguous. Write `.null`.

extension IIQJSONValue: ExpressibleByStringLiteral {
    /// A JSON string.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension IIQJSONValue: ExpressibleByIntegerLiteral {
    /// A JSON number.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

extension IIQJSONValue: ExpressibleByFloatLiteral {
    /// A JSON number.
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension IIQJSONValue: ExpressibleByBooleanLiteral {
    /// `true` or `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension IIQJSONValue: ExpressibleByArrayLiteral {
    /// A JSON array.
    public init(arrayLiteral elements: IIQJSONValue...) { self = .array(elements) }
}

extension IIQJSONValue: ExpressibleByDictionaryLiteral {
    /// A JSON object; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, IIQJSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
