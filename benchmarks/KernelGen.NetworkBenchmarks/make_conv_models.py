#!/usr/bin/python3
"""Single-node ONNX models for the Winograd benchmarks (Conv: 3x3, stride 1, padding 1, bias), ResNet's stem conv
(StemBenchmarks) and the integer ones (QLinearConv, MatMulInteger), built with onnx.helper.

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


# Issue 25: quantized single-node models, ONNX's QLinearConv (uint8 activations, int8 weights, int32 bias, uint8 output)
# and MatMulInteger (uint8 x int8 -> int32), with the same values written raw for our kernels.
QSHAPES = [(16, 4, 32), (16, 32, 32), (64, 56, 64)]  # (in channels, plane, out channels), 3x3, padding 1
X_SCALE, X_ZERO, Y_SCALE, Y_ZERO = 0.02, 128, 0.05, 120


def quantized():
    for cin, plane, cout in QSHAPES:
        rng = random.Random(cin * 7919 + plane * 31 + cout)
        weight = array("b", (rng.randint(-127, 127) for _ in range(cout * cin * 9)))
        w_scale = array("f", (rng.uniform(0.5, 1.5) / (64 * math.sqrt(cin * 9)) for _ in range(cout)))
        bias = array("i", (rng.randint(-2000, 2000) for _ in range(cout)))
        name = f"qconv{cin}x{plane}x{cout}"
        inits = [
            helper.make_tensor("x_scale", TensorProto.FLOAT, [], [X_SCALE]),
            helper.make_tensor("x_zero", TensorProto.UINT8, [], [X_ZERO]),
            helper.make_tensor("w", TensorProto.INT8, [cout, cin, 3, 3], weight.tobytes(), raw=True),
            helper.make_tensor("w_scale", TensorProto.FLOAT, [cout], w_scale.tobytes(), raw=True),
            helper.make_tensor("w_zero", TensorProto.INT8, [cout], bytes(cout), raw=True),
            helper.make_tensor("y_scale", TensorProto.FLOAT, [], [Y_SCALE]),
            helper.make_tensor("y_zero", TensorProto.UINT8, [], [Y_ZERO]),
            helper.make_tensor("bias", TensorProto.INT32, [cout], bias.tobytes(), raw=True),
        ]
        node = helper.make_node("QLinearConv", ["x", "x_scale", "x_zero", "w", "w_scale", "w_zero", "y_scale", "y_zero", "bias"], ["y"],
                                kernel_shape=[3, 3], pads=[1, 1, 1, 1], strides=[1, 1])
        graph = helper.make_graph([node], name,
                                  [helper.make_tensor_value_info("x", TensorProto.UINT8, [1, cin, plane, plane])],
                                  [helper.make_tensor_value_info("y", TensorProto.UINT8, [1, cout, plane, plane])], inits)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="KernelGen benchmarks")
        model.ir_version = 8
        save(model, os.path.join(OUT, name + ".onnx"))
        for suffix, values in (("weight", weight), ("wscale", w_scale), ("bias", bias)):
            with open(os.path.join(OUT, f"{name}.{suffix}.bin"), "wb") as f:
                values.tofile(f)
        print(f"{name}.onnx: QLinearConv [{cin}][{plane}][{plane}] -> [{cout}][{plane}][{plane}], 3x3, padding 1")

    # MatMulInteger m x k (uint8) times k x n (int8) -> int32: a dense layer at batch 1, and a matrix product
    for name, m, k, n, seed in (("qdense784x128", 1, 784, 128, 784128), ("qmatmul64x256x256", 64, 256, 256, 64256256)):
        rng = random.Random(seed)
        b = array("b", (rng.randint(-127, 127) for _ in range(k * n)))
        node = helper.make_node("MatMulInteger", ["a", "b"], ["y"])
        graph = helper.make_graph([node], name,
                                  [helper.make_tensor_value_info("a", TensorProto.UINT8, [m, k])],
                                  [helper.make_tensor_value_info("y", TensorProto.INT32, [m, n])],
                                  [helper.make_tensor("b", TensorProto.INT8, [k, n], b.tobytes(), raw=True)])
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="KernelGen benchmarks")
        model.ir_version = 8
        save(model, os.path.join(OUT, name + ".onnx"))
        with open(os.path.join(OUT, name + ".b.bin"), "wb") as f:
            b.tofile(f)
        print(f"{name}.onnx: MatMulInteger [{m}][{k}] x [{k}][{n}] -> int32")


# Issue 23: ResNet's stem, 3x224x224 -> 64, 7x7, stride 2, padding 3, bias (StemBenchmarks)
def stem():
    rng = random.Random(3224)
    weight = array("f", (rng.gauss(0, 1) / math.sqrt(3 * 49) for _ in range(64 * 3 * 49)))
    bias = array("f", (rng.gauss(0, 0.1) for _ in range(64)))
    name = "stem"
    node = helper.make_node("Conv", ["input", "weight", "bias"], ["output"], kernel_shape=[7, 7], pads=[3, 3, 3, 3], strides=[2, 2])
    graph = helper.make_graph(
        [node], name,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 3, 224, 224])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 64, 112, 112])],
        [helper.make_tensor("weight", TensorProto.FLOAT, [64, 3, 7, 7], weight.tobytes(), raw=True),
         helper.make_tensor("bias", TensorProto.FLOAT, [64], bias.tobytes(), raw=True)])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="KernelGen benchmarks")
    model.ir_version = 8
    save(model, os.path.join(OUT, name + ".onnx"))
    for suffix, values in (("weight", weight), ("bias", bias)):
        with open(os.path.join(OUT, f"{name}.{suffix}.bin"), "wb") as f:
            values.tofile(f)
    print(f"{name}.onnx: [3][224][224] -> [64][112][112], 7x7, stride 2, padding 3")


def main():
    os.makedirs(OUT, exist_ok=True)
    quantized()
    stem()
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
