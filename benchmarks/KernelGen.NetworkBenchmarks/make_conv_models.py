#!/usr/bin/python3
"""Single-node ONNX Conv models (3x3, stride 1, padding 1, bias) for the Winograd benchmarks, built with onnx.helper.

The weights and the bias are initializers (ORT packs them once, as it does for any model), drawn from a fixed seed and
also written as raw float32 files, so that the benchmark hands our kernels the same values and can compare outputs.
Run once before the benchmarks (Debian: apt-get install python3-onnx):  /usr/bin/python3 make_conv_models.py
"""
import math
import os
import random
from array import array

from onnx import TensorProto, helper, save

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "models")
SHAPES = [(64, 56), (128, 28), (256, 14), (32, 112)]  # (channels, plane): channels -> channels, plane x plane


def main():
    os.makedirs(OUT, exist_ok=True)
    for channels, plane in SHAPES:
        rng = random.Random(channels * 1000 + plane)
        weight = array("f", (rng.gauss(0, 1) / math.sqrt(channels * 9) for _ in range(channels * channels * 9)))
        bias = array("f", (rng.gauss(0, 0.1) for _ in range(channels)))
        name = f"conv{channels}x{plane}"
        node = helper.make_node("Conv", ["input", "weight", "bias"], ["output"], kernel_shape=[3, 3], pads=[1, 1, 1, 1], strides=[1, 1])
        graph = helper.make_graph(
            [node], name,
            [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, channels, plane, plane])],
            [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, channels, plane, plane])],
            [helper.make_tensor("weight", TensorProto.FLOAT, [channels, channels, 3, 3], weight.tobytes(), raw=True),
             helper.make_tensor("bias", TensorProto.FLOAT, [channels], bias.tobytes(), raw=True)])
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="KernelGen benchmarks")
        model.ir_version = 8
        save(model, os.path.join(OUT, name + ".onnx"))
        with open(os.path.join(OUT, name + ".weight.bin"), "wb") as f:
            weight.tofile(f)
        with open(os.path.join(OUT, name + ".bias.bin"), "wb") as f:
            bias.tofile(f)
        print(f"{name}.onnx: [{channels}][{plane}][{plane}] -> [{channels}][{plane}][{plane}], 3x3, padding 1")


if __name__ == "__main__":
    main()
