System.Console.WriteLine(KernelGen.Tour.Kernels.Dot27(new float[27], new float[27]));
