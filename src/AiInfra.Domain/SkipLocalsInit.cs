// Locals and stackalloc buffers are not zeroed on entry: the readers' stack buffers (a quantity's text, a reporting
// period's tokens) and the locals of the generated readers' large frames that hold no reference (references are zeroed
// by the runtime regardless) were cleared on every call, though C# already proves each local assigned before use and
// every stackalloc buffer here is read only where it was written. As in System.Text.Json.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
