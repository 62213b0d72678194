// libFuzzer entry point: the SDK's decoder and Foundation's JSONDecoder must agree on valid JSON,
// apart from the allowed differences DifferentialDecoding documents. A difference aborts the run,
// so libFuzzer keeps the input.
import Foundation
@_spi(Fuzzing) import IncidentIQ

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Data(bytes: bytes, count: count)
    if let difference = IIQFuzzEntryPoints.decodeDifferentially(data) {
        FileHandle.standardError.write(Data("difference: \(difference)\n".utf8))
        abort()
    }
    return 0
}
