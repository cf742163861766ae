using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace KernelGen;

/// <summary>
/// Transposes a block of <see cref="float"/>s between two strided layouts, for generated kernels that keep output
/// channels in the vector lanes: a convolution whose filters are transposed per call to <c>[taps][channels]</c> (so
/// one vector holds one tap of 16 filters) and whose pixel-major results are transposed back into the output's
/// channel planes, or that keeps a batch's images in the lanes. 16 x 16 blocks in AVX-512 registers (unpacks and
/// 128-bit lane shuffles, 64 operations per block), 8 x 8 blocks in AVX registers without AVX-512 (and for the rows a
/// 16-row block leaves), the edges element by element. Not generic, so a ReadyToRun image holds it. Not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KernelTranspose
{
    /// <summary>
    /// <c>destination[c * destinationStride + r] = source[r * sourceStride + c]</c> for every <c>r &lt; rows</c> and
    /// <c>c &lt; columns</c>. The two blocks must not overlap.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tier-0 code of these intrinsics runs several times slower, for the first 30 calls
    public static void Transpose(ref float source, int sourceStride, int rows, int columns, ref float destination, int destinationStride)
    {
        // Column blocks outside, row blocks inside: consecutive blocks write the next cache line of the same destination
        // rows. Row blocks outside would write the same 64-byte column of every destination row in turn, and where rows
        // are a multiple of 4 KB apart (a batch's images of 1024 floats) all those lines fall in one L1 set. Even one
        // 16-row block then writes 16 lines of one set, more than its 12 ways: such strides take 8 x 8 blocks (8 lines).
        // Measured on the images-in-lanes conv 1x8x8 -> 16 at 64 images (outputs 4 KB apart): 59.6 us with row blocks
        // outside, 32.6 us with column blocks outside, against 13.3 us for 15 output channels (3.75 KB apart).
        int r = 0;
        if (Avx512F.IsSupported && destinationStride % 1024 != 0)
        {
            int blockRows = rows / 16 * 16, c = 0;
            for (; c + 16 <= columns; c += 16)
            {
                for (int br = 0; br < blockRows; br += 16)
                {
                    Block16(
                        ref Unsafe.Add(ref source, ((nint)br * sourceStride) + c), sourceStride,
                        ref Unsafe.Add(ref destination, ((nint)c * destinationStride) + br), destinationStride);
                }
            }

            Edge(ref source, sourceStride, 0, blockRows, c, columns, ref destination, destinationStride);
            r = blockRows;
        }

        if (Avx.IsSupported)
        {
            // without AVX-512 (and for the rows 16-row blocks leave): 8 x 8 blocks in 256-bit registers
            int blockRows = r + ((rows - r) / 8 * 8), c = 0;
            for (; c + 8 <= columns; c += 8)
            {
                for (int br = r; br < blockRows; br += 8)
                {
                    Block8(
                        ref Unsafe.Add(ref source, ((nint)br * sourceStride) + c), sourceStride,
                        ref Unsafe.Add(ref destination, ((nint)c * destinationStride) + br), destinationStride);
                }
            }

            Edge(ref source, sourceStride, r, blockRows, c, columns, ref destination, destinationStride);
            r = blockRows;
        }

        Edge(ref source, sourceStride, r, rows, 0, columns, ref destination, destinationStride);
    }

    /// <summary>One 8 x 8 block: unpacks of floats, shuffles of pairs, then the 128-bit halves exchanged (24 operations).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block8(ref float source, nint sourceStride, ref float destination, nint destinationStride)
    {
        Vector256<float> r0 = Load8(ref source, 0, sourceStride), r1 = Load8(ref source, 1, sourceStride);
        Vector256<float> r2 = Load8(ref source, 2, sourceStride), r3 = Load8(ref source, 3, sourceStride);
        Vector256<float> r4 = Load8(ref source, 4, sourceStride), r5 = Load8(ref source, 5, sourceStride);
        Vector256<float> r6 = Load8(ref source, 6, sourceStride), r7 = Load8(ref source, 7, sourceStride);

        // per 128-bit half: t0 = r0[0], r1[0], r0[1], r1[1] (and [4], [5] in the upper half); t1 the same for [2], [3]
        Vector256<float> t0 = Avx.UnpackLow(r0, r1), t1 = Avx.UnpackHigh(r0, r1);
        Vector256<float> t2 = Avx.UnpackLow(r2, r3), t3 = Avx.UnpackHigh(r2, r3);
        Vector256<float> t4 = Avx.UnpackLow(r4, r5), t5 = Avx.UnpackHigh(r4, r5);
        Vector256<float> t6 = Avx.UnpackLow(r6, r7), t7 = Avx.UnpackHigh(r6, r7);

        // s0 = column 0 of rows 0-3 (column 4 in the upper half), s1 column 1 (5), s2 column 2 (6), s3 column 3 (7); s4-s7 rows 4-7
        Vector256<float> s0 = Avx.Shuffle(t0, t2, 0x44), s1 = Avx.Shuffle(t0, t2, 0xEE);
        Vector256<float> s2 = Avx.Shuffle(t1, t3, 0x44), s3 = Avx.Shuffle(t1, t3, 0xEE);
        Vector256<float> s4 = Avx.Shuffle(t4, t6, 0x44), s5 = Avx.Shuffle(t4, t6, 0xEE);
        Vector256<float> s6 = Avx.Shuffle(t5, t7, 0x44), s7 = Avx.Shuffle(t5, t7, 0xEE);

        // 0x20 joins the lower halves, 0x31 the upper ones
        Store8(Avx.Permute2x128(s0, s4, 0x20), ref destination, 0, destinationStride);
        Store8(Avx.Permute2x128(s1, s5, 0x20), ref destination, 1, destinationStride);
        Store8(Avx.Permute2x128(s2, s6, 0x20), ref destination, 2, destinationStride);
        Store8(Avx.Permute2x128(s3, s7, 0x20), ref destination, 3, destinationStride);
        Store8(Avx.Permute2x128(s0, s4, 0x31), ref destination, 4, destinationStride);
        Store8(Avx.Permute2x128(s1, s5, 0x31), ref destination, 5, destinationStride);
        Store8(Avx.Permute2x128(s2, s6, 0x31), ref destination, 6, destinationStride);
        Store8(Avx.Permute2x128(s3, s7, 0x31), ref destination, 7, destinationStride);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Load8(ref float first, nint row, nint stride) => Vector256.LoadUnsafe(ref Unsafe.Add(ref first, row * stride));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store8(Vector256<float> value, ref float first, nint row, nint stride) => value.StoreUnsafe(ref Unsafe.Add(ref first, row * stride));

    private static void Edge(ref float source, int sourceStride, int rowFirst, int rowEnd, int columnFirst, int columnEnd, ref float destination, int destinationStride)
    {
        for (int c = columnFirst; c < columnEnd; c++)
        {
            ref float to = ref Unsafe.Add(ref destination, (nint)c * destinationStride);
            for (int r = rowFirst; r < rowEnd; r++)
            {
                Unsafe.Add(ref to, r) = Unsafe.Add(ref source, ((nint)r * sourceStride) + c);
            }
        }
    }

    /// <summary>One 16 x 16 block: rows of 4-element groups interleaved (unpacks of floats, then of pairs), then 128-bit lanes gathered twice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block16(ref float source, nint sourceStride, ref float destination, nint destinationStride)
    {
        Vector512<float> r0 = Load(ref source, 0, sourceStride), r1 = Load(ref source, 1, sourceStride);
        Vector512<float> r2 = Load(ref source, 2, sourceStride), r3 = Load(ref source, 3, sourceStride);
        Vector512<float> r4 = Load(ref source, 4, sourceStride), r5 = Load(ref source, 5, sourceStride);
        Vector512<float> r6 = Load(ref source, 6, sourceStride), r7 = Load(ref source, 7, sourceStride);
        Vector512<float> r8 = Load(ref source, 8, sourceStride), r9 = Load(ref source, 9, sourceStride);
        Vector512<float> r10 = Load(ref source, 10, sourceStride), r11 = Load(ref source, 11, sourceStride);
        Vector512<float> r12 = Load(ref source, 12, sourceStride), r13 = Load(ref source, 13, sourceStride);
        Vector512<float> r14 = Load(ref source, 14, sourceStride), r15 = Load(ref source, 15, sourceStride);

        // per 128-bit lane L: t0 = r0[4L], r1[4L], r0[4L+1], r1[4L+1]; t1 the same for 4L+2, 4L+3
        Vector512<float> t0 = Avx512F.UnpackLow(r0, r1), t1 = Avx512F.UnpackHigh(r0, r1);
        Vector512<float> t2 = Avx512F.UnpackLow(r2, r3), t3 = Avx512F.UnpackHigh(r2, r3);
        Vector512<float> t4 = Avx512F.UnpackLow(r4, r5), t5 = Avx512F.UnpackHigh(r4, r5);
        Vector512<float> t6 = Avx512F.UnpackLow(r6, r7), t7 = Avx512F.UnpackHigh(r6, r7);
        Vector512<float> t8 = Avx512F.UnpackLow(r8, r9), t9 = Avx512F.UnpackHigh(r8, r9);
        Vector512<float> t10 = Avx512F.UnpackLow(r10, r11), t11 = Avx512F.UnpackHigh(r10, r11);
        Vector512<float> t12 = Avx512F.UnpackLow(r12, r13), t13 = Avx512F.UnpackHigh(r12, r13);
        Vector512<float> t14 = Avx512F.UnpackLow(r14, r15), t15 = Avx512F.UnpackHigh(r14, r15);

        // per lane L: r0 = column 4L of rows 0-3, r1 = column 4L + 1, r2 = 4L + 2, r3 = 4L + 3; r4-r7 rows 4-7, ...
        r0 = Pairs(t0, t2, low: true); r1 = Pairs(t0, t2, low: false); r2 = Pairs(t1, t3, low: true); r3 = Pairs(t1, t3, low: false);
        r4 = Pairs(t4, t6, low: true); r5 = Pairs(t4, t6, low: false); r6 = Pairs(t5, t7, low: true); r7 = Pairs(t5, t7, low: false);
        r8 = Pairs(t8, t10, low: true); r9 = Pairs(t8, t10, low: false); r10 = Pairs(t9, t11, low: true); r11 = Pairs(t9, t11, low: false);
        r12 = Pairs(t12, t14, low: true); r13 = Pairs(t12, t14, low: false); r14 = Pairs(t13, t15, low: true); r15 = Pairs(t13, t15, low: false);

        // 0x88 takes lanes 0 and 2 of each operand, 0xDD lanes 1 and 3
        t0 = Avx512F.Shuffle4x128(r0, r4, 0x88); t1 = Avx512F.Shuffle4x128(r1, r5, 0x88);
        t2 = Avx512F.Shuffle4x128(r2, r6, 0x88); t3 = Avx512F.Shuffle4x128(r3, r7, 0x88);
        t4 = Avx512F.Shuffle4x128(r0, r4, 0xDD); t5 = Avx512F.Shuffle4x128(r1, r5, 0xDD);
        t6 = Avx512F.Shuffle4x128(r2, r6, 0xDD); t7 = Avx512F.Shuffle4x128(r3, r7, 0xDD);
        t8 = Avx512F.Shuffle4x128(r8, r12, 0x88); t9 = Avx512F.Shuffle4x128(r9, r13, 0x88);
        t10 = Avx512F.Shuffle4x128(r10, r14, 0x88); t11 = Avx512F.Shuffle4x128(r11, r15, 0x88);
        t12 = Avx512F.Shuffle4x128(r8, r12, 0xDD); t13 = Avx512F.Shuffle4x128(r9, r13, 0xDD);
        t14 = Avx512F.Shuffle4x128(r10, r14, 0xDD); t15 = Avx512F.Shuffle4x128(r11, r15, 0xDD);

        Store(Avx512F.Shuffle4x128(t0, t8, 0x88), ref destination, 0, destinationStride);
        Store(Avx512F.Shuffle4x128(t1, t9, 0x88), ref destination, 1, destinationStride);
        Store(Avx512F.Shuffle4x128(t2, t10, 0x88), ref destination, 2, destinationStride);
        Store(Avx512F.Shuffle4x128(t3, t11, 0x88), ref destination, 3, destinationStride);
        Store(Avx512F.Shuffle4x128(t4, t12, 0x88), ref destination, 4, destinationStride);
        Store(Avx512F.Shuffle4x128(t5, t13, 0x88), ref destination, 5, destinationStride);
        Store(Avx512F.Shuffle4x128(t6, t14, 0x88), ref destination, 6, destinationStride);
        Store(Avx512F.Shuffle4x128(t7, t15, 0x88), ref destination, 7, destinationStride);
        Store(Avx512F.Shuffle4x128(t0, t8, 0xDD), ref destination, 8, destinationStride);
        Store(Avx512F.Shuffle4x128(t1, t9, 0xDD), ref destination, 9, destinationStride);
        Store(Avx512F.Shuffle4x128(t2, t10, 0xDD), ref destination, 10, destinationStride);
        Store(Avx512F.Shuffle4x128(t3, t11, 0xDD), ref destination, 11, destinationStride);
        Store(Avx512F.Shuffle4x128(t4, t12, 0xDD), ref destination, 12, destinationStride);
        Store(Avx512F.Shuffle4x128(t5, t13, 0xDD), ref destination, 13, destinationStride);
        Store(Avx512F.Shuffle4x128(t6, t14, 0xDD), ref destination, 14, destinationStride);
        Store(Avx512F.Shuffle4x128(t7, t15, 0xDD), ref destination, 15, destinationStride);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Load(ref float first, nint row, nint stride) => Vector512.LoadUnsafe(ref Unsafe.Add(ref first, row * stride));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector512<float> value, ref float first, nint row, nint stride) => value.StoreUnsafe(ref Unsafe.Add(ref first, row * stride));

    /// <summary>The low (or high) 64-bit pairs of each 128-bit lane of <paramref name="a"/> and <paramref name="b"/>, interleaved.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Pairs(Vector512<float> a, Vector512<float> b, bool low) =>
        (low ? Avx512F.UnpackLow(a.AsDouble(), b.AsDouble()) : Avx512F.UnpackHigh(a.AsDouble(), b.AsDouble())).AsSingle();
}
