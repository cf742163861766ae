using System.Globalization;

namespace KernelGen.Generator.Planning;

/// <summary>
/// How one call's work is split into parts, and on how many threads they may run: computed once at compile time from
/// the spec (<c>Batch</c>, <c>Threads</c>, the work per image) and the kind's plan (how many independent units of
/// output, such as output-channel tiles, row bands or row tiles, an image has). Parts split outputs only: part
/// <c>p</c> is image group <c>p / SharesPerImage</c> and share <c>p % SharesPerImage</c> of that group's units, and each
/// vector path divides its own units the same way (<see cref="UnitRange"/>). A group is one image, or the
/// <see cref="ImagesPerPart"/> consecutive images a plan that folds the batch computes in one body. Every output is computed by one part, with
/// the same code whichever thread runs it, so the bits do not depend on the thread count.
/// </summary>
/// <param name="Images">Images per call (1 without a batch).</param>
/// <param name="SharesPerImage">Parts each image's units are divided into (1: a part is a whole image).</param>
/// <param name="Threads">The most threads a call uses, the caller included (1: the calling thread alone); the runtime's
/// <c>KernelThreads.Limit</c> caps it further.</param>
/// <param name="Requested">The declared <c>Threads</c> (0: the machine's), for the header.</param>
/// <param name="Units">The independent output units of one image on the widest path (1: the kind does not split an image).</param>
/// <param name="UnitNoun">What a unit is, plural (<c>output-channel tiles</c>), for the header.</param>
/// <param name="Tasks">What the threads claim one at a time: every part, or (when whole images are the parts and they are
/// small) runs of consecutive images, so that claiming a task costs little beside its work.</param>
/// <param name="ImagesPerPart">Consecutive images one body computes (a plan that folds the batch into its product; 1 otherwise).</param>
internal sealed record WorkPartition(int Images, int SharesPerImage, int Threads, int Requested, int Units, string UnitNoun, int Tasks = 0, int ImagesPerPart = 1)
{
    /// <summary>One image, one part, the calling thread: the kernel as it is without <c>Batch</c> or <c>Threads</c>.</summary>
    public static WorkPartition Single { get; } = new(1, 1, 1, 1, 1, "");

    /// <summary>
    /// The least work worth a thread, in multiply-adds: below it, waking a worker and sharing the caller's caches
    /// costs more than the work saves. MLAS gives each thread at least about 64K; measured here (benchmarks/README.md,
    /// "Threads"): a 2-thread call gains from about 2 x this.
    /// </summary>
    public const long MinMultiplyAddsPerThread = 64 * 1024;

    /// <summary>Threads planned for <c>Threads = 0</c> (the machine's), before the runtime's limit: parts stay few.</summary>
    public const int MachineThreads = 64;

    /// <summary>Image groups of one call: the images, or runs of <see cref="ImagesPerPart"/> of them.</summary>
    public int Groups => Images / ImagesPerPart;

    /// <summary>Parts of one call.</summary>
    public int Parts => Groups * SharesPerImage;

    /// <summary>Tasks the threads claim: <see cref="Parts"/>, or fewer runs of consecutive parts (<see cref="GroupsParts"/>).</summary>
    public int TaskCount => Tasks > 0 ? Tasks : Parts;

    /// <summary>Whether a task is a run of consecutive parts (images) rather than one part.</summary>
    public bool GroupsParts => TaskCount < Parts;

    /// <summary>Tasks per thread when whole images are shared out: enough for the threads to even out, few enough to be cheap.</summary>
    public const int TasksPerThread = 4;

    /// <summary>Whether the kernel is written as parts (a batch, or threads), or as one body.</summary>
    public bool IsSplit => Parts > 1;

    /// <summary>Whether the parts may run on several threads (the kernel then calls <c>KernelGen.KernelThreads.Run</c>).</summary>
    public bool IsThreaded => Threads > 1;

