using System;
using KernelGen.Digits;

// The digits CNN, every layer a generated kernel, over train.py's test split: accuracy, agreement with PyTorch,
// the logit error against the contract's bound propagated through the layers, and the time per image.
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
Console.WriteLine($"latency:              {DigitsConsole.LatencyNanoseconds(network, data) / 1000:F2} us per image (one core, batch 1; a rough figure, see benchmarks/README.md)");
#endif
if (!report.Holds)
{
    Console.WriteLine("MISMATCH: the generated network does not reproduce PyTorch's within the bound.");
    return 1;
}

return 0;
