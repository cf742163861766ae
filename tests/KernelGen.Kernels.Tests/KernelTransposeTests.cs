using System;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// <see cref="KernelTranspose"/>: every element lands at its transposed place for shapes around the 16 x 16 and 8 x 8 blocks
/// (inside, on and past a block's edge), with strides wider than the block, and nothing outside the block is written.
/// </summary>
public class KernelTransposeTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(15, 17)]
    [InlineData(16, 16)]
    [InlineData(17, 15)]
    [InlineData(32, 2304)]
    [InlineData(196, 32)]
    [InlineData(49, 64)]
    [InlineData(64, 33)]
    [InlineData(8, 8)]
    [InlineData(24, 13)] // a 16-row block, then an 8-row block (8 x 8 blocks and an edge)
    [InlineData(9, 23)]
    [InlineData(40, 35, 1024)] // destination rows 4 KB apart: 8 x 8 blocks only (16 lines in one L1 set would stall)
    [InlineData(64, 48, 2048)]
    public void Transposes_every_element_and_writes_nothing_else(int rows, int columns, int destinationStride = 0)
    {
        var random = new Random((rows * 1000) + columns);
        int sourceStride = columns + 3;
        destinationStride = destinationStride == 0 ? rows + 5 : destinationStride;
        var source = new float[(rows * sourceStride) + 1];
        for (int i = 0; i < source.Length; i++)
        {
            source[i] = (float)random.NextDouble();
        }

        var destination = new float[(columns * destinationStride) + 7];
        destination.AsSpan().Fill(float.NaN);
        KernelTranspose.Transpose(ref source[0], sourceStride, rows, columns, ref destination[2], destinationStride);

        for (int i = 0; i < destination.Length; i++)
        {
            int at = i - 2, c = at / destinationStride, r = at % destinationStride;
            bool inside = at >= 0 && c < columns && r < rows;
            if (inside)
            {
                Assert.Equal(source[(r * sourceStride) + c], destination[i]);
            }
            else
            {
                Assert.True(float.IsNaN(destination[i]), $"element {i} (outside the block) was written");
            }
        }
    }
}
