using System;
using KernelGen.Digits;

// The digits CNN, every layer a generated kernel, over train.py's test split: accuracy, agreement with PyTorch,
// the logit error against the contract's bound propagated through the layers, and the time per image; then the int8
// network PyTorch's quantization made of it, against PyTorch's int8 model.
string directory = args.Length > 0 ? args[0] : DigitsData.DefaultDirectory;
DigitsNetwork network = DigitsNetwork.Load(directory);
DigitsData data = DigitsData.Load(directory);

Console.WriteLine("KernelGen digits: Conv2d(1->16, 3x3) + ReLU, MaxPool 2, Conv2d(16->32, 3x3) + ReLU, MaxPool 2, Linear(128->10)");
Console.WriteLine();
DigitsConsole.PrintDigits(network, data, 0, 6);
Console.WriteLine();
DigitsReport report = DigitsCheck.Run(network, data);
DigitsConsole.PrintReport(report);
#if DEBUG
Console.WriteLine("latency:              not measured: this is a Debug build, where the kernels run without JIT optimization (use -c Release)");
#else
double floatNanoseconds = DigitsConsole.LatencyNanoseconds(network, data);
Console.WriteLine($"latency:              {floatNanoseconds / 1000:F2} us per image (one core, batch 1; a rough figure, see benchmarks/README.md)");
#endif

// The same network quantized to int8 by PyTorch (train.py, QNNPACK): uint8 activations, int8 weights, every layer an
// integer kernel; against PyTorch's quantized model and the float network.
Console.WriteLine();
Console.WriteLine("int8: the same network after PyTorch's post-training static quantization (QNNPACK, per-channel int8 weights, uint8 activations)");
DigitsQuantizedNetwork quantized = DigitsQuantizedNetwork.Load(directory);
DigitsQuantizedReport quantizedReport = DigitsQuantizedCheck.Run(quantized, network, data, DigitsQuantizedReference.Load(directory));
DigitsConsole.PrintQuantizedReport(quantizedReport);
#if DEBUG
Console.WriteLine("int8 latency:         not measured: this is a Debug build (use -c Release)");
#else
double int8Nanoseconds = DigitsConsole.LatencyNanoseconds(quantized, data);
Console.WriteLine($"int8 latency:         {int8Nanoseconds / 1000:F2} us per image against {floatNanoseconds / 1000:F2} us for float: {floatNanoseconds / int8Nanoseconds:F2}x (rough, as above)");
#endif
int status = 0;
if (!report.Holds)
{
    Console.WriteLine("MISMATCH: the generated network does not reproduce PyTorch's within the bound.");
    status = 1;
}

if (!quantizedReport.Holds)
{
    Console.WriteLine("MISMATCH: the int8 network gives PyTorch's quantized model's digit on fewer than 99 % of the images.");
    status = 1;
}

return status;
