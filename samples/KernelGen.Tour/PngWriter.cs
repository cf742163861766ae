using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace KernelGen.Tour;

/// <summary>
/// A minimal PNG writer (8-bit greyscale, no filtering) over the BCL's <see cref="ZLibStream"/>: enough to look at a
/// convolution's output in any image viewer without an imaging package. And its reader, to check what was written.
/// </summary>
public static class PngWriter
{
    private static readonly byte[] Signature = { 137, 80, 78, 71, 13, 10, 26, 10 };

    /// <summary>Writes <paramref name="pixels"/> (row-major, <paramref name="width"/> x <paramref name="height"/>) as a greyscale PNG.</summary>
    public static void WriteGreyscale(string path, ReadOnlySpan<byte> pixels, int width, int height)
    {
        if (pixels.Length != width * height)
        {
            throw new ArgumentException($"Expected {width * height} pixels, got {pixels.Length}.", nameof(pixels));
        }

        using var file = File.Create(path);
        file.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;  // bit depth
        header[9] = 0;  // colour type: greyscale
        header[10] = 0; // compression: deflate
        header[11] = 0; // filter method
        header[12] = 0; // no interlace
        WriteChunk(file, "IHDR", header);

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (int y = 0; y < height; y++)
            {
                zlib.WriteByte(0); // filter type None for every scanline
                zlib.Write(pixels.Slice(y * width, width));
            }
        }

        WriteChunk(file, "IDAT", compressed.ToArray());
        WriteChunk(file, "IEND", ReadOnlySpan<byte>.Empty);
    }

    /// <summary>Reads back a PNG written by <see cref="WriteGreyscale"/>, checking every chunk's CRC.</summary>
    public static (byte[] Pixels, int Width, int Height) ReadGreyscale(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, offset = 8;
        var data = new MemoryStream();
        while (offset < bytes.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            string type = Encoding.ASCII.GetString(bytes, offset + 4, 4);
            ReadOnlySpan<byte> body = bytes.AsSpan(offset + 8, length);
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset + 8 + length));
            if (crc != Crc32(bytes.AsSpan(offset + 4, 4 + length)))
            {
                throw new InvalidDataException($"Bad CRC in chunk {type}.");
            }

            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }

            offset += 12 + length;
        }

        data.Position = 0;
        var raw = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
        {
            zlib.CopyTo(raw);
        }

        byte[] scanlines = raw.ToArray();
        var pixels = new byte[width * height];
        for (int y = 0; y < height; y++)
        {
            scanlines.AsSpan((y * (width + 1)) + 1, width).CopyTo(pixels.AsSpan(y * width));
        }

        return (pixels, width, height);
    }

    private static void WriteChunk(Stream stream, string type, ReadOnlySpan<byte> body)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, body.Length);
        stream.Write(word);
        byte[] typeAndBody = new byte[4 + body.Length];
        Encoding.ASCII.GetBytes(type, typeAndBody);
        body.CopyTo(typeAndBody.AsSpan(4));
        stream.Write(typeAndBody);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typeAndBody));
        stream.Write(word);
    }

    /// <summary>CRC-32 (ISO 3309, as PNG specifies) over <paramref name="data"/>.</summary>
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