    /// <summary>
    /// The partition of a call of <paramref name="multiplyAddsPerImage"/> multiply-adds per image over
    /// <paramref name="images"/> images, a group of <paramref name="imagesPerPart"/> images (a divisor of the images)
    /// holding <paramref name="units"/> independent units of output.
    /// </summary>
    public static WorkPartition Plan(int images, long multiplyAddsPerImage, int requested, int units, string unitNoun, int imagesPerPart = 1)
    {
        int groups = images / imagesPerPart;
        int cap = requested == 0 ? MachineThreads : System.Math.Max(1, requested);
        int threads = (int)System.Math.Min(cap, ThreadsWorth(images * multiplyAddsPerImage));
        int shares = 1;
        if (threads > groups && (imagesPerPart == 1 || groups == 1))
        {
            // fewer groups than threads: each group's units are shared out (at most one unit per share). Folded groups are
            // shared out only when there is one: each share of a group rebuilds what the group's units read (its columns)
            shares = System.Math.Max(1, System.Math.Min(units, (threads + groups - 1) / groups));
        }

        threads = System.Math.Max(1, System.Math.Min(threads, groups * shares));
        int tasks = groups * shares;
        if (shares == 1 && threads > 1)
        {
            // whole groups: at most TasksPerThread runs of consecutive groups per thread (each then holds at least a quarter
            // of a thread's least work). Measured (benchmarks/README.md, "Threads"): 64 digits images as 64 tasks of 9K
            // multiply-adds ran 2.0x slower on two threads than on one; as 8 runs of 8, 1.12x slower (9 us of work)
            tasks = System.Math.Min(groups, threads * TasksPerThread);
        }

        return new WorkPartition(images, shares, threads, requested, units, unitNoun, tasks, imagesPerPart);
    }

    /// <summary>How many threads <paramref name="multiplyAdds"/> of work is worth: one per <see cref="MinMultiplyAddsPerThread"/>, at least one.</summary>
    public static long ThreadsWorth(long multiplyAdds) => System.Math.Max(1, multiplyAdds / MinMultiplyAddsPerThread);

    /// <summary>
    /// The range of a path's <paramref name="units"/> units that the current part computes, as C# expressions over the
    /// part method's <c>{prefix}share</c>: <c>(0, units)</c> when images are not shared out.
    /// </summary>
    public (string First, string End) UnitRange(int units, string prefix)
    {
        if (SharesPerImage == 1)
        {
            return ("0", N(units));
        }

        string share = prefix + "share";
        return ($"{share} * {N(units)} / {N(SharesPerImage)}", $"({share} + 1) * {N(units)} / {N(SharesPerImage)}");
    }

    /// <summary>
    /// The loop header over this part's tiles of <paramref name="tile"/> within <paramref name="extent"/> (<paramref name="units"/>
    /// tiles, the last one possibly clamped by the body): <c>for (int v = first * tile; v &lt; min(end * tile, extent); v += tile)</c>.
    /// </summary>
    public string TileLoop(string variable, int tile, int extent, int units, string prefix)
    {
        (string first, string end) = UnitRange(units, prefix);
        return $"for (int {variable} = ({first}) * {N(tile)}; {variable} < global::System.Math.Min(({end}) * {N(tile)}, {N(extent)}); {variable} += {N(tile)})";
    }

    /// <summary>The header's line: what the parts are and how many threads run them, or why the call has one.</summary>
    public string Describe()
    {
        string requested = Requested == 0 ? "Threads = 0 (the machine's)" : $"Threads = {N(Requested)}";
        string group = ImagesPerPart == 1 ? "image" : $"group of {N(ImagesPerPart)} images";
        string groups = ImagesPerPart == 1 ? "images" : $"groups of {N(ImagesPerPart)} images";
        string parts = SharesPerImage == 1
            ? Groups == 1 ? "" : $"{N(Parts)} parts, one {group} each"
            : $"{N(Parts)} parts = {(Groups == 1 ? "" : $"{N(Groups)} {groups} x ")}{N(SharesPerImage)} shares of {N(Units)} {UnitNoun}";
        if (Threads <= 1)
        {
            string why = Requested == 1 ? "one thread"
                : Parts == 1 && Units <= 1 ? $"{requested} asked, one thread: its output is one unit (a reduction is never split)"
                : $"{requested} asked, one thread: the work is under {N(2 * MinMultiplyAddsPerThread)} multiply-adds, too little to gain from a second";
            return parts.Length == 0 ? why : $"{parts}, in order on the calling thread ({why})";
        }

        string tasks = GroupsParts ? $" in {N(TaskCount)} runs of consecutive {(ImagesPerPart == 1 ? "images" : "groups")}" : "";
        return $"{parts}{tasks}{(parts.Length == 0 ? "" : "; ")}on up to {N(Threads)} threads, the caller included ({requested}; KernelGen.KernelThreads.Limit caps it at run time): "
            + "each part is one thread's, computed in the one-thread order, so the bits do not depend on the thread count";
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
