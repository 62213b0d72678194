extension IIQJSONValue {
    /// The elements, if this is an array: `answer["Items"]?.arrayValue ?? []`.
    public var arrayValue: [IIQJSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The Boolean, if this is one.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }
}
