import Foundation

/// Entry points for the `Benchmarks/` package: the SDK's own decoding path, reachable without a transport.
///
/// Behind `@_spi(Benchmarks)`, so they are not part of the public API.
@_spi(Benchmarks)
public enum IIQBenchmarkEntryPoints {
    /// Decodes a list envelope of `Item` exactly as a page fetch does, and returns how many items it held.
    ///
    /// Specialized for the SDK's three large models, as a walk's page fetch is (the typed modules
    /// call it with a concrete type), so the benchmark measures the code a walk runs.
    @_specialize(where Item == IIQAsset)
    @_specialize(where Item == IIQTicket)
    @_specialize(where Item == IIQUser)
    public static func decodePage<Item: Decodable>(_ type: Item.Type, from data: Data) throws -> Int {
        // With a decoding log in scope, as a page of a walk is decoded: skips and drifts are recorded.
        try DecodingLog.record { try IIQJSON.decode(ListEnvelope<Item>.self, from: data) }.0.items.count
    }
}
