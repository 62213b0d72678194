// libFuzzer entry point: every input must return without crashing.
import Foundation
@_spi(Fuzzing) import IncidentIQ

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Data(bytes: bytes, count: count)
    IIQFuzzEntryPoints.decodeResponses(data)
    return 0
}
