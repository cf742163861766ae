// Written by KernelCatalog.WriteDeclarations (run the tests with KERNELGEN_ACCEPT=1 to refresh).
using System;

namespace KernelGen.Kernels.Tests;

public static partial class Declared
{
    [DotProduct(1)] public static partial float Dot_float_1(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(2)] public static partial float Dot_float_2(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(3)] public static partial float Dot_float_3(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(4)] public static partial float Dot_float_4(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(5)] public static partial float Dot_float_5(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(6)] public static partial float Dot_float_6(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(7)] public static partial float Dot_float_7(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(8)] public static partial float Dot_float_8(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(9)] public static partial float Dot_float_9(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(10)] public static partial float Dot_float_10(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(11)] public static partial float Dot_float_11(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(12)] public static partial float Dot_float_12(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(13)] public static partial float Dot_float_13(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(14)] public static partial float Dot_float_14(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(15)] public static partial float Dot_float_15(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(16)] public static partial float Dot_float_16(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(17)] public static partial float Dot_float_17(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(18)] public static partial float Dot_float_18(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(19)] public static partial float Dot_float_19(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(20)] public static partial float Dot_float_20(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(21)] public static partial float Dot_float_21(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(22)] public static partial float Dot_float_22(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(23)] public static partial float Dot_float_23(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(24)] public static partial float Dot_float_24(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(25)] public static partial float Dot_float_25(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(26)] public static partial float Dot_float_26(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(27)] public static partial float Dot_float_27(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(28)] public static partial float Dot_float_28(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(29)] public static partial float Dot_float_29(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(30)] public static partial float Dot_float_30(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(31)] public static partial float Dot_float_31(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(32)] public static partial float Dot_float_32(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(33)] public static partial float Dot_float_33(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(34)] public static partial float Dot_float_34(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(35)] public static partial float Dot_float_35(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(36)] public static partial float Dot_float_36(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(37)] public static partial float Dot_float_37(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(38)] public static partial float Dot_float_38(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(39)] public static partial float Dot_float_39(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(40)] public static partial float Dot_float_40(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(47)] public static partial float Dot_float_47(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(63)] public static partial float Dot_float_63(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(64)] public static partial float Dot_float_64(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(65)] public static partial float Dot_float_65(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(100)] public static partial float Dot_float_100(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(129)] public static partial float Dot_float_129(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(255)] public static partial float Dot_float_255(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(256)] public static partial float Dot_float_256(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(257)] public static partial float Dot_float_257(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(288)] public static partial float Dot_float_288(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(300)] public static partial float Dot_float_300(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(1024)] public static partial float Dot_float_1024(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(4096)] public static partial float Dot_float_4096(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(4099)] public static partial float Dot_float_4099(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
#if NET9_0_OR_GREATER
    [DotProduct(41)] public static partial float Dot_float_41(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(42)] public static partial float Dot_float_42(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(43)] public static partial float Dot_float_43(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(44)] public static partial float Dot_float_44(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(45)] public static partial float Dot_float_45(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(46)] public static partial float Dot_float_46(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(48)] public static partial float Dot_float_48(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(49)] public static partial float Dot_float_49(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(50)] public static partial float Dot_float_50(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(51)] public static partial float Dot_float_51(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(52)] public static partial float Dot_float_52(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(53)] public static partial float Dot_float_53(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(54)] public static partial float Dot_float_54(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(55)] public static partial float Dot_float_55(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(56)] public static partial float Dot_float_56(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(57)] public static partial float Dot_float_57(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(58)] public static partial float Dot_float_58(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(59)] public static partial float Dot_float_59(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(60)] public static partial float Dot_float_60(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(61)] public static partial float Dot_float_61(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(62)] public static partial float Dot_float_62(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(66)] public static partial float Dot_float_66(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(67)] public static partial float Dot_float_67(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(68)] public static partial float Dot_float_68(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(69)] public static partial float Dot_float_69(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(70)] public static partial float Dot_float_70(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(71)] public static partial float Dot_float_71(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(72)] public static partial float Dot_float_72(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(73)] public static partial float Dot_float_73(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(74)] public static partial float Dot_float_74(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(75)] public static partial float Dot_float_75(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(76)] public static partial float Dot_float_76(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(77)] public static partial float Dot_float_77(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(78)] public static partial float Dot_float_78(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(79)] public static partial float Dot_float_79(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(80)] public static partial float Dot_float_80(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(81)] public static partial float Dot_float_81(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(82)] public static partial float Dot_float_82(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(83)] public static partial float Dot_float_83(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(84)] public static partial float Dot_float_84(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(85)] public static partial float Dot_float_85(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(86)] public static partial float Dot_float_86(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(87)] public static partial float Dot_float_87(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(88)] public static partial float Dot_float_88(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(89)] public static partial float Dot_float_89(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(90)] public static partial float Dot_float_90(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(91)] public static partial float Dot_float_91(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(92)] public static partial float Dot_float_92(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(93)] public static partial float Dot_float_93(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(94)] public static partial float Dot_float_94(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(95)] public static partial float Dot_float_95(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(96)] public static partial float Dot_float_96(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(97)] public static partial float Dot_float_97(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(98)] public static partial float Dot_float_98(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(99)] public static partial float Dot_float_99(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(101)] public static partial float Dot_float_101(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(102)] public static partial float Dot_float_102(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(103)] public static partial float Dot_float_103(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(104)] public static partial float Dot_float_104(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(105)] public static partial float Dot_float_105(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(106)] public static partial float Dot_float_106(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(107)] public static partial float Dot_float_107(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(108)] public static partial float Dot_float_108(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(109)] public static partial float Dot_float_109(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(110)] public static partial float Dot_float_110(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(111)] public static partial float Dot_float_111(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(112)] public static partial float Dot_float_112(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(113)] public static partial float Dot_float_113(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(114)] public static partial float Dot_float_114(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(115)] public static partial float Dot_float_115(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(116)] public static partial float Dot_float_116(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(117)] public static partial float Dot_float_117(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(118)] public static partial float Dot_float_118(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(119)] public static partial float Dot_float_119(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(120)] public static partial float Dot_float_120(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(121)] public static partial float Dot_float_121(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(122)] public static partial float Dot_float_122(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(123)] public static partial float Dot_float_123(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(124)] public static partial float Dot_float_124(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(125)] public static partial float Dot_float_125(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(126)] public static partial float Dot_float_126(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(127)] public static partial float Dot_float_127(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(128)] public static partial float Dot_float_128(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(130)] public static partial float Dot_float_130(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(131)] public static partial float Dot_float_131(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(132)] public static partial float Dot_float_132(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(133)] public static partial float Dot_float_133(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(134)] public static partial float Dot_float_134(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(135)] public static partial float Dot_float_135(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(136)] public static partial float Dot_float_136(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(137)] public static partial float Dot_float_137(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(138)] public static partial float Dot_float_138(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(139)] public static partial float Dot_float_139(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(140)] public static partial float Dot_float_140(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(141)] public static partial float Dot_float_141(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(142)] public static partial float Dot_float_142(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(143)] public static partial float Dot_float_143(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(144)] public static partial float Dot_float_144(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(145)] public static partial float Dot_float_145(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(146)] public static partial float Dot_float_146(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(147)] public static partial float Dot_float_147(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(148)] public static partial float Dot_float_148(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(149)] public static partial float Dot_float_149(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(150)] public static partial float Dot_float_150(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(151)] public static partial float Dot_float_151(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(152)] public static partial float Dot_float_152(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(153)] public static partial float Dot_float_153(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(154)] public static partial float Dot_float_154(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(155)] public static partial float Dot_float_155(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(156)] public static partial float Dot_float_156(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(157)] public static partial float Dot_float_157(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(158)] public static partial float Dot_float_158(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(159)] public static partial float Dot_float_159(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(160)] public static partial float Dot_float_160(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(161)] public static partial float Dot_float_161(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(162)] public static partial float Dot_float_162(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(163)] public static partial float Dot_float_163(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(164)] public static partial float Dot_float_164(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(165)] public static partial float Dot_float_165(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(166)] public static partial float Dot_float_166(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(167)] public static partial float Dot_float_167(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(168)] public static partial float Dot_float_168(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(169)] public static partial float Dot_float_169(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(170)] public static partial float Dot_float_170(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(171)] public static partial float Dot_float_171(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(172)] public static partial float Dot_float_172(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(173)] public static partial float Dot_float_173(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(174)] public static partial float Dot_float_174(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(175)] public static partial float Dot_float_175(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(176)] public static partial float Dot_float_176(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(177)] public static partial float Dot_float_177(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(178)] public static partial float Dot_float_178(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(179)] public static partial float Dot_float_179(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(180)] public static partial float Dot_float_180(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(181)] public static partial float Dot_float_181(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(182)] public static partial float Dot_float_182(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(183)] public static partial float Dot_float_183(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(184)] public static partial float Dot_float_184(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(185)] public static partial float Dot_float_185(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(186)] public static partial float Dot_float_186(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(187)] public static partial float Dot_float_187(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(188)] public static partial float Dot_float_188(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(189)] public static partial float Dot_float_189(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(190)] public static partial float Dot_float_190(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(191)] public static partial float Dot_float_191(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(192)] public static partial float Dot_float_192(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(193)] public static partial float Dot_float_193(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(194)] public static partial float Dot_float_194(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(195)] public static partial float Dot_float_195(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(196)] public static partial float Dot_float_196(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(197)] public static partial float Dot_float_197(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(198)] public static partial float Dot_float_198(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(199)] public static partial float Dot_float_199(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(200)] public static partial float Dot_float_200(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(201)] public static partial float Dot_float_201(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(202)] public static partial float Dot_float_202(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(203)] public static partial float Dot_float_203(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(204)] public static partial float Dot_float_204(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(205)] public static partial float Dot_float_205(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(206)] public static partial float Dot_float_206(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(207)] public static partial float Dot_float_207(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(208)] public static partial float Dot_float_208(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(209)] public static partial float Dot_float_209(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(210)] public static partial float Dot_float_210(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(211)] public static partial float Dot_float_211(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(212)] public static partial float Dot_float_212(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(213)] public static partial float Dot_float_213(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(214)] public static partial float Dot_float_214(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(215)] public static partial float Dot_float_215(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(216)] public static partial float Dot_float_216(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(217)] public static partial float Dot_float_217(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(218)] public static partial float Dot_float_218(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(219)] public static partial float Dot_float_219(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(220)] public static partial float Dot_float_220(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(221)] public static partial float Dot_float_221(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(222)] public static partial float Dot_float_222(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(223)] public static partial float Dot_float_223(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(224)] public static partial float Dot_float_224(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(225)] public static partial float Dot_float_225(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(226)] public static partial float Dot_float_226(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(227)] public static partial float Dot_float_227(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(228)] public static partial float Dot_float_228(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(229)] public static partial float Dot_float_229(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(230)] public static partial float Dot_float_230(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(231)] public static partial float Dot_float_231(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(232)] public static partial float Dot_float_232(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(233)] public static partial float Dot_float_233(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(234)] public static partial float Dot_float_234(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(235)] public static partial float Dot_float_235(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(236)] public static partial float Dot_float_236(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(237)] public static partial float Dot_float_237(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(238)] public static partial float Dot_float_238(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(239)] public static partial float Dot_float_239(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(240)] public static partial float Dot_float_240(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(241)] public static partial float Dot_float_241(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(242)] public static partial float Dot_float_242(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(243)] public static partial float Dot_float_243(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(244)] public static partial float Dot_float_244(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(245)] public static partial float Dot_float_245(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(246)] public static partial float Dot_float_246(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(247)] public static partial float Dot_float_247(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(248)] public static partial float Dot_float_248(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(249)] public static partial float Dot_float_249(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(250)] public static partial float Dot_float_250(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(251)] public static partial float Dot_float_251(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(252)] public static partial float Dot_float_252(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(253)] public static partial float Dot_float_253(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(254)] public static partial float Dot_float_254(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(258)] public static partial float Dot_float_258(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(259)] public static partial float Dot_float_259(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(260)] public static partial float Dot_float_260(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(261)] public static partial float Dot_float_261(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(262)] public static partial float Dot_float_262(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(263)] public static partial float Dot_float_263(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(264)] public static partial float Dot_float_264(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(265)] public static partial float Dot_float_265(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(266)] public static partial float Dot_float_266(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(267)] public static partial float Dot_float_267(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(268)] public static partial float Dot_float_268(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(269)] public static partial float Dot_float_269(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(270)] public static partial float Dot_float_270(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(271)] public static partial float Dot_float_271(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(272)] public static partial float Dot_float_272(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(273)] public static partial float Dot_float_273(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(274)] public static partial float Dot_float_274(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(275)] public static partial float Dot_float_275(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(276)] public static partial float Dot_float_276(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(277)] public static partial float Dot_float_277(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(278)] public static partial float Dot_float_278(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(279)] public static partial float Dot_float_279(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(280)] public static partial float Dot_float_280(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(281)] public static partial float Dot_float_281(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(282)] public static partial float Dot_float_282(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(283)] public static partial float Dot_float_283(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(284)] public static partial float Dot_float_284(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(285)] public static partial float Dot_float_285(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(286)] public static partial float Dot_float_286(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(287)] public static partial float Dot_float_287(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(289)] public static partial float Dot_float_289(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(290)] public static partial float Dot_float_290(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(291)] public static partial float Dot_float_291(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(292)] public static partial float Dot_float_292(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(293)] public static partial float Dot_float_293(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(294)] public static partial float Dot_float_294(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(295)] public static partial float Dot_float_295(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(296)] public static partial float Dot_float_296(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(297)] public static partial float Dot_float_297(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(298)] public static partial float Dot_float_298(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(299)] public static partial float Dot_float_299(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
#endif
    [Dense(1, 1)] public static partial void Dense_float_1x1_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 1)] public static partial void Dense_float_1x1_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(1, 1, Activation = Activation.Relu)] public static partial void Dense_float_1x1_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 1, Activation = Activation.Relu)] public static partial void Dense_float_1x1_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(1, 1, Activation = Activation.Sigmoid)] public static partial void Dense_float_1x1_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 1, Activation = Activation.Tanh)] public static partial void Dense_float_1x1_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 1, Activation = Activation.Step)] public static partial void Dense_float_1x1_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 1, Activation = Activation.Step)] public static partial void Dense_float_1x1_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(3, 2)] public static partial void Dense_float_3x2_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(3, 2)] public static partial void Dense_float_3x2_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(3, 2, Activation = Activation.Relu)] public static partial void Dense_float_3x2_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(3, 2, Activation = Activation.Relu)] public static partial void Dense_float_3x2_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(3, 2, Activation = Activation.Sigmoid)] public static partial void Dense_float_3x2_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(3, 2, Activation = Activation.Tanh)] public static partial void Dense_float_3x2_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(3, 2, Activation = Activation.Step)] public static partial void Dense_float_3x2_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(3, 2, Activation = Activation.Step)] public static partial void Dense_float_3x2_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(784, 10)] public static partial void Dense_float_784x10_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(784, 10)] public static partial void Dense_float_784x10_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(784, 10, Activation = Activation.Relu)] public static partial void Dense_float_784x10_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(784, 10, Activation = Activation.Relu)] public static partial void Dense_float_784x10_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(784, 10, Activation = Activation.Sigmoid)] public static partial void Dense_float_784x10_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(784, 10, Activation = Activation.Tanh)] public static partial void Dense_float_784x10_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(784, 10, Activation = Activation.Step)] public static partial void Dense_float_784x10_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(784, 10, Activation = Activation.Step)] public static partial void Dense_float_784x10_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(64, 33)] public static partial void Dense_float_64x33_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 33)] public static partial void Dense_float_64x33_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(64, 33, Activation = Activation.Relu)] public static partial void Dense_float_64x33_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 33, Activation = Activation.Relu)] public static partial void Dense_float_64x33_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(64, 33, Activation = Activation.Sigmoid)] public static partial void Dense_float_64x33_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 33, Activation = Activation.Tanh)] public static partial void Dense_float_64x33_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 33, Activation = Activation.Step)] public static partial void Dense_float_64x33_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 33, Activation = Activation.Step)] public static partial void Dense_float_64x33_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(2, 1)] public static partial void Dense_float_2x1_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(2, 1)] public static partial void Dense_float_2x1_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(2, 1, Activation = Activation.Relu)] public static partial void Dense_float_2x1_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(2, 1, Activation = Activation.Relu)] public static partial void Dense_float_2x1_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(2, 1, Activation = Activation.Sigmoid)] public static partial void Dense_float_2x1_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(2, 1, Activation = Activation.Tanh)] public static partial void Dense_float_2x1_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(2, 1, Activation = Activation.Step)] public static partial void Dense_float_2x1_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(2, 1, Activation = Activation.Step)] public static partial void Dense_float_2x1_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(5, 17)] public static partial void Dense_float_5x17_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(5, 17)] public static partial void Dense_float_5x17_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(5, 17, Activation = Activation.Relu)] public static partial void Dense_float_5x17_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(5, 17, Activation = Activation.Relu)] public static partial void Dense_float_5x17_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(5, 17, Activation = Activation.Sigmoid)] public static partial void Dense_float_5x17_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(5, 17, Activation = Activation.Tanh)] public static partial void Dense_float_5x17_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(5, 17, Activation = Activation.Step)] public static partial void Dense_float_5x17_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(5, 17, Activation = Activation.Step)] public static partial void Dense_float_5x17_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(16, 16)] public static partial void Dense_float_16x16_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(16, 16)] public static partial void Dense_float_16x16_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(16, 16, Activation = Activation.Relu)] public static partial void Dense_float_16x16_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(16, 16, Activation = Activation.Relu)] public static partial void Dense_float_16x16_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(16, 16, Activation = Activation.Sigmoid)] public static partial void Dense_float_16x16_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(16, 16, Activation = Activation.Tanh)] public static partial void Dense_float_16x16_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(16, 16, Activation = Activation.Step)] public static partial void Dense_float_16x16_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(16, 16, Activation = Activation.Step)] public static partial void Dense_float_16x16_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(33, 64)] public static partial void Dense_float_33x64_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(33, 64)] public static partial void Dense_float_33x64_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(33, 64, Activation = Activation.Relu)] public static partial void Dense_float_33x64_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(33, 64, Activation = Activation.Relu)] public static partial void Dense_float_33x64_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(33, 64, Activation = Activation.Sigmoid)] public static partial void Dense_float_33x64_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(33, 64, Activation = Activation.Tanh)] public static partial void Dense_float_33x64_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(33, 64, Activation = Activation.Step)] public static partial void Dense_float_33x64_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(33, 64, Activation = Activation.Step)] public static partial void Dense_float_33x64_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(100, 7)] public static partial void Dense_float_100x7_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(100, 7)] public static partial void Dense_float_100x7_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(100, 7, Activation = Activation.Relu)] public static partial void Dense_float_100x7_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(100, 7, Activation = Activation.Relu)] public static partial void Dense_float_100x7_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(100, 7, Activation = Activation.Sigmoid)] public static partial void Dense_float_100x7_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(100, 7, Activation = Activation.Tanh)] public static partial void Dense_float_100x7_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(100, 7, Activation = Activation.Step)] public static partial void Dense_float_100x7_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(100, 7, Activation = Activation.Step)] public static partial void Dense_float_100x7_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(1, 20)] public static partial void Dense_float_1x20_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 20)] public static partial void Dense_float_1x20_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(1, 20, Activation = Activation.Relu)] public static partial void Dense_float_1x20_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 20, Activation = Activation.Relu)] public static partial void Dense_float_1x20_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(1, 20, Activation = Activation.Sigmoid)] public static partial void Dense_float_1x20_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 20, Activation = Activation.Tanh)] public static partial void Dense_float_1x20_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 20, Activation = Activation.Step)] public static partial void Dense_float_1x20_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 20, Activation = Activation.Step)] public static partial void Dense_float_1x20_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(20, 1)] public static partial void Dense_float_20x1_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(20, 1)] public static partial void Dense_float_20x1_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(20, 1, Activation = Activation.Relu)] public static partial void Dense_float_20x1_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(20, 1, Activation = Activation.Relu)] public static partial void Dense_float_20x1_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(20, 1, Activation = Activation.Sigmoid)] public static partial void Dense_float_20x1_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(20, 1, Activation = Activation.Tanh)] public static partial void Dense_float_20x1_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(20, 1, Activation = Activation.Step)] public static partial void Dense_float_20x1_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(20, 1, Activation = Activation.Step)] public static partial void Dense_float_20x1_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(9, 9)] public static partial void Dense_float_9x9_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(9, 9)] public static partial void Dense_float_9x9_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(9, 9, Activation = Activation.Relu)] public static partial void Dense_float_9x9_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(9, 9, Activation = Activation.Relu)] public static partial void Dense_float_9x9_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(9, 9, Activation = Activation.Sigmoid)] public static partial void Dense_float_9x9_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(9, 9, Activation = Activation.Tanh)] public static partial void Dense_float_9x9_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(9, 9, Activation = Activation.Step)] public static partial void Dense_float_9x9_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(9, 9, Activation = Activation.Step)] public static partial void Dense_float_9x9_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(47, 3)] public static partial void Dense_float_47x3_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(47, 3)] public static partial void Dense_float_47x3_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(47, 3, Activation = Activation.Relu)] public static partial void Dense_float_47x3_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(47, 3, Activation = Activation.Relu)] public static partial void Dense_float_47x3_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(47, 3, Activation = Activation.Sigmoid)] public static partial void Dense_float_47x3_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(47, 3, Activation = Activation.Tanh)] public static partial void Dense_float_47x3_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(47, 3, Activation = Activation.Step)] public static partial void Dense_float_47x3_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(47, 3, Activation = Activation.Step)] public static partial void Dense_float_47x3_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(256, 256)] public static partial void Dense_float_256x256_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256)] public static partial void Dense_float_256x256_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(256, 256, Activation = Activation.Relu)] public static partial void Dense_float_256x256_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256, Activation = Activation.Relu)] public static partial void Dense_float_256x256_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(256, 256, Activation = Activation.Sigmoid)] public static partial void Dense_float_256x256_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256, Activation = Activation.Tanh)] public static partial void Dense_float_256x256_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256, Activation = Activation.Step)] public static partial void Dense_float_256x256_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256, Activation = Activation.Step)] public static partial void Dense_float_256x256_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [DotProduct(1, Deterministic = true)] public static partial float DeterministicDot_float_1(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(2, Deterministic = true)] public static partial float DeterministicDot_float_2(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(3, Deterministic = true)] public static partial float DeterministicDot_float_3(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(4, Deterministic = true)] public static partial float DeterministicDot_float_4(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(5, Deterministic = true)] public static partial float DeterministicDot_float_5(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(6, Deterministic = true)] public static partial float DeterministicDot_float_6(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(7, Deterministic = true)] public static partial float DeterministicDot_float_7(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(8, Deterministic = true)] public static partial float DeterministicDot_float_8(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(9, Deterministic = true)] public static partial float DeterministicDot_float_9(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(10, Deterministic = true)] public static partial float DeterministicDot_float_10(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(11, Deterministic = true)] public static partial float DeterministicDot_float_11(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(12, Deterministic = true)] public static partial float DeterministicDot_float_12(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(13, Deterministic = true)] public static partial float DeterministicDot_float_13(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(14, Deterministic = true)] public static partial float DeterministicDot_float_14(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(15, Deterministic = true)] public static partial float DeterministicDot_float_15(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(16, Deterministic = true)] public static partial float DeterministicDot_float_16(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(17, Deterministic = true)] public static partial float DeterministicDot_float_17(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(18, Deterministic = true)] public static partial float DeterministicDot_float_18(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(19, Deterministic = true)] public static partial float DeterministicDot_float_19(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(20, Deterministic = true)] public static partial float DeterministicDot_float_20(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(21, Deterministic = true)] public static partial float DeterministicDot_float_21(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(22, Deterministic = true)] public static partial float DeterministicDot_float_22(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(23, Deterministic = true)] public static partial float DeterministicDot_float_23(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(24, Deterministic = true)] public static partial float DeterministicDot_float_24(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(25, Deterministic = true)] public static partial float DeterministicDot_float_25(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(26, Deterministic = true)] public static partial float DeterministicDot_float_26(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(27, Deterministic = true)] public static partial float DeterministicDot_float_27(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(28, Deterministic = true)] public static partial float DeterministicDot_float_28(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(29, Deterministic = true)] public static partial float DeterministicDot_float_29(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(30, Deterministic = true)] public static partial float DeterministicDot_float_30(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(31, Deterministic = true)] public static partial float DeterministicDot_float_31(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(32, Deterministic = true)] public static partial float DeterministicDot_float_32(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(33, Deterministic = true)] public static partial float DeterministicDot_float_33(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(34, Deterministic = true)] public static partial float DeterministicDot_float_34(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(35, Deterministic = true)] public static partial float DeterministicDot_float_35(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(36, Deterministic = true)] public static partial float DeterministicDot_float_36(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(37, Deterministic = true)] public static partial float DeterministicDot_float_37(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(38, Deterministic = true)] public static partial float DeterministicDot_float_38(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(39, Deterministic = true)] public static partial float DeterministicDot_float_39(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(40, Deterministic = true)] public static partial float DeterministicDot_float_40(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(47, Deterministic = true)] public static partial float DeterministicDot_float_47(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(63, Deterministic = true)] public static partial float DeterministicDot_float_63(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(64, Deterministic = true)] public static partial float DeterministicDot_float_64(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(65, Deterministic = true)] public static partial float DeterministicDot_float_65(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(100, Deterministic = true)] public static partial float DeterministicDot_float_100(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(129, Deterministic = true)] public static partial float DeterministicDot_float_129(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(255, Deterministic = true)] public static partial float DeterministicDot_float_255(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(256, Deterministic = true)] public static partial float DeterministicDot_float_256(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(1024, Deterministic = true)] public static partial float DeterministicDot_float_1024(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(1030, Deterministic = true)] public static partial float DeterministicDot_float_1030(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(4099, Deterministic = true)] public static partial float DeterministicDot_float_4099(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(1)] public static partial float Cosine_float_1(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(1, Deterministic = true)] public static partial float DeterministicCosine_float_1(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(2)] public static partial float Cosine_float_2(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(2, Deterministic = true)] public static partial float DeterministicCosine_float_2(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(3)] public static partial float Cosine_float_3(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(3, Deterministic = true)] public static partial float DeterministicCosine_float_3(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(4)] public static partial float Cosine_float_4(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(4, Deterministic = true)] public static partial float DeterministicCosine_float_4(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(5)] public static partial float Cosine_float_5(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(5, Deterministic = true)] public static partial float DeterministicCosine_float_5(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(6)] public static partial float Cosine_float_6(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(6, Deterministic = true)] public static partial float DeterministicCosine_float_6(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(7)] public static partial float Cosine_float_7(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(7, Deterministic = true)] public static partial float DeterministicCosine_float_7(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(8)] public static partial float Cosine_float_8(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(8, Deterministic = true)] public static partial float DeterministicCosine_float_8(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(9)] public static partial float Cosine_float_9(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(9, Deterministic = true)] public static partial float DeterministicCosine_float_9(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(10)] public static partial float Cosine_float_10(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(10, Deterministic = true)] public static partial float DeterministicCosine_float_10(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(11)] public static partial float Cosine_float_11(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(11, Deterministic = true)] public static partial float DeterministicCosine_float_11(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(12)] public static partial float Cosine_float_12(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(12, Deterministic = true)] public static partial float DeterministicCosine_float_12(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(13)] public static partial float Cosine_float_13(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(13, Deterministic = true)] public static partial float DeterministicCosine_float_13(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(14)] public static partial float Cosine_float_14(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(14, Deterministic = true)] public static partial float DeterministicCosine_float_14(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(15)] public static partial float Cosine_float_15(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(15, Deterministic = true)] public static partial float DeterministicCosine_float_15(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(16)] public static partial float Cosine_float_16(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(16, Deterministic = true)] public static partial float DeterministicCosine_float_16(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(17)] public static partial float Cosine_float_17(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(17, Deterministic = true)] public static partial float DeterministicCosine_float_17(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(18)] public static partial float Cosine_float_18(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(18, Deterministic = true)] public static partial float DeterministicCosine_float_18(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(19)] public static partial float Cosine_float_19(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(19, Deterministic = true)] public static partial float DeterministicCosine_float_19(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(20)] public static partial float Cosine_float_20(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(20, Deterministic = true)] public static partial float DeterministicCosine_float_20(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(21)] public static partial float Cosine_float_21(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(21, Deterministic = true)] public static partial float DeterministicCosine_float_21(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(22)] public static partial float Cosine_float_22(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(22, Deterministic = true)] public static partial float DeterministicCosine_float_22(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(23)] public static partial float Cosine_float_23(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(23, Deterministic = true)] public static partial float DeterministicCosine_float_23(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(24)] public static partial float Cosine_float_24(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(24, Deterministic = true)] public static partial float DeterministicCosine_float_24(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(25)] public static partial float Cosine_float_25(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(25, Deterministic = true)] public static partial float DeterministicCosine_float_25(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(26)] public static partial float Cosine_float_26(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(26, Deterministic = true)] public static partial float DeterministicCosine_float_26(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(27)] public static partial float Cosine_float_27(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(27, Deterministic = true)] public static partial float DeterministicCosine_float_27(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(28)] public static partial float Cosine_float_28(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(28, Deterministic = true)] public static partial float DeterministicCosine_float_28(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(29)] public static partial float Cosine_float_29(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(29, Deterministic = true)] public static partial float DeterministicCosine_float_29(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(30)] public static partial float Cosine_float_30(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(30, Deterministic = true)] public static partial float DeterministicCosine_float_30(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(31)] public static partial float Cosine_float_31(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(31, Deterministic = true)] public static partial float DeterministicCosine_float_31(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(32)] public static partial float Cosine_float_32(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(32, Deterministic = true)] public static partial float DeterministicCosine_float_32(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(33)] public static partial float Cosine_float_33(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(33, Deterministic = true)] public static partial float DeterministicCosine_float_33(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(34)] public static partial float Cosine_float_34(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(34, Deterministic = true)] public static partial float DeterministicCosine_float_34(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(35)] public static partial float Cosine_float_35(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(35, Deterministic = true)] public static partial float DeterministicCosine_float_35(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(36)] public static partial float Cosine_float_36(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(36, Deterministic = true)] public static partial float DeterministicCosine_float_36(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(37)] public static partial float Cosine_float_37(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(37, Deterministic = true)] public static partial float DeterministicCosine_float_37(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(38)] public static partial float Cosine_float_38(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(38, Deterministic = true)] public static partial float DeterministicCosine_float_38(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(39)] public static partial float Cosine_float_39(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(39, Deterministic = true)] public static partial float DeterministicCosine_float_39(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(40)] public static partial float Cosine_float_40(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(40, Deterministic = true)] public static partial float DeterministicCosine_float_40(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(47)] public static partial float Cosine_float_47(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(47, Deterministic = true)] public static partial float DeterministicCosine_float_47(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(63)] public static partial float Cosine_float_63(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(63, Deterministic = true)] public static partial float DeterministicCosine_float_63(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(64)] public static partial float Cosine_float_64(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(64, Deterministic = true)] public static partial float DeterministicCosine_float_64(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(65)] public static partial float Cosine_float_65(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(65, Deterministic = true)] public static partial float DeterministicCosine_float_65(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(100)] public static partial float Cosine_float_100(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(100, Deterministic = true)] public static partial float DeterministicCosine_float_100(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(127)] public static partial float Cosine_float_127(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(127, Deterministic = true)] public static partial float DeterministicCosine_float_127(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(128)] public static partial float Cosine_float_128(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(128, Deterministic = true)] public static partial float DeterministicCosine_float_128(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(129)] public static partial float Cosine_float_129(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(129, Deterministic = true)] public static partial float DeterministicCosine_float_129(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(255)] public static partial float Cosine_float_255(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(255, Deterministic = true)] public static partial float DeterministicCosine_float_255(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(256)] public static partial float Cosine_float_256(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(256, Deterministic = true)] public static partial float DeterministicCosine_float_256(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(384)] public static partial float Cosine_float_384(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(384, Deterministic = true)] public static partial float DeterministicCosine_float_384(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(768)] public static partial float Cosine_float_768(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(768, Deterministic = true)] public static partial float DeterministicCosine_float_768(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(1000)] public static partial float Cosine_float_1000(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(1000, Deterministic = true)] public static partial float DeterministicCosine_float_1000(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(1536)] public static partial float Cosine_float_1536(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(1536, Deterministic = true)] public static partial float DeterministicCosine_float_1536(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(4099)] public static partial float Cosine_float_4099(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(4099, Deterministic = true)] public static partial float DeterministicCosine_float_4099(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [Dense(1, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_1x1_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 1, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_1x1_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 1, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_1x1_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(3, 2, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_3x2_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(3, 2, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_3x2_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(3, 2, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_3x2_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(784, 10, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_784x10_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(784, 10, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_784x10_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(784, 10, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_784x10_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 33, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_64x33_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 33, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_64x33_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 33, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_64x33_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(2, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_2x1_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(2, 1, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_2x1_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(2, 1, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_2x1_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(5, 17, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_5x17_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(5, 17, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_5x17_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(5, 17, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_5x17_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(16, 16, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_16x16_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(16, 16, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_16x16_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(16, 16, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_16x16_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(33, 64, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_33x64_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(33, 64, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_33x64_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(33, 64, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_33x64_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(100, 7, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_100x7_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(100, 7, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_100x7_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(100, 7, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_100x7_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 20, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_1x20_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 20, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_1x20_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(1, 20, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_1x20_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(20, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_20x1_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(20, 1, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_20x1_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(20, 1, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_20x1_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(9, 9, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_9x9_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(9, 9, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_9x9_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(9, 9, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_9x9_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(47, 3, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_47x3_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(47, 3, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_47x3_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(47, 3, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_47x3_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_float_256x256_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_float_256x256_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_float_256x256_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [DotProduct(1)] public static partial double Dot_double_1(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(2)] public static partial double Dot_double_2(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(3)] public static partial double Dot_double_3(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(4)] public static partial double Dot_double_4(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(5)] public static partial double Dot_double_5(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(6)] public static partial double Dot_double_6(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(7)] public static partial double Dot_double_7(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(8)] public static partial double Dot_double_8(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(9)] public static partial double Dot_double_9(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(10)] public static partial double Dot_double_10(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(11)] public static partial double Dot_double_11(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(12)] public static partial double Dot_double_12(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(13)] public static partial double Dot_double_13(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(14)] public static partial double Dot_double_14(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(15)] public static partial double Dot_double_15(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(16)] public static partial double Dot_double_16(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(17)] public static partial double Dot_double_17(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(18)] public static partial double Dot_double_18(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(19)] public static partial double Dot_double_19(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(20)] public static partial double Dot_double_20(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(21)] public static partial double Dot_double_21(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(22)] public static partial double Dot_double_22(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(23)] public static partial double Dot_double_23(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(24)] public static partial double Dot_double_24(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(25)] public static partial double Dot_double_25(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(26)] public static partial double Dot_double_26(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(27)] public static partial double Dot_double_27(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(28)] public static partial double Dot_double_28(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(29)] public static partial double Dot_double_29(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(30)] public static partial double Dot_double_30(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(31)] public static partial double Dot_double_31(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(32)] public static partial double Dot_double_32(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(33)] public static partial double Dot_double_33(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(34)] public static partial double Dot_double_34(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(35)] public static partial double Dot_double_35(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(36)] public static partial double Dot_double_36(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(37)] public static partial double Dot_double_37(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(38)] public static partial double Dot_double_38(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(39)] public static partial double Dot_double_39(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(40)] public static partial double Dot_double_40(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(47)] public static partial double Dot_double_47(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(63)] public static partial double Dot_double_63(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(64)] public static partial double Dot_double_64(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(65)] public static partial double Dot_double_65(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(100)] public static partial double Dot_double_100(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(129)] public static partial double Dot_double_129(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(255)] public static partial double Dot_double_255(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(256)] public static partial double Dot_double_256(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(257)] public static partial double Dot_double_257(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(288)] public static partial double Dot_double_288(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(300)] public static partial double Dot_double_300(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(1024)] public static partial double Dot_double_1024(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(4096)] public static partial double Dot_double_4096(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(4099)] public static partial double Dot_double_4099(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
#if NET9_0_OR_GREATER
    [DotProduct(41)] public static partial double Dot_double_41(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(42)] public static partial double Dot_double_42(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(43)] public static partial double Dot_double_43(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(44)] public static partial double Dot_double_44(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(45)] public static partial double Dot_double_45(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(46)] public static partial double Dot_double_46(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(48)] public static partial double Dot_double_48(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(49)] public static partial double Dot_double_49(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(50)] public static partial double Dot_double_50(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(51)] public static partial double Dot_double_51(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(52)] public static partial double Dot_double_52(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(53)] public static partial double Dot_double_53(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(54)] public static partial double Dot_double_54(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(55)] public static partial double Dot_double_55(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(56)] public static partial double Dot_double_56(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(57)] public static partial double Dot_double_57(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(58)] public static partial double Dot_double_58(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(59)] public static partial double Dot_double_59(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(60)] public static partial double Dot_double_60(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(61)] public static partial double Dot_double_61(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(62)] public static partial double Dot_double_62(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(66)] public static partial double Dot_double_66(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(67)] public static partial double Dot_double_67(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(68)] public static partial double Dot_double_68(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(69)] public static partial double Dot_double_69(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(70)] public static partial double Dot_double_70(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(71)] public static partial double Dot_double_71(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(72)] public static partial double Dot_double_72(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(73)] public static partial double Dot_double_73(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(74)] public static partial double Dot_double_74(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(75)] public static partial double Dot_double_75(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(76)] public static partial double Dot_double_76(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(77)] public static partial double Dot_double_77(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(78)] public static partial double Dot_double_78(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(79)] public static partial double Dot_double_79(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(80)] public static partial double Dot_double_80(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(81)] public static partial double Dot_double_81(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(82)] public static partial double Dot_double_82(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(83)] public static partial double Dot_double_83(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(84)] public static partial double Dot_double_84(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(85)] public static partial double Dot_double_85(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(86)] public static partial double Dot_double_86(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(87)] public static partial double Dot_double_87(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(88)] public static partial double Dot_double_88(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(89)] public static partial double Dot_double_89(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(90)] public static partial double Dot_double_90(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(91)] public static partial double Dot_double_91(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(92)] public static partial double Dot_double_92(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(93)] public static partial double Dot_double_93(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(94)] public static partial double Dot_double_94(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(95)] public static partial double Dot_double_95(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(96)] public static partial double Dot_double_96(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(97)] public static partial double Dot_double_97(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(98)] public static partial double Dot_double_98(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(99)] public static partial double Dot_double_99(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(101)] public static partial double Dot_double_101(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(102)] public static partial double Dot_double_102(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(103)] public static partial double Dot_double_103(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(104)] public static partial double Dot_double_104(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(105)] public static partial double Dot_double_105(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(106)] public static partial double Dot_double_106(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(107)] public static partial double Dot_double_107(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(108)] public static partial double Dot_double_108(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(109)] public static partial double Dot_double_109(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(110)] public static partial double Dot_double_110(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(111)] public static partial double Dot_double_111(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(112)] public static partial double Dot_double_112(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(113)] public static partial double Dot_double_113(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(114)] public static partial double Dot_double_114(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(115)] public static partial double Dot_double_115(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(116)] public static partial double Dot_double_116(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(117)] public static partial double Dot_double_117(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(118)] public static partial double Dot_double_118(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(119)] public static partial double Dot_double_119(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(120)] public static partial double Dot_double_120(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(121)] public static partial double Dot_double_121(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(122)] public static partial double Dot_double_122(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(123)] public static partial double Dot_double_123(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(124)] public static partial double Dot_double_124(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(125)] public static partial double Dot_double_125(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(126)] public static partial double Dot_double_126(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(127)] public static partial double Dot_double_127(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(128)] public static partial double Dot_double_128(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(130)] public static partial double Dot_double_130(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(131)] public static partial double Dot_double_131(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(132)] public static partial double Dot_double_132(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(133)] public static partial double Dot_double_133(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(134)] public static partial double Dot_double_134(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(135)] public static partial double Dot_double_135(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(136)] public static partial double Dot_double_136(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(137)] public static partial double Dot_double_137(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(138)] public static partial double Dot_double_138(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(139)] public static partial double Dot_double_139(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(140)] public static partial double Dot_double_140(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(141)] public static partial double Dot_double_141(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(142)] public static partial double Dot_double_142(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(143)] public static partial double Dot_double_143(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(144)] public static partial double Dot_double_144(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(145)] public static partial double Dot_double_145(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(146)] public static partial double Dot_double_146(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(147)] public static partial double Dot_double_147(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(148)] public static partial double Dot_double_148(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(149)] public static partial double Dot_double_149(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(150)] public static partial double Dot_double_150(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(151)] public static partial double Dot_double_151(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(152)] public static partial double Dot_double_152(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(153)] public static partial double Dot_double_153(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(154)] public static partial double Dot_double_154(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(155)] public static partial double Dot_double_155(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(156)] public static partial double Dot_double_156(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(157)] public static partial double Dot_double_157(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(158)] public static partial double Dot_double_158(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(159)] public static partial double Dot_double_159(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(160)] public static partial double Dot_double_160(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(161)] public static partial double Dot_double_161(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(162)] public static partial double Dot_double_162(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(163)] public static partial double Dot_double_163(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(164)] public static partial double Dot_double_164(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(165)] public static partial double Dot_double_165(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(166)] public static partial double Dot_double_166(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(167)] public static partial double Dot_double_167(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(168)] public static partial double Dot_double_168(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(169)] public static partial double Dot_double_169(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(170)] public static partial double Dot_double_170(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(171)] public static partial double Dot_double_171(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(172)] public static partial double Dot_double_172(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(173)] public static partial double Dot_double_173(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(174)] public static partial double Dot_double_174(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(175)] public static partial double Dot_double_175(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(176)] public static partial double Dot_double_176(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(177)] public static partial double Dot_double_177(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(178)] public static partial double Dot_double_178(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(179)] public static partial double Dot_double_179(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(180)] public static partial double Dot_double_180(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(181)] public static partial double Dot_double_181(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(182)] public static partial double Dot_double_182(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(183)] public static partial double Dot_double_183(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(184)] public static partial double Dot_double_184(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(185)] public static partial double Dot_double_185(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(186)] public static partial double Dot_double_186(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(187)] public static partial double Dot_double_187(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(188)] public static partial double Dot_double_188(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(189)] public static partial double Dot_double_189(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(190)] public static partial double Dot_double_190(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(191)] public static partial double Dot_double_191(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(192)] public static partial double Dot_double_192(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(193)] public static partial double Dot_double_193(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(194)] public static partial double Dot_double_194(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(195)] public static partial double Dot_double_195(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(196)] public static partial double Dot_double_196(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(197)] public static partial double Dot_double_197(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(198)] public static partial double Dot_double_198(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(199)] public static partial double Dot_double_199(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(200)] public static partial double Dot_double_200(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(201)] public static partial double Dot_double_201(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(202)] public static partial double Dot_double_202(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(203)] public static partial double Dot_double_203(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(204)] public static partial double Dot_double_204(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(205)] public static partial double Dot_double_205(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(206)] public static partial double Dot_double_206(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(207)] public static partial double Dot_double_207(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(208)] public static partial double Dot_double_208(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(209)] public static partial double Dot_double_209(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(210)] public static partial double Dot_double_210(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(211)] public static partial double Dot_double_211(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(212)] public static partial double Dot_double_212(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(213)] public static partial double Dot_double_213(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(214)] public static partial double Dot_double_214(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(215)] public static partial double Dot_double_215(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(216)] public static partial double Dot_double_216(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(217)] public static partial double Dot_double_217(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(218)] public static partial double Dot_double_218(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(219)] public static partial double Dot_double_219(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(220)] public static partial double Dot_double_220(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(221)] public static partial double Dot_double_221(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(222)] public static partial double Dot_double_222(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(223)] public static partial double Dot_double_223(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(224)] public static partial double Dot_double_224(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(225)] public static partial double Dot_double_225(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(226)] public static partial double Dot_double_226(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(227)] public static partial double Dot_double_227(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(228)] public static partial double Dot_double_228(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(229)] public static partial double Dot_double_229(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(230)] public static partial double Dot_double_230(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(231)] public static partial double Dot_double_231(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(232)] public static partial double Dot_double_232(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(233)] public static partial double Dot_double_233(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(234)] public static partial double Dot_double_234(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(235)] public static partial double Dot_double_235(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(236)] public static partial double Dot_double_236(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(237)] public static partial double Dot_double_237(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(238)] public static partial double Dot_double_238(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(239)] public static partial double Dot_double_239(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(240)] public static partial double Dot_double_240(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(241)] public static partial double Dot_double_241(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(242)] public static partial double Dot_double_242(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(243)] public static partial double Dot_double_243(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(244)] public static partial double Dot_double_244(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(245)] public static partial double Dot_double_245(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(246)] public static partial double Dot_double_246(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(247)] public static partial double Dot_double_247(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(248)] public static partial double Dot_double_248(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(249)] public static partial double Dot_double_249(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(250)] public static partial double Dot_double_250(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(251)] public static partial double Dot_double_251(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(252)] public static partial double Dot_double_252(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(253)] public static partial double Dot_double_253(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(254)] public static partial double Dot_double_254(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(258)] public static partial double Dot_double_258(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(259)] public static partial double Dot_double_259(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(260)] public static partial double Dot_double_260(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(261)] public static partial double Dot_double_261(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(262)] public static partial double Dot_double_262(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(263)] public static partial double Dot_double_263(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(264)] public static partial double Dot_double_264(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(265)] public static partial double Dot_double_265(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(266)] public static partial double Dot_double_266(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(267)] public static partial double Dot_double_267(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(268)] public static partial double Dot_double_268(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(269)] public static partial double Dot_double_269(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(270)] public static partial double Dot_double_270(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(271)] public static partial double Dot_double_271(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(272)] public static partial double Dot_double_272(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(273)] public static partial double Dot_double_273(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(274)] public static partial double Dot_double_274(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(275)] public static partial double Dot_double_275(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(276)] public static partial double Dot_double_276(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(277)] public static partial double Dot_double_277(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(278)] public static partial double Dot_double_278(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(279)] public static partial double Dot_double_279(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(280)] public static partial double Dot_double_280(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(281)] public static partial double Dot_double_281(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(282)] public static partial double Dot_double_282(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(283)] public static partial double Dot_double_283(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(284)] public static partial double Dot_double_284(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(285)] public static partial double Dot_double_285(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(286)] public static partial double Dot_double_286(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(287)] public static partial double Dot_double_287(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(289)] public static partial double Dot_double_289(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(290)] public static partial double Dot_double_290(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(291)] public static partial double Dot_double_291(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(292)] public static partial double Dot_double_292(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(293)] public static partial double Dot_double_293(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(294)] public static partial double Dot_double_294(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(295)] public static partial double Dot_double_295(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(296)] public static partial double Dot_double_296(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(297)] public static partial double Dot_double_297(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(298)] public static partial double Dot_double_298(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(299)] public static partial double Dot_double_299(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
#endif
    [Dense(1, 1)] public static partial void Dense_double_1x1_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 1)] public static partial void Dense_double_1x1_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(1, 1, Activation = Activation.Relu)] public static partial void Dense_double_1x1_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 1, Activation = Activation.Relu)] public static partial void Dense_double_1x1_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(1, 1, Activation = Activation.Sigmoid)] public static partial void Dense_double_1x1_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 1, Activation = Activation.Tanh)] public static partial void Dense_double_1x1_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 1, Activation = Activation.Step)] public static partial void Dense_double_1x1_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 1, Activation = Activation.Step)] public static partial void Dense_double_1x1_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(3, 2)] public static partial void Dense_double_3x2_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(3, 2)] public static partial void Dense_double_3x2_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(3, 2, Activation = Activation.Relu)] public static partial void Dense_double_3x2_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(3, 2, Activation = Activation.Relu)] public static partial void Dense_double_3x2_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(3, 2, Activation = Activation.Sigmoid)] public static partial void Dense_double_3x2_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(3, 2, Activation = Activation.Tanh)] public static partial void Dense_double_3x2_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(3, 2, Activation = Activation.Step)] public static partial void Dense_double_3x2_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(3, 2, Activation = Activation.Step)] public static partial void Dense_double_3x2_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(784, 10)] public static partial void Dense_double_784x10_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(784, 10)] public static partial void Dense_double_784x10_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(784, 10, Activation = Activation.Relu)] public static partial void Dense_double_784x10_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(784, 10, Activation = Activation.Relu)] public static partial void Dense_double_784x10_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(784, 10, Activation = Activation.Sigmoid)] public static partial void Dense_double_784x10_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(784, 10, Activation = Activation.Tanh)] public static partial void Dense_double_784x10_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(784, 10, Activation = Activation.Step)] public static partial void Dense_double_784x10_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(784, 10, Activation = Activation.Step)] public static partial void Dense_double_784x10_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(64, 33)] public static partial void Dense_double_64x33_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(64, 33)] public static partial void Dense_double_64x33_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(64, 33, Activation = Activation.Relu)] public static partial void Dense_double_64x33_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(64, 33, Activation = Activation.Relu)] public static partial void Dense_double_64x33_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(64, 33, Activation = Activation.Sigmoid)] public static partial void Dense_double_64x33_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(64, 33, Activation = Activation.Tanh)] public static partial void Dense_double_64x33_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(64, 33, Activation = Activation.Step)] public static partial void Dense_double_64x33_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(64, 33, Activation = Activation.Step)] public static partial void Dense_double_64x33_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(2, 1)] public static partial void Dense_double_2x1_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(2, 1)] public static partial void Dense_double_2x1_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(2, 1, Activation = Activation.Relu)] public static partial void Dense_double_2x1_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(2, 1, Activation = Activation.Relu)] public static partial void Dense_double_2x1_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(2, 1, Activation = Activation.Sigmoid)] public static partial void Dense_double_2x1_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(2, 1, Activation = Activation.Tanh)] public static partial void Dense_double_2x1_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(2, 1, Activation = Activation.Step)] public static partial void Dense_double_2x1_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(2, 1, Activation = Activation.Step)] public static partial void Dense_double_2x1_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(5, 17)] public static partial void Dense_double_5x17_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(5, 17)] public static partial void Dense_double_5x17_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(5, 17, Activation = Activation.Relu)] public static partial void Dense_double_5x17_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(5, 17, Activation = Activation.Relu)] public static partial void Dense_double_5x17_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(5, 17, Activation = Activation.Sigmoid)] public static partial void Dense_double_5x17_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(5, 17, Activation = Activation.Tanh)] public static partial void Dense_double_5x17_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(5, 17, Activation = Activation.Step)] public static partial void Dense_double_5x17_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(5, 17, Activation = Activation.Step)] public static partial void Dense_double_5x17_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(16, 16)] public static partial void Dense_double_16x16_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(16, 16)] public static partial void Dense_double_16x16_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(16, 16, Activation = Activation.Relu)] public static partial void Dense_double_16x16_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(16, 16, Activation = Activation.Relu)] public static partial void Dense_double_16x16_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(16, 16, Activation = Activation.Sigmoid)] public static partial void Dense_double_16x16_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(16, 16, Activation = Activation.Tanh)] public static partial void Dense_double_16x16_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(16, 16, Activation = Activation.Step)] public static partial void Dense_double_16x16_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(16, 16, Activation = Activation.Step)] public static partial void Dense_double_16x16_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(33, 64)] public static partial void Dense_double_33x64_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(33, 64)] public static partial void Dense_double_33x64_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(33, 64, Activation = Activation.Relu)] public static partial void Dense_double_33x64_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(33, 64, Activation = Activation.Relu)] public static partial void Dense_double_33x64_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(33, 64, Activation = Activation.Sigmoid)] public static partial void Dense_double_33x64_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(33, 64, Activation = Activation.Tanh)] public static partial void Dense_double_33x64_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(33, 64, Activation = Activation.Step)] public static partial void Dense_double_33x64_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(33, 64, Activation = Activation.Step)] public static partial void Dense_double_33x64_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(100, 7)] public static partial void Dense_double_100x7_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(100, 7)] public static partial void Dense_double_100x7_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(100, 7, Activation = Activation.Relu)] public static partial void Dense_double_100x7_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(100, 7, Activation = Activation.Relu)] public static partial void Dense_double_100x7_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(100, 7, Activation = Activation.Sigmoid)] public static partial void Dense_double_100x7_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(100, 7, Activation = Activation.Tanh)] public static partial void Dense_double_100x7_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(100, 7, Activation = Activation.Step)] public static partial void Dense_double_100x7_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(100, 7, Activation = Activation.Step)] public static partial void Dense_double_100x7_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(1, 20)] public static partial void Dense_double_1x20_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 20)] public static partial void Dense_double_1x20_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(1, 20, Activation = Activation.Relu)] public static partial void Dense_double_1x20_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 20, Activation = Activation.Relu)] public static partial void Dense_double_1x20_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(1, 20, Activation = Activation.Sigmoid)] public static partial void Dense_double_1x20_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 20, Activation = Activation.Tanh)] public static partial void Dense_double_1x20_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 20, Activation = Activation.Step)] public static partial void Dense_double_1x20_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 20, Activation = Activation.Step)] public static partial void Dense_double_1x20_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(20, 1)] public static partial void Dense_double_20x1_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(20, 1)] public static partial void Dense_double_20x1_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(20, 1, Activation = Activation.Relu)] public static partial void Dense_double_20x1_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(20, 1, Activation = Activation.Relu)] public static partial void Dense_double_20x1_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(20, 1, Activation = Activation.Sigmoid)] public static partial void Dense_double_20x1_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(20, 1, Activation = Activation.Tanh)] public static partial void Dense_double_20x1_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(20, 1, Activation = Activation.Step)] public static partial void Dense_double_20x1_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(20, 1, Activation = Activation.Step)] public static partial void Dense_double_20x1_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(9, 9)] public static partial void Dense_double_9x9_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(9, 9)] public static partial void Dense_double_9x9_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(9, 9, Activation = Activation.Relu)] public static partial void Dense_double_9x9_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(9, 9, Activation = Activation.Relu)] public static partial void Dense_double_9x9_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(9, 9, Activation = Activation.Sigmoid)] public static partial void Dense_double_9x9_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(9, 9, Activation = Activation.Tanh)] public static partial void Dense_double_9x9_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(9, 9, Activation = Activation.Step)] public static partial void Dense_double_9x9_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(9, 9, Activation = Activation.Step)] public static partial void Dense_double_9x9_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(47, 3)] public static partial void Dense_double_47x3_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(47, 3)] public static partial void Dense_double_47x3_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(47, 3, Activation = Activation.Relu)] public static partial void Dense_double_47x3_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(47, 3, Activation = Activation.Relu)] public static partial void Dense_double_47x3_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(47, 3, Activation = Activation.Sigmoid)] public static partial void Dense_double_47x3_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(47, 3, Activation = Activation.Tanh)] public static partial void Dense_double_47x3_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(47, 3, Activation = Activation.Step)] public static partial void Dense_double_47x3_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(47, 3, Activation = Activation.Step)] public static partial void Dense_double_47x3_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(256, 256)] public static partial void Dense_double_256x256_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(256, 256)] public static partial void Dense_double_256x256_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(256, 256, Activation = Activation.Relu)] public static partial void Dense_double_256x256_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(256, 256, Activation = Activation.Relu)] public static partial void Dense_double_256x256_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(256, 256, Activation = Activation.Sigmoid)] public static partial void Dense_double_256x256_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(256, 256, Activation = Activation.Tanh)] public static partial void Dense_double_256x256_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(256, 256, Activation = Activation.Step)] public static partial void Dense_double_256x256_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(256, 256, Activation = Activation.Step)] public static partial void Dense_double_256x256_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [DotProduct(1, Deterministic = true)] public static partial double DeterministicDot_double_1(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(2, Deterministic = true)] public static partial double DeterministicDot_double_2(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(3, Deterministic = true)] public static partial double DeterministicDot_double_3(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(4, Deterministic = true)] public static partial double DeterministicDot_double_4(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(5, Deterministic = true)] public static partial double DeterministicDot_double_5(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(6, Deterministic = true)] public static partial double DeterministicDot_double_6(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(7, Deterministic = true)] public static partial double DeterministicDot_double_7(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(8, Deterministic = true)] public static partial double DeterministicDot_double_8(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(9, Deterministic = true)] public static partial double DeterministicDot_double_9(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(10, Deterministic = true)] public static partial double DeterministicDot_double_10(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(11, Deterministic = true)] public static partial double DeterministicDot_double_11(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(12, Deterministic = true)] public static partial double DeterministicDot_double_12(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(13, Deterministic = true)] public static partial double DeterministicDot_double_13(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(14, Deterministic = true)] public static partial double DeterministicDot_double_14(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(15, Deterministic = true)] public static partial double DeterministicDot_double_15(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(16, Deterministic = true)] public static partial double DeterministicDot_double_16(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(17, Deterministic = true)] public static partial double DeterministicDot_double_17(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(18, Deterministic = true)] public static partial double DeterministicDot_double_18(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(19, Deterministic = true)] public static partial double DeterministicDot_double_19(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(20, Deterministic = true)] public static partial double DeterministicDot_double_20(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(21, Deterministic = true)] public static partial double DeterministicDot_double_21(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(22, Deterministic = true)] public static partial double DeterministicDot_double_22(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(23, Deterministic = true)] public static partial double DeterministicDot_double_23(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(24, Deterministic = true)] public static partial double DeterministicDot_double_24(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(25, Deterministic = true)] public static partial double DeterministicDot_double_25(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(26, Deterministic = true)] public static partial double DeterministicDot_double_26(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(27, Deterministic = true)] public static partial double DeterministicDot_double_27(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(28, Deterministic = true)] public static partial double DeterministicDot_double_28(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(29, Deterministic = true)] public static partial double DeterministicDot_double_29(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(30, Deterministic = true)] public static partial double DeterministicDot_double_30(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(31, Deterministic = true)] public static partial double DeterministicDot_double_31(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(32, Deterministic = true)] public static partial double DeterministicDot_double_32(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(33, Deterministic = true)] public static partial double DeterministicDot_double_33(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(34, Deterministic = true)] public static partial double DeterministicDot_double_34(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(35, Deterministic = true)] public static partial double DeterministicDot_double_35(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(36, Deterministic = true)] public static partial double DeterministicDot_double_36(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(37, Deterministic = true)] public static partial double DeterministicDot_double_37(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(38, Deterministic = true)] public static partial double DeterministicDot_double_38(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(39, Deterministic = true)] public static partial double DeterministicDot_double_39(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(40, Deterministic = true)] public static partial double DeterministicDot_double_40(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(47, Deterministic = true)] public static partial double DeterministicDot_double_47(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(63, Deterministic = true)] public static partial double DeterministicDot_double_63(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(64, Deterministic = true)] public static partial double DeterministicDot_double_64(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(65, Deterministic = true)] public static partial double DeterministicDot_double_65(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(100, Deterministic = true)] public static partial double DeterministicDot_double_100(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(129, Deterministic = true)] public static partial double DeterministicDot_double_129(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(255, Deterministic = true)] public static partial double DeterministicDot_double_255(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(256, Deterministic = true)] public static partial double DeterministicDot_double_256(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(1024, Deterministic = true)] public static partial double DeterministicDot_double_1024(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(1030, Deterministic = true)] public static partial double DeterministicDot_double_1030(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [DotProduct(4099, Deterministic = true)] public static partial double DeterministicDot_double_4099(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(1)] public static partial double Cosine_double_1(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(1, Deterministic = true)] public static partial double DeterministicCosine_double_1(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(2)] public static partial double Cosine_double_2(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(2, Deterministic = true)] public static partial double DeterministicCosine_double_2(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(3)] public static partial double Cosine_double_3(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(3, Deterministic = true)] public static partial double DeterministicCosine_double_3(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(4)] public static partial double Cosine_double_4(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(4, Deterministic = true)] public static partial double DeterministicCosine_double_4(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(5)] public static partial double Cosine_double_5(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(5, Deterministic = true)] public static partial double DeterministicCosine_double_5(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(6)] public static partial double Cosine_double_6(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(6, Deterministic = true)] public static partial double DeterministicCosine_double_6(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(7)] public static partial double Cosine_double_7(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(7, Deterministic = true)] public static partial double DeterministicCosine_double_7(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(8)] public static partial double Cosine_double_8(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(8, Deterministic = true)] public static partial double DeterministicCosine_double_8(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(9)] public static partial double Cosine_double_9(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(9, Deterministic = true)] public static partial double DeterministicCosine_double_9(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(10)] public static partial double Cosine_double_10(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(10, Deterministic = true)] public static partial double DeterministicCosine_double_10(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(11)] public static partial double Cosine_double_11(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(11, Deterministic = true)] public static partial double DeterministicCosine_double_11(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(12)] public static partial double Cosine_double_12(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(12, Deterministic = true)] public static partial double DeterministicCosine_double_12(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(13)] public static partial double Cosine_double_13(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(13, Deterministic = true)] public static partial double DeterministicCosine_double_13(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(14)] public static partial double Cosine_double_14(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(14, Deterministic = true)] public static partial double DeterministicCosine_double_14(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(15)] public static partial double Cosine_double_15(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(15, Deterministic = true)] public static partial double DeterministicCosine_double_15(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(16)] public static partial double Cosine_double_16(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(16, Deterministic = true)] public static partial double DeterministicCosine_double_16(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(17)] public static partial double Cosine_double_17(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(17, Deterministic = true)] public static partial double DeterministicCosine_double_17(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(18)] public static partial double Cosine_double_18(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(18, Deterministic = true)] public static partial double DeterministicCosine_double_18(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(19)] public static partial double Cosine_double_19(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(19, Deterministic = true)] public static partial double DeterministicCosine_double_19(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(20)] public static partial double Cosine_double_20(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(20, Deterministic = true)] public static partial double DeterministicCosine_double_20(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(21)] public static partial double Cosine_double_21(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(21, Deterministic = true)] public static partial double DeterministicCosine_double_21(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(22)] public static partial double Cosine_double_22(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(22, Deterministic = true)] public static partial double DeterministicCosine_double_22(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(23)] public static partial double Cosine_double_23(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(23, Deterministic = true)] public static partial double DeterministicCosine_double_23(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(24)] public static partial double Cosine_double_24(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(24, Deterministic = true)] public static partial double DeterministicCosine_double_24(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(25)] public static partial double Cosine_double_25(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(25, Deterministic = true)] public static partial double DeterministicCosine_double_25(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(26)] public static partial double Cosine_double_26(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(26, Deterministic = true)] public static partial double DeterministicCosine_double_26(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(27)] public static partial double Cosine_double_27(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(27, Deterministic = true)] public static partial double DeterministicCosine_double_27(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(28)] public static partial double Cosine_double_28(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(28, Deterministic = true)] public static partial double DeterministicCosine_double_28(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(29)] public static partial double Cosine_double_29(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(29, Deterministic = true)] public static partial double DeterministicCosine_double_29(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(30)] public static partial double Cosine_double_30(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(30, Deterministic = true)] public static partial double DeterministicCosine_double_30(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(31)] public static partial double Cosine_double_31(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(31, Deterministic = true)] public static partial double DeterministicCosine_double_31(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(32)] public static partial double Cosine_double_32(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(32, Deterministic = true)] public static partial double DeterministicCosine_double_32(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(33)] public static partial double Cosine_double_33(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(33, Deterministic = true)] public static partial double DeterministicCosine_double_33(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(34)] public static partial double Cosine_double_34(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(34, Deterministic = true)] public static partial double DeterministicCosine_double_34(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(35)] public static partial double Cosine_double_35(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(35, Deterministic = true)] public static partial double DeterministicCosine_double_35(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(36)] public static partial double Cosine_double_36(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(36, Deterministic = true)] public static partial double DeterministicCosine_double_36(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(37)] public static partial double Cosine_double_37(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(37, Deterministic = true)] public static partial double DeterministicCosine_double_37(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(38)] public static partial double Cosine_double_38(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(38, Deterministic = true)] public static partial double DeterministicCosine_double_38(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(39)] public static partial double Cosine_double_39(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(39, Deterministic = true)] public static partial double DeterministicCosine_double_39(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(40)] public static partial double Cosine_double_40(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(40, Deterministic = true)] public static partial double DeterministicCosine_double_40(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(47)] public static partial double Cosine_double_47(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(47, Deterministic = true)] public static partial double DeterministicCosine_double_47(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(63)] public static partial double Cosine_double_63(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(63, Deterministic = true)] public static partial double DeterministicCosine_double_63(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(64)] public static partial double Cosine_double_64(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(64, Deterministic = true)] public static partial double DeterministicCosine_double_64(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(65)] public static partial double Cosine_double_65(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(65, Deterministic = true)] public static partial double DeterministicCosine_double_65(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(100)] public static partial double Cosine_double_100(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(100, Deterministic = true)] public static partial double DeterministicCosine_double_100(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(127)] public static partial double Cosine_double_127(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(127, Deterministic = true)] public static partial double DeterministicCosine_double_127(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(128)] public static partial double Cosine_double_128(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(128, Deterministic = true)] public static partial double DeterministicCosine_double_128(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(129)] public static partial double Cosine_double_129(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(129, Deterministic = true)] public static partial double DeterministicCosine_double_129(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(255)] public static partial double Cosine_double_255(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(255, Deterministic = true)] public static partial double DeterministicCosine_double_255(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(256)] public static partial double Cosine_double_256(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(256, Deterministic = true)] public static partial double DeterministicCosine_double_256(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(384)] public static partial double Cosine_double_384(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(384, Deterministic = true)] public static partial double DeterministicCosine_double_384(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(768)] public static partial double Cosine_double_768(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(768, Deterministic = true)] public static partial double DeterministicCosine_double_768(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(1000)] public static partial double Cosine_double_1000(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(1000, Deterministic = true)] public static partial double DeterministicCosine_double_1000(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(1536)] public static partial double Cosine_double_1536(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(1536, Deterministic = true)] public static partial double DeterministicCosine_double_1536(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(4099)] public static partial double Cosine_double_4099(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [CosineSimilarity(4099, Deterministic = true)] public static partial double DeterministicCosine_double_4099(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
    [Dense(1, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_1x1_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 1, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_1x1_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 1, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_1x1_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(3, 2, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_3x2_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(3, 2, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_3x2_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(3, 2, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_3x2_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(784, 10, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_784x10_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(784, 10, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_784x10_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(784, 10, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_784x10_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(64, 33, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_64x33_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(64, 33, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_64x33_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(64, 33, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_64x33_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(2, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_2x1_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(2, 1, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_2x1_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(2, 1, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_2x1_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(5, 17, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_5x17_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(5, 17, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_5x17_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(5, 17, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_5x17_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(16, 16, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_16x16_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(16, 16, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_16x16_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(16, 16, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_16x16_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(33, 64, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_33x64_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(33, 64, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_33x64_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(33, 64, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_33x64_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(100, 7, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_100x7_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(100, 7, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_100x7_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(100, 7, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_100x7_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 20, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_1x20_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 20, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_1x20_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(1, 20, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_1x20_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(20, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_20x1_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(20, 1, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_20x1_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(20, 1, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_20x1_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(9, 9, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_9x9_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(9, 9, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_9x9_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(9, 9, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_9x9_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(47, 3, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_47x3_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(47, 3, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_47x3_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(47, 3, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_47x3_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(256, 256, Activation = Activation.Relu, Deterministic = true)] public static partial void DeterministicDense_double_256x256_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(256, 256, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void DeterministicDense_double_256x256_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(256, 256, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense_double_256x256_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(1, 5, 5, 1, 3, 3)] public static partial void Conv_float_Classic5x5_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(1, 5, 5, 1, 3, 3, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void Conv_float_Classic5x5_Sigmoid_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 5, 5, 2, 3, 3, Stride = 2, Padding = 1)] public static partial void Conv_float_Classic3x5x5S2P1_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(16, 8, 8, 17, 1, 1, Activation = Activation.Sigmoid)] public static partial void Conv_float_Pointwise16to17_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_float_K3P1C3to16_Tanh_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1, Deterministic = true)] public static partial void Conv_float_K3P1C3to16_None_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(1, 28, 28, 8, 5, 5, Activation = Activation.Step)] public static partial void Conv_float_K5C1to8_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 40, 36, 8, 7, 7, Stride = 2, Padding = 3)] public static partial void Conv_float_K7S2P3_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(4, 9, 13, 4, 1, 3, PaddingY = 0, PaddingX = 1, Activation = Activation.Relu)] public static partial void Conv_float_K1x3PX1_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 9, 13, 4, 1, 3, PaddingY = 0, PaddingX = 1, Activation = Activation.Tanh, Deterministic = true)] public static partial void Conv_float_K1x3PX1_Tanh_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 13, 9, 6, 5, 1, PaddingY = 2, PaddingX = 0, Activation = Activation.Sigmoid)] public static partial void Conv_float_K5x1PY2_Sigmoid_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(3, 17, 19, 5, 3, 3, StrideY = 2, StrideX = 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_float_StrideY2X3_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(2, 20, 20, 4, 3, 3, Stride = 3, Activation = Activation.Step)] public static partial void Conv_float_Stride3_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(2, 20, 20, 4, 3, 3, Stride = 3, Activation = Activation.Relu, Deterministic = true)] public static partial void Conv_float_Stride3_Relu_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 10, 14, 4, 3, 5, PaddingY = 3, PaddingX = 2)] public static partial void Conv_float_PaddingY3X2_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 16, 16, 4, 3, 3, Padding = 2, Dilation = 2, Activation = Activation.Relu)] public static partial void Conv_float_Dilation2_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(2, 12, 15, 3, 3, 3, Padding = 1, DilationY = 2, DilationX = 1, Activation = Activation.Sigmoid)] public static partial void Conv_float_DilationY2_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(2, 12, 15, 3, 3, 3, Padding = 1, DilationY = 2, DilationX = 1, Activation = Activation.Step, Deterministic = true)] public static partial void Conv_float_DilationY2_Step_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 10, 10, 6, 3, 3, Padding = 1, Groups = 2, Activation = Activation.Tanh)] public static partial void Conv_float_Groups2_Tanh_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(16, 14, 14, 16, 3, 3, Padding = 1, Groups = 16, Activation = Activation.Step)] public static partial void Conv_float_Depthwise16_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(17, 9, 11, 17, 3, 3, Stride = 2, Padding = 1, Groups = 17)] public static partial void Conv_float_Depthwise17S2_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(17, 9, 11, 17, 3, 3, Stride = 2, Padding = 1, Groups = 17, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void Conv_float_Depthwise17S2_Sigmoid_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(64, 8, 8, 64, 3, 3, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_float_C64_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(17, 7, 9, 4, 3, 3, Activation = Activation.Sigmoid)] public static partial void Conv_float_C17to4_Sigmoid_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(3, 20, 70, 4, 3, 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_float_Wide70_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 20, 70, 4, 3, 3, Padding = 1, Deterministic = true)] public static partial void Conv_float_Wide70_None_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(1, 480, 640, 1, 3, 3, Padding = 1, Activation = Activation.Step)] public static partial void Conv_float_Image480x640_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(1, 479, 641, 1, 3, 3, Padding = 1)] public static partial void Conv_float_Image479x641_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(1, 479, 641, 2, 5, 5, Padding = 2, Activation = Activation.Relu)] public static partial void Conv_float_Image479x641K5To2_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(2, 400, 300, 3, 3, 3, Stride = 2, Padding = 2, Dilation = 2, Activation = Activation.Sigmoid)] public static partial void Conv_float_BandedS2D2_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 260, 280, 4, 5, 5, Padding = 2, Activation = Activation.Tanh)] public static partial void Conv_float_BandedC3K5_Tanh_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(1, 600, 400, 2, 3, 3, StrideY = 3, StrideX = 1, Padding = 1, Activation = Activation.Step)] public static partial void Conv_float_BandedStrideY3_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(1, 600, 400, 2, 3, 3, StrideY = 3, StrideX = 1, Padding = 1, Activation = Activation.Relu, Deterministic = true)] public static partial void Conv_float_BandedStrideY3_Relu_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(2, 3, 3, 3, 3, 3)] public static partial void Conv_float_OneOutput_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(1, 1, 1, 1, 1, 1, Activation = Activation.Relu)] public static partial void Conv_float_AllOnes_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(2, 6, 3, 2, 3, 3, Activation = Activation.Sigmoid)] public static partial void Conv_float_Narrow_Sigmoid_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(2, 6, 3, 2, 3, 3, Activation = Activation.Step, Deterministic = true)] public static partial void Conv_float_Narrow_Step_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 11, 11, 4, 3, 3, Stride = 2, Activation = Activation.Tanh)] public static partial void Conv_float_Stride2P0_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(1, 2, 2, 1, 3, 3, Padding = 1, Activation = Activation.Step)] public static partial void Conv_float_FilterOverPadding_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(6, 15, 15, 6, 3, 3, Stride = 2, Padding = 2, Dilation = 2, Groups = 3)] public static partial void Conv_float_GroupsStrideDilation_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(6, 15, 15, 6, 3, 3, Stride = 2, Padding = 2, Dilation = 2, Groups = 3, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void Conv_float_GroupsStrideDilation_Sigmoid_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 33, 8, 8, 3, 3, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_float_Tall_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Sigmoid)] public static partial void Conv_float_PlaneDigits16x4x4To32_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(8, 7, 7, 12, 3, 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_float_Plane7x7To12_Tanh_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(8, 7, 7, 12, 3, 3, Padding = 1, Deterministic = true)] public static partial void Conv_float_Plane7x7To12_None_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 13, 9, 10, 3, 3, StrideY = 2, StrideX = 1, Padding = 1, DilationY = 1, DilationX = 2, Activation = Activation.Step)] public static partial void Conv_float_PlaneStrideY2DilatedX_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 7, 7, 9, 3, 3)] public static partial void Conv_float_Plane5x5To9NoPad_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(32, 14, 14, 64, 3, 3, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_float_Lanes14_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(32, 14, 14, 64, 3, 3, Padding = 1, Activation = Activation.Tanh, Deterministic = true)] public static partial void Conv_float_Lanes14_Tanh_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(96, 7, 7, 32, 3, 3, Padding = 1, Activation = Activation.Sigmoid)] public static partial void Conv_float_Lanes7x7Rows_Sigmoid_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(16, 40, 40, 32, 3, 3, Stride = 2, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_float_LanesS2W20_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(48, 14, 14, 96, 1, 1, Activation = Activation.Step)] public static partial void Conv_float_LanesPointwise14_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(48, 14, 14, 96, 1, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void Conv_float_LanesPointwise14_Relu_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(384, 7, 7, 32, 3, 3, Padding = 1)] public static partial void Conv_float_Lanes7x7Blocks_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(384, 13, 13, 32, 3, 3, Stride = 2, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_float_Lanes7x7BlocksS2_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(16, 14, 14, 32, 5, 5, Padding = 2, Activation = Activation.Sigmoid)] public static partial void Conv_float_Lanes5x5Rows_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(16, 14, 14, 32, 5, 5, Padding = 2, Activation = Activation.Step, Deterministic = true)] public static partial void Conv_float_Lanes5x5Rows_Step_Deterministic(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1)] public static partial void Conv_float_Act3x3P1_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1)] public static partial void Conv_float_Act3x3P1_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_float_Act3x3P1_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_float_Act3x3P1_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Sigmoid)] public static partial void Conv_float_Act3x3P1_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Sigmoid)] public static partial void Conv_float_Act3x3P1_Sigmoid_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_float_Act3x3P1_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_float_Act3x3P1_Tanh_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Step)] public static partial void Conv_float_Act3x3P1_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Step)] public static partial void Conv_float_Act3x3P1_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3)] public static partial void Conv_float_Act3x3_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3)] public static partial void Conv_float_Act3x3_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Relu)] public static partial void Conv_float_Act3x3_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Relu)] public static partial void Conv_float_Act3x3_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Sigmoid)] public static partial void Conv_float_Act3x3_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Sigmoid)] public static partial void Conv_float_Act3x3_Sigmoid_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Tanh)] public static partial void Conv_float_Act3x3_Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Tanh)] public static partial void Conv_float_Act3x3_Tanh_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Step)] public static partial void Conv_float_Act3x3_Step(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Step)] public static partial void Conv_float_Act3x3_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Conv2D(1, 5, 5, 1, 3, 3)] public static partial void Conv_double_Classic5x5_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(1, 5, 5, 1, 3, 3, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void Conv_double_Classic5x5_Sigmoid_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(3, 5, 5, 2, 3, 3, Stride = 2, Padding = 1)] public static partial void Conv_double_Classic3x5x5S2P1_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(16, 8, 8, 17, 1, 1, Activation = Activation.Sigmoid)] public static partial void Conv_double_Pointwise16to17_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_double_K3P1C3to16_Tanh_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1, Deterministic = true)] public static partial void Conv_double_K3P1C3to16_None_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(1, 28, 28, 8, 5, 5, Activation = Activation.Step)] public static partial void Conv_double_K5C1to8_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(3, 40, 36, 8, 7, 7, Stride = 2, Padding = 3)] public static partial void Conv_double_K7S2P3_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(4, 9, 13, 4, 1, 3, PaddingY = 0, PaddingX = 1, Activation = Activation.Relu)] public static partial void Conv_double_K1x3PX1_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 9, 13, 4, 1, 3, PaddingY = 0, PaddingX = 1, Activation = Activation.Tanh, Deterministic = true)] public static partial void Conv_double_K1x3PX1_Tanh_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 13, 9, 6, 5, 1, PaddingY = 2, PaddingX = 0, Activation = Activation.Sigmoid)] public static partial void Conv_double_K5x1PY2_Sigmoid_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(3, 17, 19, 5, 3, 3, StrideY = 2, StrideX = 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_double_StrideY2X3_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(2, 20, 20, 4, 3, 3, Stride = 3, Activation = Activation.Step)] public static partial void Conv_double_Stride3_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(2, 20, 20, 4, 3, 3, Stride = 3, Activation = Activation.Relu, Deterministic = true)] public static partial void Conv_double_Stride3_Relu_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(3, 10, 14, 4, 3, 5, PaddingY = 3, PaddingX = 2)] public static partial void Conv_double_PaddingY3X2_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(3, 16, 16, 4, 3, 3, Padding = 2, Dilation = 2, Activation = Activation.Relu)] public static partial void Conv_double_Dilation2_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(2, 12, 15, 3, 3, 3, Padding = 1, DilationY = 2, DilationX = 1, Activation = Activation.Sigmoid)] public static partial void Conv_double_DilationY2_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(2, 12, 15, 3, 3, 3, Padding = 1, DilationY = 2, DilationX = 1, Activation = Activation.Step, Deterministic = true)] public static partial void Conv_double_DilationY2_Step_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 10, 10, 6, 3, 3, Padding = 1, Groups = 2, Activation = Activation.Tanh)] public static partial void Conv_double_Groups2_Tanh_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(16, 14, 14, 16, 3, 3, Padding = 1, Groups = 16, Activation = Activation.Step)] public static partial void Conv_double_Depthwise16_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(17, 9, 11, 17, 3, 3, Stride = 2, Padding = 1, Groups = 17)] public static partial void Conv_double_Depthwise17S2_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(17, 9, 11, 17, 3, 3, Stride = 2, Padding = 1, Groups = 17, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void Conv_double_Depthwise17S2_Sigmoid_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(64, 8, 8, 64, 3, 3, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_double_C64_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(17, 7, 9, 4, 3, 3, Activation = Activation.Sigmoid)] public static partial void Conv_double_C17to4_Sigmoid_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(3, 20, 70, 4, 3, 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_double_Wide70_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(3, 20, 70, 4, 3, 3, Padding = 1, Deterministic = true)] public static partial void Conv_double_Wide70_None_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(1, 480, 640, 1, 3, 3, Padding = 1, Activation = Activation.Step)] public static partial void Conv_double_Image480x640_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(1, 479, 641, 1, 3, 3, Padding = 1)] public static partial void Conv_double_Image479x641_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(1, 479, 641, 2, 5, 5, Padding = 2, Activation = Activation.Relu)] public static partial void Conv_double_Image479x641K5To2_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(2, 400, 300, 3, 3, 3, Stride = 2, Padding = 2, Dilation = 2, Activation = Activation.Sigmoid)] public static partial void Conv_double_BandedS2D2_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(3, 260, 280, 4, 5, 5, Padding = 2, Activation = Activation.Tanh)] public static partial void Conv_double_BandedC3K5_Tanh_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(1, 600, 400, 2, 3, 3, StrideY = 3, StrideX = 1, Padding = 1, Activation = Activation.Step)] public static partial void Conv_double_BandedStrideY3_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(1, 600, 400, 2, 3, 3, StrideY = 3, StrideX = 1, Padding = 1, Activation = Activation.Relu, Deterministic = true)] public static partial void Conv_double_BandedStrideY3_Relu_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(2, 3, 3, 3, 3, 3)] public static partial void Conv_double_OneOutput_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(1, 1, 1, 1, 1, 1, Activation = Activation.Relu)] public static partial void Conv_double_AllOnes_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(2, 6, 3, 2, 3, 3, Activation = Activation.Sigmoid)] public static partial void Conv_double_Narrow_Sigmoid_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(2, 6, 3, 2, 3, 3, Activation = Activation.Step, Deterministic = true)] public static partial void Conv_double_Narrow_Step_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(3, 11, 11, 4, 3, 3, Stride = 2, Activation = Activation.Tanh)] public static partial void Conv_double_Stride2P0_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(1, 2, 2, 1, 3, 3, Padding = 1, Activation = Activation.Step)] public static partial void Conv_double_FilterOverPadding_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(6, 15, 15, 6, 3, 3, Stride = 2, Padding = 2, Dilation = 2, Groups = 3)] public static partial void Conv_double_GroupsStrideDilation_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(6, 15, 15, 6, 3, 3, Stride = 2, Padding = 2, Dilation = 2, Groups = 3, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void Conv_double_GroupsStrideDilation_Sigmoid_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(3, 33, 8, 8, 3, 3, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_double_Tall_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Sigmoid)] public static partial void Conv_double_PlaneDigits16x4x4To32_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(8, 7, 7, 12, 3, 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_double_Plane7x7To12_Tanh_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(8, 7, 7, 12, 3, 3, Padding = 1, Deterministic = true)] public static partial void Conv_double_Plane7x7To12_None_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 13, 9, 10, 3, 3, StrideY = 2, StrideX = 1, Padding = 1, DilationY = 1, DilationX = 2, Activation = Activation.Step)] public static partial void Conv_double_PlaneStrideY2DilatedX_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(3, 7, 7, 9, 3, 3)] public static partial void Conv_double_Plane5x5To9NoPad_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(32, 14, 14, 64, 3, 3, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_double_Lanes14_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(32, 14, 14, 64, 3, 3, Padding = 1, Activation = Activation.Tanh, Deterministic = true)] public static partial void Conv_double_Lanes14_Tanh_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(96, 7, 7, 32, 3, 3, Padding = 1, Activation = Activation.Sigmoid)] public static partial void Conv_double_Lanes7x7Rows_Sigmoid_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(16, 40, 40, 32, 3, 3, Stride = 2, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_double_LanesS2W20_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(48, 14, 14, 96, 1, 1, Activation = Activation.Step)] public static partial void Conv_double_LanesPointwise14_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(48, 14, 14, 96, 1, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void Conv_double_LanesPointwise14_Relu_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(384, 7, 7, 32, 3, 3, Padding = 1)] public static partial void Conv_double_Lanes7x7Blocks_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(384, 13, 13, 32, 3, 3, Stride = 2, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_double_Lanes7x7BlocksS2_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(16, 14, 14, 32, 5, 5, Padding = 2, Activation = Activation.Sigmoid)] public static partial void Conv_double_Lanes5x5Rows_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(16, 14, 14, 32, 5, 5, Padding = 2, Activation = Activation.Step, Deterministic = true)] public static partial void Conv_double_Lanes5x5Rows_Step_Deterministic(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1)] public static partial void Conv_double_Act3x3P1_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1)] public static partial void Conv_double_Act3x3P1_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_double_Act3x3P1_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Relu)] public static partial void Conv_double_Act3x3P1_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Sigmoid)] public static partial void Conv_double_Act3x3P1_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Sigmoid)] public static partial void Conv_double_Act3x3P1_Sigmoid_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_double_Act3x3P1_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Tanh)] public static partial void Conv_double_Act3x3P1_Tanh_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Step)] public static partial void Conv_double_Act3x3P1_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Padding = 1, Activation = Activation.Step)] public static partial void Conv_double_Act3x3P1_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3)] public static partial void Conv_double_Act3x3_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3)] public static partial void Conv_double_Act3x3_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Relu)] public static partial void Conv_double_Act3x3_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Relu)] public static partial void Conv_double_Act3x3_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Sigmoid)] public static partial void Conv_double_Act3x3_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Sigmoid)] public static partial void Conv_double_Act3x3_Sigmoid_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Tanh)] public static partial void Conv_double_Act3x3_Tanh(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Tanh)] public static partial void Conv_double_Act3x3_Tanh_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Step)] public static partial void Conv_double_Act3x3_Step(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Conv2D(4, 12, 20, 8, 3, 3, Activation = Activation.Step)] public static partial void Conv_double_Act3x3_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [MatMul(1, 1, 1)] public static partial void MatMul1x1x1_None_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(1, 1, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void MatMul1x1x1_Relu_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(1, 1, 1, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void MatMul1x1x1_T_Sigmoid_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(1, 1, 1, TransposeB = true, Activation = Activation.Tanh, Deterministic = true)] public static partial void MatMul1x1x1_T_Tanh_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(3, 5, 7, Activation = Activation.Relu)] public static partial void MatMul3x5x7_Relu_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(3, 5, 7, TransposeB = true, Activation = Activation.Tanh)] public static partial void MatMul3x5x7_T_Tanh_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(4, 4, 4, Activation = Activation.Sigmoid)] public static partial void MatMul4x4x4_Sigmoid_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(4, 4, 4, Activation = Activation.Tanh, Deterministic = true)] public static partial void MatMul4x4x4_Tanh_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(4, 4, 4, TransposeB = true, Activation = Activation.Step)] public static partial void MatMul4x4x4_T_Step_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(4, 4, 4, TransposeB = true, Deterministic = true)] public static partial void MatMul4x4x4_T_None_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(3, 3, 3, Activation = Activation.Tanh)] public static partial void MatMul3x3x3_Tanh_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(3, 3, 3, TransposeB = true)] public static partial void MatMul3x3x3_T_None_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(16, 16, 16, Activation = Activation.Step)] public static partial void MatMul16x16x16_Step_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(16, 16, 16, Deterministic = true)] public static partial void MatMul16x16x16_None_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(16, 16, 16, TransposeB = true, Activation = Activation.Relu)] public static partial void MatMul16x16x16_T_Relu_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(16, 16, 16, TransposeB = true, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void MatMul16x16x16_T_Sigmoid_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(32, 32, 32)] public static partial void MatMul32x32x32_None_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(32, 32, 32, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void MatMul32x32x32_T_Sigmoid_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(64, 64, 64, Activation = Activation.Relu)] public static partial void MatMul64x64x64_Relu_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(64, 64, 64, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void MatMul64x64x64_Sigmoid_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(64, 64, 64, TransposeB = true, Activation = Activation.Tanh)] public static partial void MatMul64x64x64_T_Tanh_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(64, 64, 64, TransposeB = true, Activation = Activation.Step, Deterministic = true)] public static partial void MatMul64x64x64_T_Step_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(128, 64, 256, Activation = Activation.Sigmoid)] public static partial void MatMul128x64x256_Sigmoid_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(128, 64, 256, TransposeB = true, Activation = Activation.Step)] public static partial void MatMul128x64x256_T_Step_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 19, 23, Activation = Activation.Tanh)] public static partial void MatMul17x19x23_Tanh_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 19, 23, Activation = Activation.Step, Deterministic = true)] public static partial void MatMul17x19x23_Step_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 19, 23, TransposeB = true)] public static partial void MatMul17x19x23_T_None_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(17, 19, 23, TransposeB = true, Activation = Activation.Relu, Deterministic = true)] public static partial void MatMul17x19x23_T_Relu_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(8, 8, 64, Activation = Activation.Step)] public static partial void MatMul8x8x64_Step_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(8, 8, 64, TransposeB = true, Activation = Activation.Relu)] public static partial void MatMul8x8x64_T_Relu_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(2, 3, 1)] public static partial void MatMul2x3x1_None_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(2, 3, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void MatMul2x3x1_Relu_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(2, 3, 1, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void MatMul2x3x1_T_Sigmoid_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(2, 3, 1, TransposeB = true, Activation = Activation.Tanh, Deterministic = true)] public static partial void MatMul2x3x1_T_Tanh_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(1, 40, 9, Activation = Activation.Relu)] public static partial void MatMul1x40x9_Relu_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(1, 40, 9, TransposeB = true, Activation = Activation.Tanh)] public static partial void MatMul1x40x9_T_Tanh_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(7, 1, 33, Activation = Activation.Sigmoid)] public static partial void MatMul7x1x33_Sigmoid_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(7, 1, 33, Activation = Activation.Tanh, Deterministic = true)] public static partial void MatMul7x1x33_Tanh_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(7, 1, 33, TransposeB = true, Activation = Activation.Step)] public static partial void MatMul7x1x33_T_Step_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(7, 1, 33, TransposeB = true, Deterministic = true)] public static partial void MatMul7x1x33_T_None_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(13, 70, 17, Activation = Activation.Tanh)] public static partial void MatMul13x70x17_Tanh_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(13, 70, 17, TransposeB = true)] public static partial void MatMul13x70x17_T_None_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(5, 33, 48, Activation = Activation.Step)] public static partial void MatMul5x33x48_Step_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(5, 33, 48, Deterministic = true)] public static partial void MatMul5x33x48_None_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(5, 33, 48, TransposeB = true, Activation = Activation.Relu)] public static partial void MatMul5x33x48_T_Relu_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(5, 33, 48, TransposeB = true, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void MatMul5x33x48_T_Sigmoid_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(20, 8, 8)] public static partial void MatMul20x8x8_None_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(20, 8, 8, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void MatMul20x8x8_T_Sigmoid_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(9, 300, 31, Activation = Activation.Relu)] public static partial void MatMul9x300x31_Relu_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(9, 300, 31, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void MatMul9x300x31_Sigmoid_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(9, 300, 31, TransposeB = true, Activation = Activation.Tanh)] public static partial void MatMul9x300x31_T_Tanh_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(9, 300, 31, TransposeB = true, Activation = Activation.Step, Deterministic = true)] public static partial void MatMul9x300x31_T_Step_Deterministic_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 23, 19)] public static partial void Act17x23x19_None_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 23, 19)] public static partial void Act17x23x19_None_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(17, 23, 19, Activation = Activation.Relu)] public static partial void Act17x23x19_Relu_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 23, 19, Activation = Activation.Relu)] public static partial void Act17x23x19_Relu_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(17, 23, 19, Activation = Activation.Sigmoid)] public static partial void Act17x23x19_Sigmoid_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 23, 19, Activation = Activation.Sigmoid)] public static partial void Act17x23x19_Sigmoid_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(17, 23, 19, Activation = Activation.Tanh)] public static partial void Act17x23x19_Tanh_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 23, 19, Activation = Activation.Tanh)] public static partial void Act17x23x19_Tanh_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(17, 23, 19, Activation = Activation.Step)] public static partial void Act17x23x19_Step_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 23, 19, Activation = Activation.Step)] public static partial void Act17x23x19_Step_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(17, 23, 19, TransposeB = true)] public static partial void Act17x23x19_T_None_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 23, 19, TransposeB = true)] public static partial void Act17x23x19_T_None_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Relu)] public static partial void Act17x23x19_T_Relu_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Relu)] public static partial void Act17x23x19_T_Relu_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void Act17x23x19_T_Sigmoid_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void Act17x23x19_T_Sigmoid_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Tanh)] public static partial void Act17x23x19_T_Tanh_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Tanh)] public static partial void Act17x23x19_T_Tanh_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Step)] public static partial void Act17x23x19_T_Step_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Step)] public static partial void Act17x23x19_T_Step_NoBias_float(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [Dense(784, 10, Batch = 64)] public static partial void Dense_float_784x10_Batch64_None(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256, Batch = 64, Activation = Activation.Relu)] public static partial void Dense_float_256x256_Batch64_Relu(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(3, 2, Batch = 5, Activation = Activation.Tanh)] public static partial void Dense_float_3x2_Batch5_Tanh_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(33, 17, Batch = 9, Activation = Activation.Sigmoid)] public static partial void Dense_float_33x17_Batch9_Sigmoid(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(16, 4, Batch = 2, Activation = Activation.Step)] public static partial void Dense_float_16x4_Batch2_Step_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(1, 1, Batch = 3)] public static partial void Dense_float_1x1_Batch3_None_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [Dense(100, 7, Batch = 64, Activation = Activation.Relu)] public static partial void Dense_float_100x7_Batch64_Relu_NoBias(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
    [MatMul(1, 1, 1)] public static partial void MatMul1x1x1_None_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(1, 1, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void MatMul1x1x1_Relu_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(1, 1, 1, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void MatMul1x1x1_T_Sigmoid_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(1, 1, 1, TransposeB = true, Activation = Activation.Tanh, Deterministic = true)] public static partial void MatMul1x1x1_T_Tanh_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(3, 5, 7, Activation = Activation.Relu)] public static partial void MatMul3x5x7_Relu_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(3, 5, 7, TransposeB = true, Activation = Activation.Tanh)] public static partial void MatMul3x5x7_T_Tanh_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(4, 4, 4, Activation = Activation.Sigmoid)] public static partial void MatMul4x4x4_Sigmoid_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(4, 4, 4, Activation = Activation.Tanh, Deterministic = true)] public static partial void MatMul4x4x4_Tanh_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(4, 4, 4, TransposeB = true, Activation = Activation.Step)] public static partial void MatMul4x4x4_T_Step_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(4, 4, 4, TransposeB = true, Deterministic = true)] public static partial void MatMul4x4x4_T_None_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(3, 3, 3, Activation = Activation.Tanh)] public static partial void MatMul3x3x3_Tanh_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(3, 3, 3, TransposeB = true)] public static partial void MatMul3x3x3_T_None_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(16, 16, 16, Activation = Activation.Step)] public static partial void MatMul16x16x16_Step_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(16, 16, 16, Deterministic = true)] public static partial void MatMul16x16x16_None_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(16, 16, 16, TransposeB = true, Activation = Activation.Relu)] public static partial void MatMul16x16x16_T_Relu_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(16, 16, 16, TransposeB = true, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void MatMul16x16x16_T_Sigmoid_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(32, 32, 32)] public static partial void MatMul32x32x32_None_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(32, 32, 32, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void MatMul32x32x32_T_Sigmoid_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(64, 64, 64, Activation = Activation.Relu)] public static partial void MatMul64x64x64_Relu_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(64, 64, 64, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void MatMul64x64x64_Sigmoid_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(64, 64, 64, TransposeB = true, Activation = Activation.Tanh)] public static partial void MatMul64x64x64_T_Tanh_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(64, 64, 64, TransposeB = true, Activation = Activation.Step, Deterministic = true)] public static partial void MatMul64x64x64_T_Step_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(128, 64, 256, Activation = Activation.Sigmoid)] public static partial void MatMul128x64x256_Sigmoid_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(128, 64, 256, TransposeB = true, Activation = Activation.Step)] public static partial void MatMul128x64x256_T_Step_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 19, 23, Activation = Activation.Tanh)] public static partial void MatMul17x19x23_Tanh_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 19, 23, Activation = Activation.Step, Deterministic = true)] public static partial void MatMul17x19x23_Step_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 19, 23, TransposeB = true)] public static partial void MatMul17x19x23_T_None_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(17, 19, 23, TransposeB = true, Activation = Activation.Relu, Deterministic = true)] public static partial void MatMul17x19x23_T_Relu_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(8, 8, 64, Activation = Activation.Step)] public static partial void MatMul8x8x64_Step_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(8, 8, 64, TransposeB = true, Activation = Activation.Relu)] public static partial void MatMul8x8x64_T_Relu_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(2, 3, 1)] public static partial void MatMul2x3x1_None_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(2, 3, 1, Activation = Activation.Relu, Deterministic = true)] public static partial void MatMul2x3x1_Relu_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(2, 3, 1, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void MatMul2x3x1_T_Sigmoid_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(2, 3, 1, TransposeB = true, Activation = Activation.Tanh, Deterministic = true)] public static partial void MatMul2x3x1_T_Tanh_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(1, 40, 9, Activation = Activation.Relu)] public static partial void MatMul1x40x9_Relu_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(1, 40, 9, TransposeB = true, Activation = Activation.Tanh)] public static partial void MatMul1x40x9_T_Tanh_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(7, 1, 33, Activation = Activation.Sigmoid)] public static partial void MatMul7x1x33_Sigmoid_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(7, 1, 33, Activation = Activation.Tanh, Deterministic = true)] public static partial void MatMul7x1x33_Tanh_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(7, 1, 33, TransposeB = true, Activation = Activation.Step)] public static partial void MatMul7x1x33_T_Step_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(7, 1, 33, TransposeB = true, Deterministic = true)] public static partial void MatMul7x1x33_T_None_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(13, 70, 17, Activation = Activation.Tanh)] public static partial void MatMul13x70x17_Tanh_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(13, 70, 17, TransposeB = true)] public static partial void MatMul13x70x17_T_None_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(5, 33, 48, Activation = Activation.Step)] public static partial void MatMul5x33x48_Step_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(5, 33, 48, Deterministic = true)] public static partial void MatMul5x33x48_None_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(5, 33, 48, TransposeB = true, Activation = Activation.Relu)] public static partial void MatMul5x33x48_T_Relu_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(5, 33, 48, TransposeB = true, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void MatMul5x33x48_T_Sigmoid_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(20, 8, 8)] public static partial void MatMul20x8x8_None_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(20, 8, 8, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void MatMul20x8x8_T_Sigmoid_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(9, 300, 31, Activation = Activation.Relu)] public static partial void MatMul9x300x31_Relu_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(9, 300, 31, Activation = Activation.Sigmoid, Deterministic = true)] public static partial void MatMul9x300x31_Sigmoid_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(9, 300, 31, TransposeB = true, Activation = Activation.Tanh)] public static partial void MatMul9x300x31_T_Tanh_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(9, 300, 31, TransposeB = true, Activation = Activation.Step, Deterministic = true)] public static partial void MatMul9x300x31_T_Step_Deterministic_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 23, 19)] public static partial void Act17x23x19_None_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 23, 19)] public static partial void Act17x23x19_None_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(17, 23, 19, Activation = Activation.Relu)] public static partial void Act17x23x19_Relu_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 23, 19, Activation = Activation.Relu)] public static partial void Act17x23x19_Relu_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(17, 23, 19, Activation = Activation.Sigmoid)] public static partial void Act17x23x19_Sigmoid_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 23, 19, Activation = Activation.Sigmoid)] public static partial void Act17x23x19_Sigmoid_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(17, 23, 19, Activation = Activation.Tanh)] public static partial void Act17x23x19_Tanh_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 23, 19, Activation = Activation.Tanh)] public static partial void Act17x23x19_Tanh_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(17, 23, 19, Activation = Activation.Step)] public static partial void Act17x23x19_Step_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 23, 19, Activation = Activation.Step)] public static partial void Act17x23x19_Step_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(17, 23, 19, TransposeB = true)] public static partial void Act17x23x19_T_None_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 23, 19, TransposeB = true)] public static partial void Act17x23x19_T_None_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Relu)] public static partial void Act17x23x19_T_Relu_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Relu)] public static partial void Act17x23x19_T_Relu_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void Act17x23x19_T_Sigmoid_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Sigmoid)] public static partial void Act17x23x19_T_Sigmoid_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Tanh)] public static partial void Act17x23x19_T_Tanh_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Tanh)] public static partial void Act17x23x19_T_Tanh_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Step)] public static partial void Act17x23x19_T_Step_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);
    [MatMul(17, 23, 19, TransposeB = true, Activation = Activation.Step)] public static partial void Act17x23x19_T_Step_NoBias_double(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
    [Dense(784, 10, Batch = 64)] public static partial void Dense_double_784x10_Batch64_None(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(256, 256, Batch = 64, Activation = Activation.Relu)] public static partial void Dense_double_256x256_Batch64_Relu(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(3, 2, Batch = 5, Activation = Activation.Tanh)] public static partial void Dense_double_3x2_Batch5_Tanh_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(33, 17, Batch = 9, Activation = Activation.Sigmoid)] public static partial void Dense_double_33x17_Batch9_Sigmoid(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
    [Dense(16, 4, Batch = 2, Activation = Activation.Step)] public static partial void Dense_double_16x4_Batch2_Step_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(1, 1, Batch = 3)] public static partial void Dense_double_1x1_Batch3_None_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
    [Dense(100, 7, Batch = 64, Activation = Activation.Relu)] public static partial void Dense_double_100x7_Batch64_Relu_NoBias(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);

    public static readonly MatMulCase<float>[] FloatMatMul =
    {
        new("MatMul1x1x1_None", 1, 1, 1, false, Activation.None, MatMul1x1x1_None_float, null),
        new("MatMul1x1x1_Relu_Deterministic", 1, 1, 1, false, Activation.Relu, MatMul1x1x1_Relu_Deterministic_float, null),
        new("MatMul1x1x1_T_Sigmoid_NoBias", 1, 1, 1, true, Activation.Sigmoid, null, MatMul1x1x1_T_Sigmoid_NoBias_float),
        new("MatMul1x1x1_T_Tanh_Deterministic", 1, 1, 1, true, Activation.Tanh, MatMul1x1x1_T_Tanh_Deterministic_float, null),
        new("MatMul3x5x7_Relu_NoBias", 3, 5, 7, false, Activation.Relu, null, MatMul3x5x7_Relu_NoBias_float),
        new("MatMul3x5x7_T_Tanh", 3, 5, 7, true, Activation.Tanh, MatMul3x5x7_T_Tanh_float, null),
        new("MatMul4x4x4_Sigmoid", 4, 4, 4, false, Activation.Sigmoid, MatMul4x4x4_Sigmoid_float, null),
        new("MatMul4x4x4_Tanh_Deterministic", 4, 4, 4, false, Activation.Tanh, MatMul4x4x4_Tanh_Deterministic_float, null),
        new("MatMul4x4x4_T_Step_NoBias", 4, 4, 4, true, Activation.Step, null, MatMul4x4x4_T_Step_NoBias_float),
        new("MatMul4x4x4_T_None_Deterministic", 4, 4, 4, true, Activation.None, MatMul4x4x4_T_None_Deterministic_float, null),
        new("MatMul3x3x3_Tanh_NoBias", 3, 3, 3, false, Activation.Tanh, null, MatMul3x3x3_Tanh_NoBias_float),
        new("MatMul3x3x3_T_None", 3, 3, 3, true, Activation.None, MatMul3x3x3_T_None_float, null),
        new("MatMul16x16x16_Step", 16, 16, 16, false, Activation.Step, MatMul16x16x16_Step_float, null),
        new("MatMul16x16x16_None_Deterministic", 16, 16, 16, false, Activation.None, MatMul16x16x16_None_Deterministic_float, null),
        new("MatMul16x16x16_T_Relu_NoBias", 16, 16, 16, true, Activation.Relu, null, MatMul16x16x16_T_Relu_NoBias_float),
        new("MatMul16x16x16_T_Sigmoid_Deterministic", 16, 16, 16, true, Activation.Sigmoid, MatMul16x16x16_T_Sigmoid_Deterministic_float, null),
        new("MatMul32x32x32_None_NoBias", 32, 32, 32, false, Activation.None, null, MatMul32x32x32_None_NoBias_float),
        new("MatMul32x32x32_T_Sigmoid", 32, 32, 32, true, Activation.Sigmoid, MatMul32x32x32_T_Sigmoid_float, null),
        new("MatMul64x64x64_Relu", 64, 64, 64, false, Activation.Relu, MatMul64x64x64_Relu_float, null),
        new("MatMul64x64x64_Sigmoid_Deterministic", 64, 64, 64, false, Activation.Sigmoid, MatMul64x64x64_Sigmoid_Deterministic_float, null),
        new("MatMul64x64x64_T_Tanh_NoBias", 64, 64, 64, true, Activation.Tanh, null, MatMul64x64x64_T_Tanh_NoBias_float),
        new("MatMul64x64x64_T_Step_Deterministic", 64, 64, 64, true, Activation.Step, MatMul64x64x64_T_Step_Deterministic_float, null),
        new("MatMul128x64x256_Sigmoid_NoBias", 128, 64, 256, false, Activation.Sigmoid, null, MatMul128x64x256_Sigmoid_NoBias_float),
        new("MatMul128x64x256_T_Step", 128, 64, 256, true, Activation.Step, MatMul128x64x256_T_Step_float, null),
        new("MatMul17x19x23_Tanh", 17, 19, 23, false, Activation.Tanh, MatMul17x19x23_Tanh_float, null),
        new("MatMul17x19x23_Step_Deterministic", 17, 19, 23, false, Activation.Step, MatMul17x19x23_Step_Deterministic_float, null),
        new("MatMul17x19x23_T_None_NoBias", 17, 19, 23, true, Activation.None, null, MatMul17x19x23_T_None_NoBias_float),
        new("MatMul17x19x23_T_Relu_Deterministic", 17, 19, 23, true, Activation.Relu, MatMul17x19x23_T_Relu_Deterministic_float, null),
        new("MatMul8x8x64_Step_NoBias", 8, 8, 64, false, Activation.Step, null, MatMul8x8x64_Step_NoBias_float),
        new("MatMul8x8x64_T_Relu", 8, 8, 64, true, Activation.Relu, MatMul8x8x64_T_Relu_float, null),
        new("MatMul2x3x1_None", 2, 3, 1, false, Activation.None, MatMul2x3x1_None_float, null),
        new("MatMul2x3x1_Relu_Deterministic", 2, 3, 1, false, Activation.Relu, MatMul2x3x1_Relu_Deterministic_float, null),
        new("MatMul2x3x1_T_Sigmoid_NoBias", 2, 3, 1, true, Activation.Sigmoid, null, MatMul2x3x1_T_Sigmoid_NoBias_float),
        new("MatMul2x3x1_T_Tanh_Deterministic", 2, 3, 1, true, Activation.Tanh, MatMul2x3x1_T_Tanh_Deterministic_float, null),
        new("MatMul1x40x9_Relu_NoBias", 1, 40, 9, false, Activation.Relu, null, MatMul1x40x9_Relu_NoBias_float),
        new("MatMul1x40x9_T_Tanh", 1, 40, 9, true, Activation.Tanh, MatMul1x40x9_T_Tanh_float, null),
        new("MatMul7x1x33_Sigmoid", 7, 1, 33, false, Activation.Sigmoid, MatMul7x1x33_Sigmoid_float, null),
        new("MatMul7x1x33_Tanh_Deterministic", 7, 1, 33, false, Activation.Tanh, MatMul7x1x33_Tanh_Deterministic_float, null),
        new("MatMul7x1x33_T_Step_NoBias", 7, 1, 33, true, Activation.Step, null, MatMul7x1x33_T_Step_NoBias_float),
        new("MatMul7x1x33_T_None_Deterministic", 7, 1, 33, true, Activation.None, MatMul7x1x33_T_None_Deterministic_float, null),
        new("MatMul13x70x17_Tanh_NoBias", 13, 70, 17, false, Activation.Tanh, null, MatMul13x70x17_Tanh_NoBias_float),
        new("MatMul13x70x17_T_None", 13, 70, 17, true, Activation.None, MatMul13x70x17_T_None_float, null),
        new("MatMul5x33x48_Step", 5, 33, 48, false, Activation.Step, MatMul5x33x48_Step_float, null),
        new("MatMul5x33x48_None_Deterministic", 5, 33, 48, false, Activation.None, MatMul5x33x48_None_Deterministic_float, null),
        new("MatMul5x33x48_T_Relu_NoBias", 5, 33, 48, true, Activation.Relu, null, MatMul5x33x48_T_Relu_NoBias_float),
        new("MatMul5x33x48_T_Sigmoid_Deterministic", 5, 33, 48, true, Activation.Sigmoid, MatMul5x33x48_T_Sigmoid_Deterministic_float, null),
        new("MatMul20x8x8_None_NoBias", 20, 8, 8, false, Activation.None, null, MatMul20x8x8_None_NoBias_float),
        new("MatMul20x8x8_T_Sigmoid", 20, 8, 8, true, Activation.Sigmoid, MatMul20x8x8_T_Sigmoid_float, null),
        new("MatMul9x300x31_Relu", 9, 300, 31, false, Activation.Relu, MatMul9x300x31_Relu_float, null),
        new("MatMul9x300x31_Sigmoid_Deterministic", 9, 300, 31, false, Activation.Sigmoid, MatMul9x300x31_Sigmoid_Deterministic_float, null),
        new("MatMul9x300x31_T_Tanh_NoBias", 9, 300, 31, true, Activation.Tanh, null, MatMul9x300x31_T_Tanh_NoBias_float),
        new("MatMul9x300x31_T_Step_Deterministic", 9, 300, 31, true, Activation.Step, MatMul9x300x31_T_Step_Deterministic_float, null),
        new("Act17x23x19_None", 17, 23, 19, false, Activation.None, Act17x23x19_None_float, null),
        new("Act17x23x19_None_NoBias", 17, 23, 19, false, Activation.None, null, Act17x23x19_None_NoBias_float),
        new("Act17x23x19_Relu", 17, 23, 19, false, Activation.Relu, Act17x23x19_Relu_float, null),
        new("Act17x23x19_Relu_NoBias", 17, 23, 19, false, Activation.Relu, null, Act17x23x19_Relu_NoBias_float),
        new("Act17x23x19_Sigmoid", 17, 23, 19, false, Activation.Sigmoid, Act17x23x19_Sigmoid_float, null),
        new("Act17x23x19_Sigmoid_NoBias", 17, 23, 19, false, Activation.Sigmoid, null, Act17x23x19_Sigmoid_NoBias_float),
        new("Act17x23x19_Tanh", 17, 23, 19, false, Activation.Tanh, Act17x23x19_Tanh_float, null),
        new("Act17x23x19_Tanh_NoBias", 17, 23, 19, false, Activation.Tanh, null, Act17x23x19_Tanh_NoBias_float),
        new("Act17x23x19_Step", 17, 23, 19, false, Activation.Step, Act17x23x19_Step_float, null),
        new("Act17x23x19_Step_NoBias", 17, 23, 19, false, Activation.Step, null, Act17x23x19_Step_NoBias_float),
        new("Act17x23x19_T_None", 17, 23, 19, true, Activation.None, Act17x23x19_T_None_float, null),
        new("Act17x23x19_T_None_NoBias", 17, 23, 19, true, Activation.None, null, Act17x23x19_T_None_NoBias_float),
        new("Act17x23x19_T_Relu", 17, 23, 19, true, Activation.Relu, Act17x23x19_T_Relu_float, null),
        new("Act17x23x19_T_Relu_NoBias", 17, 23, 19, true, Activation.Relu, null, Act17x23x19_T_Relu_NoBias_float),
        new("Act17x23x19_T_Sigmoid", 17, 23, 19, true, Activation.Sigmoid, Act17x23x19_T_Sigmoid_float, null),
        new("Act17x23x19_T_Sigmoid_NoBias", 17, 23, 19, true, Activation.Sigmoid, null, Act17x23x19_T_Sigmoid_NoBias_float),
        new("Act17x23x19_T_Tanh", 17, 23, 19, true, Activation.Tanh, Act17x23x19_T_Tanh_float, null),
        new("Act17x23x19_T_Tanh_NoBias", 17, 23, 19, true, Activation.Tanh, null, Act17x23x19_T_Tanh_NoBias_float),
        new("Act17x23x19_T_Step", 17, 23, 19, true, Activation.Step, Act17x23x19_T_Step_float, null),
        new("Act17x23x19_T_Step_NoBias", 17, 23, 19, true, Activation.Step, null, Act17x23x19_T_Step_NoBias_float),
        new("Dense_float_784x10_Batch64_None", 64, 784, 10, true, Activation.None, Dense_float_784x10_Batch64_None, null),
        new("Dense_float_256x256_Batch64_Relu", 64, 256, 256, true, Activation.Relu, Dense_float_256x256_Batch64_Relu, null),
        new("Dense_float_3x2_Batch5_Tanh_NoBias", 5, 3, 2, true, Activation.Tanh, null, Dense_float_3x2_Batch5_Tanh_NoBias),
        new("Dense_float_33x17_Batch9_Sigmoid", 9, 33, 17, true, Activation.Sigmoid, Dense_float_33x17_Batch9_Sigmoid, null),
        new("Dense_float_16x4_Batch2_Step_NoBias", 2, 16, 4, true, Activation.Step, null, Dense_float_16x4_Batch2_Step_NoBias),
        new("Dense_float_1x1_Batch3_None_NoBias", 3, 1, 1, true, Activation.None, null, Dense_float_1x1_Batch3_None_NoBias),
        new("Dense_float_100x7_Batch64_Relu_NoBias", 64, 100, 7, true, Activation.Relu, null, Dense_float_100x7_Batch64_Relu_NoBias),
    };

    public static readonly MatMulCase<double>[] DoubleMatMul =
    {
        new("MatMul1x1x1_None", 1, 1, 1, false, Activation.None, MatMul1x1x1_None_double, null),
        new("MatMul1x1x1_Relu_Deterministic", 1, 1, 1, false, Activation.Relu, MatMul1x1x1_Relu_Deterministic_double, null),
        new("MatMul1x1x1_T_Sigmoid_NoBias", 1, 1, 1, true, Activation.Sigmoid, null, MatMul1x1x1_T_Sigmoid_NoBias_double),
        new("MatMul1x1x1_T_Tanh_Deterministic", 1, 1, 1, true, Activation.Tanh, MatMul1x1x1_T_Tanh_Deterministic_double, null),
        new("MatMul3x5x7_Relu_NoBias", 3, 5, 7, false, Activation.Relu, null, MatMul3x5x7_Relu_NoBias_double),
        new("MatMul3x5x7_T_Tanh", 3, 5, 7, true, Activation.Tanh, MatMul3x5x7_T_Tanh_double, null),
        new("MatMul4x4x4_Sigmoid", 4, 4, 4, false, Activation.Sigmoid, MatMul4x4x4_Sigmoid_double, null),
        new("MatMul4x4x4_Tanh_Deterministic", 4, 4, 4, false, Activation.Tanh, MatMul4x4x4_Tanh_Deterministic_double, null),
        new("MatMul4x4x4_T_Step_NoBias", 4, 4, 4, true, Activation.Step, null, MatMul4x4x4_T_Step_NoBias_double),
        new("MatMul4x4x4_T_None_Deterministic", 4, 4, 4, true, Activation.None, MatMul4x4x4_T_None_Deterministic_double, null),
        new("MatMul3x3x3_Tanh_NoBias", 3, 3, 3, false, Activation.Tanh, null, MatMul3x3x3_Tanh_NoBias_double),
        new("MatMul3x3x3_T_None", 3, 3, 3, true, Activation.None, MatMul3x3x3_T_None_double, null),
        new("MatMul16x16x16_Step", 16, 16, 16, false, Activation.Step, MatMul16x16x16_Step_double, null),
        new("MatMul16x16x16_None_Deterministic", 16, 16, 16, false, Activation.None, MatMul16x16x16_None_Deterministic_double, null),
        new("MatMul16x16x16_T_Relu_NoBias", 16, 16, 16, true, Activation.Relu, null, MatMul16x16x16_T_Relu_NoBias_double),
        new("MatMul16x16x16_T_Sigmoid_Deterministic", 16, 16, 16, true, Activation.Sigmoid, MatMul16x16x16_T_Sigmoid_Deterministic_double, null),
        new("MatMul32x32x32_None_NoBias", 32, 32, 32, false, Activation.None, null, MatMul32x32x32_None_NoBias_double),
        new("MatMul32x32x32_T_Sigmoid", 32, 32, 32, true, Activation.Sigmoid, MatMul32x32x32_T_Sigmoid_double, null),
        new("MatMul64x64x64_Relu", 64, 64, 64, false, Activation.Relu, MatMul64x64x64_Relu_double, null),
        new("MatMul64x64x64_Sigmoid_Deterministic", 64, 64, 64, false, Activation.Sigmoid, MatMul64x64x64_Sigmoid_Deterministic_double, null),
        new("MatMul64x64x64_T_Tanh_NoBias", 64, 64, 64, true, Activation.Tanh, null, MatMul64x64x64_T_Tanh_NoBias_double),
        new("MatMul64x64x64_T_Step_Deterministic", 64, 64, 64, true, Activation.Step, MatMul64x64x64_T_Step_Deterministic_double, null),
        new("MatMul128x64x256_Sigmoid_NoBias", 128, 64, 256, false, Activation.Sigmoid, null, MatMul128x64x256_Sigmoid_NoBias_double),
        new("MatMul128x64x256_T_Step", 128, 64, 256, true, Activation.Step, MatMul128x64x256_T_Step_double, null),
        new("MatMul17x19x23_Tanh", 17, 19, 23, false, Activation.Tanh, MatMul17x19x23_Tanh_double, null),
        new("MatMul17x19x23_Step_Deterministic", 17, 19, 23, false, Activation.Step, MatMul17x19x23_Step_Deterministic_double, null),
        new("MatMul17x19x23_T_None_NoBias", 17, 19, 23, true, Activation.None, null, MatMul17x19x23_T_None_NoBias_double),
        new("MatMul17x19x23_T_Relu_Deterministic", 17, 19, 23, true, Activation.Relu, MatMul17x19x23_T_Relu_Deterministic_double, null),
        new("MatMul8x8x64_Step_NoBias", 8, 8, 64, false, Activation.Step, null, MatMul8x8x64_Step_NoBias_double),
        new("MatMul8x8x64_T_Relu", 8, 8, 64, true, Activation.Relu, MatMul8x8x64_T_Relu_double, null),
        new("MatMul2x3x1_None", 2, 3, 1, false, Activation.None, MatMul2x3x1_None_double, null),
        new("MatMul2x3x1_Relu_Deterministic", 2, 3, 1, false, Activation.Relu, MatMul2x3x1_Relu_Deterministic_double, null),
        new("MatMul2x3x1_T_Sigmoid_NoBias", 2, 3, 1, true, Activation.Sigmoid, null, MatMul2x3x1_T_Sigmoid_NoBias_double),
        new("MatMul2x3x1_T_Tanh_Deterministic", 2, 3, 1, true, Activation.Tanh, MatMul2x3x1_T_Tanh_Deterministic_double, null),
        new("MatMul1x40x9_Relu_NoBias", 1, 40, 9, false, Activation.Relu, null, MatMul1x40x9_Relu_NoBias_double),
        new("MatMul1x40x9_T_Tanh", 1, 40, 9, true, Activation.Tanh, MatMul1x40x9_T_Tanh_double, null),
        new("MatMul7x1x33_Sigmoid", 7, 1, 33, false, Activation.Sigmoid, MatMul7x1x33_Sigmoid_double, null),
        new("MatMul7x1x33_Tanh_Deterministic", 7, 1, 33, false, Activation.Tanh, MatMul7x1x33_Tanh_Deterministic_double, null),
        new("MatMul7x1x33_T_Step_NoBias", 7, 1, 33, true, Activation.Step, null, MatMul7x1x33_T_Step_NoBias_double),
        new("MatMul7x1x33_T_None_Deterministic", 7, 1, 33, true, Activation.None, MatMul7x1x33_T_None_Deterministic_double, null),
        new("MatMul13x70x17_Tanh_NoBias", 13, 70, 17, false, Activation.Tanh, null, MatMul13x70x17_Tanh_NoBias_double),
        new("MatMul13x70x17_T_None", 13, 70, 17, true, Activation.None, MatMul13x70x17_T_None_double, null),
        new("MatMul5x33x48_Step", 5, 33, 48, false, Activation.Step, MatMul5x33x48_Step_double, null),
        new("MatMul5x33x48_None_Deterministic", 5, 33, 48, false, Activation.None, MatMul5x33x48_None_Deterministic_double, null),
        new("MatMul5x33x48_T_Relu_NoBias", 5, 33, 48, true, Activation.Relu, null, MatMul5x33x48_T_Relu_NoBias_double),
        new("MatMul5x33x48_T_Sigmoid_Deterministic", 5, 33, 48, true, Activation.Sigmoid, MatMul5x33x48_T_Sigmoid_Deterministic_double, null),
        new("MatMul20x8x8_None_NoBias", 20, 8, 8, false, Activation.None, null, MatMul20x8x8_None_NoBias_double),
        new("MatMul20x8x8_T_Sigmoid", 20, 8, 8, true, Activation.Sigmoid, MatMul20x8x8_T_Sigmoid_double, null),
        new("MatMul9x300x31_Relu", 9, 300, 31, false, Activation.Relu, MatMul9x300x31_Relu_double, null),
        new("MatMul9x300x31_Sigmoid_Deterministic", 9, 300, 31, false, Activation.Sigmoid, MatMul9x300x31_Sigmoid_Deterministic_double, null),
        new("MatMul9x300x31_T_Tanh_NoBias", 9, 300, 31, true, Activation.Tanh, null, MatMul9x300x31_T_Tanh_NoBias_double),
        new("MatMul9x300x31_T_Step_Deterministic", 9, 300, 31, true, Activation.Step, MatMul9x300x31_T_Step_Deterministic_double, null),
        new("Act17x23x19_None", 17, 23, 19, false, Activation.None, Act17x23x19_None_double, null),
        new("Act17x23x19_None_NoBias", 17, 23, 19, false, Activation.None, null, Act17x23x19_None_NoBias_double),
        new("Act17x23x19_Relu", 17, 23, 19, false, Activation.Relu, Act17x23x19_Relu_double, null),
        new("Act17x23x19_Relu_NoBias", 17, 23, 19, false, Activation.Relu, null, Act17x23x19_Relu_NoBias_double),
        new("Act17x23x19_Sigmoid", 17, 23, 19, false, Activation.Sigmoid, Act17x23x19_Sigmoid_double, null),
        new("Act17x23x19_Sigmoid_NoBias", 17, 23, 19, false, Activation.Sigmoid, null, Act17x23x19_Sigmoid_NoBias_double),
        new("Act17x23x19_Tanh", 17, 23, 19, false, Activation.Tanh, Act17x23x19_Tanh_double, null),
        new("Act17x23x19_Tanh_NoBias", 17, 23, 19, false, Activation.Tanh, null, Act17x23x19_Tanh_NoBias_double),
        new("Act17x23x19_Step", 17, 23, 19, false, Activation.Step, Act17x23x19_Step_double, null),
        new("Act17x23x19_Step_NoBias", 17, 23, 19, false, Activation.Step, null, Act17x23x19_Step_NoBias_double),
        new("Act17x23x19_T_None", 17, 23, 19, true, Activation.None, Act17x23x19_T_None_double, null),
        new("Act17x23x19_T_None_NoBias", 17, 23, 19, true, Activation.None, null, Act17x23x19_T_None_NoBias_double),
        new("Act17x23x19_T_Relu", 17, 23, 19, true, Activation.Relu, Act17x23x19_T_Relu_double, null),
        new("Act17x23x19_T_Relu_NoBias", 17, 23, 19, true, Activation.Relu, null, Act17x23x19_T_Relu_NoBias_double),
        new("Act17x23x19_T_Sigmoid", 17, 23, 19, true, Activation.Sigmoid, Act17x23x19_T_Sigmoid_double, null),
        new("Act17x23x19_T_Sigmoid_NoBias", 17, 23, 19, true, Activation.Sigmoid, null, Act17x23x19_T_Sigmoid_NoBias_double),
        new("Act17x23x19_T_Tanh", 17, 23, 19, true, Activation.Tanh, Act17x23x19_T_Tanh_double, null),
        new("Act17x23x19_T_Tanh_NoBias", 17, 23, 19, true, Activation.Tanh, null, Act17x23x19_T_Tanh_NoBias_double),
        new("Act17x23x19_T_Step", 17, 23, 19, true, Activation.Step, Act17x23x19_T_Step_double, null),
        new("Act17x23x19_T_Step_NoBias", 17, 23, 19, true, Activation.Step, null, Act17x23x19_T_Step_NoBias_double),
        new("Dense_double_784x10_Batch64_None", 64, 784, 10, true, Activation.None, Dense_double_784x10_Batch64_None, null),
        new("Dense_double_256x256_Batch64_Relu", 64, 256, 256, true, Activation.Relu, Dense_double_256x256_Batch64_Relu, null),
        new("Dense_double_3x2_Batch5_Tanh_NoBias", 5, 3, 2, true, Activation.Tanh, null, Dense_double_3x2_Batch5_Tanh_NoBias),
        new("Dense_double_33x17_Batch9_Sigmoid", 9, 33, 17, true, Activation.Sigmoid, Dense_double_33x17_Batch9_Sigmoid, null),
        new("Dense_double_16x4_Batch2_Step_NoBias", 2, 16, 4, true, Activation.Step, null, Dense_double_16x4_Batch2_Step_NoBias),
        new("Dense_double_1x1_Batch3_None_NoBias", 3, 1, 1, true, Activation.None, null, Dense_double_1x1_Batch3_None_NoBias),
        new("Dense_double_100x7_Batch64_Relu_NoBias", 64, 100, 7, true, Activation.Relu, null, Dense_double_100x7_Batch64_Relu_NoBias),
    };

    public static readonly ConvCase<float>[] FloatConv =
    {
        new("Classic5x5_None", new Conv2DShape(1, 5, 5, 1, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.None, Conv_float_Classic5x5_None, null),
        new("Classic5x5_Sigmoid_Deterministic", new Conv2DShape(1, 5, 5, 1, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, Conv_float_Classic5x5_Sigmoid_Deterministic, null),
        new("Classic3x5x5S2P1_None", new Conv2DShape(3, 5, 5, 2, 3, 3, 2, 2, 1, 1, 1, 1, 1), Activation.None, Conv_float_Classic3x5x5S2P1_None, null),
        new("Pointwise16to17_Sigmoid", new Conv2DShape(16, 8, 8, 17, 1, 1, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, Conv_float_Pointwise16to17_Sigmoid, null),
        new("K3P1C3to16_Tanh_NoBias", new Conv2DShape(3, 32, 32, 16, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, null, Conv_float_K3P1C3to16_Tanh_NoBias),
        new("K3P1C3to16_None_Deterministic", new Conv2DShape(3, 32, 32, 16, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_float_K3P1C3to16_None_Deterministic, null),
        new("K5C1to8_Step", new Conv2DShape(1, 28, 28, 8, 5, 5, 1, 1, 0, 0, 1, 1, 1), Activation.Step, Conv_float_K5C1to8_Step, null),
        new("K7S2P3_None_NoBias", new Conv2DShape(3, 40, 36, 8, 7, 7, 2, 2, 3, 3, 1, 1, 1), Activation.None, null, Conv_float_K7S2P3_None_NoBias),
        new("K1x3PX1_Relu", new Conv2DShape(4, 9, 13, 4, 1, 3, 1, 1, 0, 1, 1, 1, 1), Activation.Relu, Conv_float_K1x3PX1_Relu, null),
        new("K1x3PX1_Tanh_Deterministic", new Conv2DShape(4, 9, 13, 4, 1, 3, 1, 1, 0, 1, 1, 1, 1), Activation.Tanh, Conv_float_K1x3PX1_Tanh_Deterministic, null),
        new("K5x1PY2_Sigmoid_NoBias", new Conv2DShape(4, 13, 9, 6, 5, 1, 1, 1, 2, 0, 1, 1, 1), Activation.Sigmoid, null, Conv_float_K5x1PY2_Sigmoid_NoBias),
        new("StrideY2X3_Tanh", new Conv2DShape(3, 17, 19, 5, 3, 3, 2, 3, 1, 1, 1, 1, 1), Activation.Tanh, Conv_float_StrideY2X3_Tanh, null),
        new("Stride3_Step_NoBias", new Conv2DShape(2, 20, 20, 4, 3, 3, 3, 3, 0, 0, 1, 1, 1), Activation.Step, null, Conv_float_Stride3_Step_NoBias),
        new("Stride3_Relu_Deterministic", new Conv2DShape(2, 20, 20, 4, 3, 3, 3, 3, 0, 0, 1, 1, 1), Activation.Relu, Conv_float_Stride3_Relu_Deterministic, null),
        new("PaddingY3X2_None", new Conv2DShape(3, 10, 14, 4, 3, 5, 1, 1, 3, 2, 1, 1, 1), Activation.None, Conv_float_PaddingY3X2_None, null),
        new("Dilation2_Relu_NoBias", new Conv2DShape(3, 16, 16, 4, 3, 3, 1, 1, 2, 2, 2, 2, 1), Activation.Relu, null, Conv_float_Dilation2_Relu_NoBias),
        new("DilationY2_Sigmoid", new Conv2DShape(2, 12, 15, 3, 3, 3, 1, 1, 1, 1, 2, 1, 1), Activation.Sigmoid, Conv_float_DilationY2_Sigmoid, null),
        new("DilationY2_Step_Deterministic", new Conv2DShape(2, 12, 15, 3, 3, 3, 1, 1, 1, 1, 2, 1, 1), Activation.Step, Conv_float_DilationY2_Step_Deterministic, null),
        new("Groups2_Tanh_NoBias", new Conv2DShape(4, 10, 10, 6, 3, 3, 1, 1, 1, 1, 1, 1, 2), Activation.Tanh, null, Conv_float_Groups2_Tanh_NoBias),
        new("Depthwise16_Step", new Conv2DShape(16, 14, 14, 16, 3, 3, 1, 1, 1, 1, 1, 1, 16), Activation.Step, Conv_float_Depthwise16_Step, null),
        new("Depthwise17S2_None_NoBias", new Conv2DShape(17, 9, 11, 17, 3, 3, 2, 2, 1, 1, 1, 1, 17), Activation.None, null, Conv_float_Depthwise17S2_None_NoBias),
        new("Depthwise17S2_Sigmoid_Deterministic", new Conv2DShape(17, 9, 11, 17, 3, 3, 2, 2, 1, 1, 1, 1, 17), Activation.Sigmoid, Conv_float_Depthwise17S2_Sigmoid_Deterministic, null),
        new("C64_Relu", new Conv2DShape(64, 8, 8, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Relu, Conv_float_C64_Relu, null),
        new("C17to4_Sigmoid_NoBias", new Conv2DShape(17, 7, 9, 4, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, null, Conv_float_C17to4_Sigmoid_NoBias),
        new("Wide70_Tanh", new Conv2DShape(3, 20, 70, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, Conv_float_Wide70_Tanh, null),
        new("Wide70_None_Deterministic", new Conv2DShape(3, 20, 70, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_float_Wide70_None_Deterministic, null),
        new("Image480x640_Step_NoBias", new Conv2DShape(1, 480, 640, 1, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Step, null, Conv_float_Image480x640_Step_NoBias),
        new("Image479x641_None", new Conv2DShape(1, 479, 641, 1, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_float_Image479x641_None, null),
        new("Image479x641K5To2_Relu_NoBias", new Conv2DShape(1, 479, 641, 2, 5, 5, 1, 1, 2, 2, 1, 1, 1), Activation.Relu, null, Conv_float_Image479x641K5To2_Relu_NoBias),
        new("BandedS2D2_Sigmoid", new Conv2DShape(2, 400, 300, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1), Activation.Sigmoid, Conv_float_BandedS2D2_Sigmoid, null),
        new("BandedC3K5_Tanh_NoBias", new Conv2DShape(3, 260, 280, 4, 5, 5, 1, 1, 2, 2, 1, 1, 1), Activation.Tanh, null, Conv_float_BandedC3K5_Tanh_NoBias),
        new("BandedStrideY3_Step", new Conv2DShape(1, 600, 400, 2, 3, 3, 3, 1, 1, 1, 1, 1, 1), Activation.Step, Conv_float_BandedStrideY3_Step, null),
        new("BandedStrideY3_Relu_Deterministic", new Conv2DShape(1, 600, 400, 2, 3, 3, 3, 1, 1, 1, 1, 1, 1), Activation.Relu, Conv_float_BandedStrideY3_Relu_Deterministic, null),
        new("OneOutput_None_NoBias", new Conv2DShape(2, 3, 3, 3, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.None, null, Conv_float_OneOutput_None_NoBias),
        new("AllOnes_Relu", new Conv2DShape(1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1), Activation.Relu, Conv_float_AllOnes_Relu, null),
        new("Narrow_Sigmoid_NoBias", new Conv2DShape(2, 6, 3, 2, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, null, Conv_float_Narrow_Sigmoid_NoBias),
        new("Narrow_Step_Deterministic", new Conv2DShape(2, 6, 3, 2, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Step, Conv_float_Narrow_Step_Deterministic, null),
        new("Stride2P0_Tanh", new Conv2DShape(3, 11, 11, 4, 3, 3, 2, 2, 0, 0, 1, 1, 1), Activation.Tanh, Conv_float_Stride2P0_Tanh, null),
        new("FilterOverPadding_Step_NoBias", new Conv2DShape(1, 2, 2, 1, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Step, null, Conv_float_FilterOverPadding_Step_NoBias),
        new("GroupsStrideDilation_None", new Conv2DShape(6, 15, 15, 6, 3, 3, 2, 2, 2, 2, 2, 2, 3), Activation.None, Conv_float_GroupsStrideDilation_None, null),
        new("GroupsStrideDilation_Sigmoid_Deterministic", new Conv2DShape(6, 15, 15, 6, 3, 3, 2, 2, 2, 2, 2, 2, 3), Activation.Sigmoid, Conv_float_GroupsStrideDilation_Sigmoid_Deterministic, null),
        new("Tall_Relu_NoBias", new Conv2DShape(3, 33, 8, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Relu, null, Conv_float_Tall_Relu_NoBias),
        new("PlaneDigits16x4x4To32_Sigmoid", new Conv2DShape(16, 4, 4, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Sigmoid, Conv_float_PlaneDigits16x4x4To32_Sigmoid, null),
        new("Plane7x7To12_Tanh_NoBias", new Conv2DShape(8, 7, 7, 12, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, null, Conv_float_Plane7x7To12_Tanh_NoBias),
        new("Plane7x7To12_None_Deterministic", new Conv2DShape(8, 7, 7, 12, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_float_Plane7x7To12_None_Deterministic, null),
        new("PlaneStrideY2DilatedX_Step", new Conv2DShape(4, 13, 9, 10, 3, 3, 2, 1, 1, 1, 1, 2, 1), Activation.Step, Conv_float_PlaneStrideY2DilatedX_Step, null),
        new("Plane5x5To9NoPad_None_NoBias", new Conv2DShape(3, 7, 7, 9, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.None, null, Conv_float_Plane5x5To9NoPad_None_NoBias),
        new("Lanes14_Relu", new Conv2DShape(32, 14, 14, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Relu, Conv_float_Lanes14_Relu, null),
        new("Lanes14_Tanh_Deterministic", new Conv2DShape(32, 14, 14, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, Conv_float_Lanes14_Tanh_Deterministic, null),
        new("Lanes7x7Rows_Sigmoid_NoBias", new Conv2DShape(96, 7, 7, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Sigmoid, null, Conv_float_Lanes7x7Rows_Sigmoid_NoBias),
        new("LanesS2W20_Tanh", new Conv2DShape(16, 40, 40, 32, 3, 3, 2, 2, 1, 1, 1, 1, 1), Activation.Tanh, Conv_float_LanesS2W20_Tanh, null),
        new("LanesPointwise14_Step_NoBias", new Conv2DShape(48, 14, 14, 96, 1, 1, 1, 1, 0, 0, 1, 1, 1), Activation.Step, null, Conv_float_LanesPointwise14_Step_NoBias),
        new("LanesPointwise14_Relu_Deterministic", new Conv2DShape(48, 14, 14, 96, 1, 1, 1, 1, 0, 0, 1, 1, 1), Activation.Relu, Conv_float_LanesPointwise14_Relu_Deterministic, null),
        new("Lanes7x7Blocks_None", new Conv2DShape(384, 7, 7, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_float_Lanes7x7Blocks_None, null),
        new("Lanes7x7BlocksS2_Relu_NoBias", new Conv2DShape(384, 13, 13, 32, 3, 3, 2, 2, 1, 1, 1, 1, 1), Activation.Relu, null, Conv_float_Lanes7x7BlocksS2_Relu_NoBias),
        new("Lanes5x5Rows_Sigmoid", new Conv2DShape(16, 14, 14, 32, 5, 5, 1, 1, 2, 2, 1, 1, 1), Activation.Sigmoid, Conv_float_Lanes5x5Rows_Sigmoid, null),
        new("Lanes5x5Rows_Step_Deterministic", new Conv2DShape(16, 14, 14, 32, 5, 5, 1, 1, 2, 2, 1, 1, 1), Activation.Step, Conv_float_Lanes5x5Rows_Step_Deterministic, null),
        new("Act3x3P1_None", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_float_Act3x3P1_None, null),
        new("Act3x3P1_None_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, null, Conv_float_Act3x3P1_None_NoBias),
        new("Act3x3P1_Relu", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Relu, Conv_float_Act3x3P1_Relu, null),
        new("Act3x3P1_Relu_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Relu, null, Conv_float_Act3x3P1_Relu_NoBias),
        new("Act3x3P1_Sigmoid", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Sigmoid, Conv_float_Act3x3P1_Sigmoid, null),
        new("Act3x3P1_Sigmoid_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Sigmoid, null, Conv_float_Act3x3P1_Sigmoid_NoBias),
        new("Act3x3P1_Tanh", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, Conv_float_Act3x3P1_Tanh, null),
        new("Act3x3P1_Tanh_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, null, Conv_float_Act3x3P1_Tanh_NoBias),
        new("Act3x3P1_Step", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Step, Conv_float_Act3x3P1_Step, null),
        new("Act3x3P1_Step_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Step, null, Conv_float_Act3x3P1_Step_NoBias),
        new("Act3x3_None", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.None, Conv_float_Act3x3_None, null),
        new("Act3x3_None_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.None, null, Conv_float_Act3x3_None_NoBias),
        new("Act3x3_Relu", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Relu, Conv_float_Act3x3_Relu, null),
        new("Act3x3_Relu_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Relu, null, Conv_float_Act3x3_Relu_NoBias),
        new("Act3x3_Sigmoid", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, Conv_float_Act3x3_Sigmoid, null),
        new("Act3x3_Sigmoid_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, null, Conv_float_Act3x3_Sigmoid_NoBias),
        new("Act3x3_Tanh", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Tanh, Conv_float_Act3x3_Tanh, null),
        new("Act3x3_Tanh_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Tanh, null, Conv_float_Act3x3_Tanh_NoBias),
        new("Act3x3_Step", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Step, Conv_float_Act3x3_Step, null),
        new("Act3x3_Step_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Step, null, Conv_float_Act3x3_Step_NoBias),
    };

    public static readonly ConvCase<double>[] DoubleConv =
    {
        new("Classic5x5_None", new Conv2DShape(1, 5, 5, 1, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.None, Conv_double_Classic5x5_None, null),
        new("Classic5x5_Sigmoid_Deterministic", new Conv2DShape(1, 5, 5, 1, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, Conv_double_Classic5x5_Sigmoid_Deterministic, null),
        new("Classic3x5x5S2P1_None", new Conv2DShape(3, 5, 5, 2, 3, 3, 2, 2, 1, 1, 1, 1, 1), Activation.None, Conv_double_Classic3x5x5S2P1_None, null),
        new("Pointwise16to17_Sigmoid", new Conv2DShape(16, 8, 8, 17, 1, 1, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, Conv_double_Pointwise16to17_Sigmoid, null),
        new("K3P1C3to16_Tanh_NoBias", new Conv2DShape(3, 32, 32, 16, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, null, Conv_double_K3P1C3to16_Tanh_NoBias),
        new("K3P1C3to16_None_Deterministic", new Conv2DShape(3, 32, 32, 16, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_double_K3P1C3to16_None_Deterministic, null),
        new("K5C1to8_Step", new Conv2DShape(1, 28, 28, 8, 5, 5, 1, 1, 0, 0, 1, 1, 1), Activation.Step, Conv_double_K5C1to8_Step, null),
        new("K7S2P3_None_NoBias", new Conv2DShape(3, 40, 36, 8, 7, 7, 2, 2, 3, 3, 1, 1, 1), Activation.None, null, Conv_double_K7S2P3_None_NoBias),
        new("K1x3PX1_Relu", new Conv2DShape(4, 9, 13, 4, 1, 3, 1, 1, 0, 1, 1, 1, 1), Activation.Relu, Conv_double_K1x3PX1_Relu, null),
        new("K1x3PX1_Tanh_Deterministic", new Conv2DShape(4, 9, 13, 4, 1, 3, 1, 1, 0, 1, 1, 1, 1), Activation.Tanh, Conv_double_K1x3PX1_Tanh_Deterministic, null),
        new("K5x1PY2_Sigmoid_NoBias", new Conv2DShape(4, 13, 9, 6, 5, 1, 1, 1, 2, 0, 1, 1, 1), Activation.Sigmoid, null, Conv_double_K5x1PY2_Sigmoid_NoBias),
        new("StrideY2X3_Tanh", new Conv2DShape(3, 17, 19, 5, 3, 3, 2, 3, 1, 1, 1, 1, 1), Activation.Tanh, Conv_double_StrideY2X3_Tanh, null),
        new("Stride3_Step_NoBias", new Conv2DShape(2, 20, 20, 4, 3, 3, 3, 3, 0, 0, 1, 1, 1), Activation.Step, null, Conv_double_Stride3_Step_NoBias),
        new("Stride3_Relu_Deterministic", new Conv2DShape(2, 20, 20, 4, 3, 3, 3, 3, 0, 0, 1, 1, 1), Activation.Relu, Conv_double_Stride3_Relu_Deterministic, null),
        new("PaddingY3X2_None", new Conv2DShape(3, 10, 14, 4, 3, 5, 1, 1, 3, 2, 1, 1, 1), Activation.None, Conv_double_PaddingY3X2_None, null),
        new("Dilation2_Relu_NoBias", new Conv2DShape(3, 16, 16, 4, 3, 3, 1, 1, 2, 2, 2, 2, 1), Activation.Relu, null, Conv_double_Dilation2_Relu_NoBias),
        new("DilationY2_Sigmoid", new Conv2DShape(2, 12, 15, 3, 3, 3, 1, 1, 1, 1, 2, 1, 1), Activation.Sigmoid, Conv_double_DilationY2_Sigmoid, null),
        new("DilationY2_Step_Deterministic", new Conv2DShape(2, 12, 15, 3, 3, 3, 1, 1, 1, 1, 2, 1, 1), Activation.Step, Conv_double_DilationY2_Step_Deterministic, null),
        new("Groups2_Tanh_NoBias", new Conv2DShape(4, 10, 10, 6, 3, 3, 1, 1, 1, 1, 1, 1, 2), Activation.Tanh, null, Conv_double_Groups2_Tanh_NoBias),
        new("Depthwise16_Step", new Conv2DShape(16, 14, 14, 16, 3, 3, 1, 1, 1, 1, 1, 1, 16), Activation.Step, Conv_double_Depthwise16_Step, null),
        new("Depthwise17S2_None_NoBias", new Conv2DShape(17, 9, 11, 17, 3, 3, 2, 2, 1, 1, 1, 1, 17), Activation.None, null, Conv_double_Depthwise17S2_None_NoBias),
        new("Depthwise17S2_Sigmoid_Deterministic", new Conv2DShape(17, 9, 11, 17, 3, 3, 2, 2, 1, 1, 1, 1, 17), Activation.Sigmoid, Conv_double_Depthwise17S2_Sigmoid_Deterministic, null),
        new("C64_Relu", new Conv2DShape(64, 8, 8, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Relu, Conv_double_C64_Relu, null),
        new("C17to4_Sigmoid_NoBias", new Conv2DShape(17, 7, 9, 4, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, null, Conv_double_C17to4_Sigmoid_NoBias),
        new("Wide70_Tanh", new Conv2DShape(3, 20, 70, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, Conv_double_Wide70_Tanh, null),
        new("Wide70_None_Deterministic", new Conv2DShape(3, 20, 70, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_double_Wide70_None_Deterministic, null),
        new("Image480x640_Step_NoBias", new Conv2DShape(1, 480, 640, 1, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Step, null, Conv_double_Image480x640_Step_NoBias),
        new("Image479x641_None", new Conv2DShape(1, 479, 641, 1, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_double_Image479x641_None, null),
        new("Image479x641K5To2_Relu_NoBias", new Conv2DShape(1, 479, 641, 2, 5, 5, 1, 1, 2, 2, 1, 1, 1), Activation.Relu, null, Conv_double_Image479x641K5To2_Relu_NoBias),
        new("BandedS2D2_Sigmoid", new Conv2DShape(2, 400, 300, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1), Activation.Sigmoid, Conv_double_BandedS2D2_Sigmoid, null),
        new("BandedC3K5_Tanh_NoBias", new Conv2DShape(3, 260, 280, 4, 5, 5, 1, 1, 2, 2, 1, 1, 1), Activation.Tanh, null, Conv_double_BandedC3K5_Tanh_NoBias),
        new("BandedStrideY3_Step", new Conv2DShape(1, 600, 400, 2, 3, 3, 3, 1, 1, 1, 1, 1, 1), Activation.Step, Conv_double_BandedStrideY3_Step, null),
        new("BandedStrideY3_Relu_Deterministic", new Conv2DShape(1, 600, 400, 2, 3, 3, 3, 1, 1, 1, 1, 1, 1), Activation.Relu, Conv_double_BandedStrideY3_Relu_Deterministic, null),
        new("OneOutput_None_NoBias", new Conv2DShape(2, 3, 3, 3, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.None, null, Conv_double_OneOutput_None_NoBias),
        new("AllOnes_Relu", new Conv2DShape(1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1), Activation.Relu, Conv_double_AllOnes_Relu, null),
        new("Narrow_Sigmoid_NoBias", new Conv2DShape(2, 6, 3, 2, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, null, Conv_double_Narrow_Sigmoid_NoBias),
        new("Narrow_Step_Deterministic", new Conv2DShape(2, 6, 3, 2, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Step, Conv_double_Narrow_Step_Deterministic, null),
        new("Stride2P0_Tanh", new Conv2DShape(3, 11, 11, 4, 3, 3, 2, 2, 0, 0, 1, 1, 1), Activation.Tanh, Conv_double_Stride2P0_Tanh, null),
        new("FilterOverPadding_Step_NoBias", new Conv2DShape(1, 2, 2, 1, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Step, null, Conv_double_FilterOverPadding_Step_NoBias),
        new("GroupsStrideDilation_None", new Conv2DShape(6, 15, 15, 6, 3, 3, 2, 2, 2, 2, 2, 2, 3), Activation.None, Conv_double_GroupsStrideDilation_None, null),
        new("GroupsStrideDilation_Sigmoid_Deterministic", new Conv2DShape(6, 15, 15, 6, 3, 3, 2, 2, 2, 2, 2, 2, 3), Activation.Sigmoid, Conv_double_GroupsStrideDilation_Sigmoid_Deterministic, null),
        new("Tall_Relu_NoBias", new Conv2DShape(3, 33, 8, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Relu, null, Conv_double_Tall_Relu_NoBias),
        new("PlaneDigits16x4x4To32_Sigmoid", new Conv2DShape(16, 4, 4, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Sigmoid, Conv_double_PlaneDigits16x4x4To32_Sigmoid, null),
        new("Plane7x7To12_Tanh_NoBias", new Conv2DShape(8, 7, 7, 12, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, null, Conv_double_Plane7x7To12_Tanh_NoBias),
        new("Plane7x7To12_None_Deterministic", new Conv2DShape(8, 7, 7, 12, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_double_Plane7x7To12_None_Deterministic, null),
        new("PlaneStrideY2DilatedX_Step", new Conv2DShape(4, 13, 9, 10, 3, 3, 2, 1, 1, 1, 1, 2, 1), Activation.Step, Conv_double_PlaneStrideY2DilatedX_Step, null),
        new("Plane5x5To9NoPad_None_NoBias", new Conv2DShape(3, 7, 7, 9, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.None, null, Conv_double_Plane5x5To9NoPad_None_NoBias),
        new("Lanes14_Relu", new Conv2DShape(32, 14, 14, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Relu, Conv_double_Lanes14_Relu, null),
        new("Lanes14_Tanh_Deterministic", new Conv2DShape(32, 14, 14, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, Conv_double_Lanes14_Tanh_Deterministic, null),
        new("Lanes7x7Rows_Sigmoid_NoBias", new Conv2DShape(96, 7, 7, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Sigmoid, null, Conv_double_Lanes7x7Rows_Sigmoid_NoBias),
        new("LanesS2W20_Tanh", new Conv2DShape(16, 40, 40, 32, 3, 3, 2, 2, 1, 1, 1, 1, 1), Activation.Tanh, Conv_double_LanesS2W20_Tanh, null),
        new("LanesPointwise14_Step_NoBias", new Conv2DShape(48, 14, 14, 96, 1, 1, 1, 1, 0, 0, 1, 1, 1), Activation.Step, null, Conv_double_LanesPointwise14_Step_NoBias),
        new("LanesPointwise14_Relu_Deterministic", new Conv2DShape(48, 14, 14, 96, 1, 1, 1, 1, 0, 0, 1, 1, 1), Activation.Relu, Conv_double_LanesPointwise14_Relu_Deterministic, null),
        new("Lanes7x7Blocks_None", new Conv2DShape(384, 7, 7, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_double_Lanes7x7Blocks_None, null),
        new("Lanes7x7BlocksS2_Relu_NoBias", new Conv2DShape(384, 13, 13, 32, 3, 3, 2, 2, 1, 1, 1, 1, 1), Activation.Relu, null, Conv_double_Lanes7x7BlocksS2_Relu_NoBias),
        new("Lanes5x5Rows_Sigmoid", new Conv2DShape(16, 14, 14, 32, 5, 5, 1, 1, 2, 2, 1, 1, 1), Activation.Sigmoid, Conv_double_Lanes5x5Rows_Sigmoid, null),
        new("Lanes5x5Rows_Step_Deterministic", new Conv2DShape(16, 14, 14, 32, 5, 5, 1, 1, 2, 2, 1, 1, 1), Activation.Step, Conv_double_Lanes5x5Rows_Step_Deterministic, null),
        new("Act3x3P1_None", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, Conv_double_Act3x3P1_None, null),
        new("Act3x3P1_None_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.None, null, Conv_double_Act3x3P1_None_NoBias),
        new("Act3x3P1_Relu", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Relu, Conv_double_Act3x3P1_Relu, null),
        new("Act3x3P1_Relu_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Relu, null, Conv_double_Act3x3P1_Relu_NoBias),
        new("Act3x3P1_Sigmoid", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Sigmoid, Conv_double_Act3x3P1_Sigmoid, null),
        new("Act3x3P1_Sigmoid_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Sigmoid, null, Conv_double_Act3x3P1_Sigmoid_NoBias),
        new("Act3x3P1_Tanh", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, Conv_double_Act3x3P1_Tanh, null),
        new("Act3x3P1_Tanh_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Tanh, null, Conv_double_Act3x3P1_Tanh_NoBias),
        new("Act3x3P1_Step", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Step, Conv_double_Act3x3P1_Step, null),
        new("Act3x3P1_Step_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), Activation.Step, null, Conv_double_Act3x3P1_Step_NoBias),
        new("Act3x3_None", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.None, Conv_double_Act3x3_None, null),
        new("Act3x3_None_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.None, null, Conv_double_Act3x3_None_NoBias),
        new("Act3x3_Relu", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Relu, Conv_double_Act3x3_Relu, null),
        new("Act3x3_Relu_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Relu, null, Conv_double_Act3x3_Relu_NoBias),
        new("Act3x3_Sigmoid", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, Conv_double_Act3x3_Sigmoid, null),
        new("Act3x3_Sigmoid_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Sigmoid, null, Conv_double_Act3x3_Sigmoid_NoBias),
        new("Act3x3_Tanh", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Tanh, Conv_double_Act3x3_Tanh, null),
        new("Act3x3_Tanh_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Tanh, null, Conv_double_Act3x3_Tanh_NoBias),
        new("Act3x3_Step", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Step, Conv_double_Act3x3_Step, null),
        new("Act3x3_Step_NoBias", new Conv2DShape(4, 12, 20, 8, 3, 3, 1, 1, 0, 0, 1, 1, 1), Activation.Step, null, Conv_double_Act3x3_Step_NoBias),
    };

    public static readonly (int Length, DotKernel<float> Kernel)[] FloatDots =
    {
        (1, Dot_float_1),
        (2, Dot_float_2),
        (3, Dot_float_3),
        (4, Dot_float_4),
        (5, Dot_float_5),
        (6, Dot_float_6),
        (7, Dot_float_7),
        (8, Dot_float_8),
        (9, Dot_float_9),
        (10, Dot_float_10),
        (11, Dot_float_11),
        (12, Dot_float_12),
        (13, Dot_float_13),
        (14, Dot_float_14),
        (15, Dot_float_15),
        (16, Dot_float_16),
        (17, Dot_float_17),
        (18, Dot_float_18),
        (19, Dot_float_19),
        (20, Dot_float_20),
        (21, Dot_float_21),
        (22, Dot_float_22),
        (23, Dot_float_23),
        (24, Dot_float_24),
        (25, Dot_float_25),
        (26, Dot_float_26),
        (27, Dot_float_27),
        (28, Dot_float_28),
        (29, Dot_float_29),
        (30, Dot_float_30),
        (31, Dot_float_31),
        (32, Dot_float_32),
        (33, Dot_float_33),
        (34, Dot_float_34),
        (35, Dot_float_35),
        (36, Dot_float_36),
        (37, Dot_float_37),
        (38, Dot_float_38),
        (39, Dot_float_39),
        (40, Dot_float_40),
        (47, Dot_float_47),
        (63, Dot_float_63),
        (64, Dot_float_64),
        (65, Dot_float_65),
        (100, Dot_float_100),
        (129, Dot_float_129),
        (255, Dot_float_255),
        (256, Dot_float_256),
        (257, Dot_float_257),
        (288, Dot_float_288),
        (300, Dot_float_300),
        (1024, Dot_float_1024),
        (4096, Dot_float_4096),
        (4099, Dot_float_4099),
#if NET9_0_OR_GREATER
        (41, Dot_float_41),
        (42, Dot_float_42),
        (43, Dot_float_43),
        (44, Dot_float_44),
        (45, Dot_float_45),
        (46, Dot_float_46),
        (48, Dot_float_48),
        (49, Dot_float_49),
        (50, Dot_float_50),
        (51, Dot_float_51),
        (52, Dot_float_52),
        (53, Dot_float_53),
        (54, Dot_float_54),
        (55, Dot_float_55),
        (56, Dot_float_56),
        (57, Dot_float_57),
        (58, Dot_float_58),
        (59, Dot_float_59),
        (60, Dot_float_60),
        (61, Dot_float_61),
        (62, Dot_float_62),
        (66, Dot_float_66),
        (67, Dot_float_67),
        (68, Dot_float_68),
        (69, Dot_float_69),
        (70, Dot_float_70),
        (71, Dot_float_71),
        (72, Dot_float_72),
        (73, Dot_float_73),
        (74, Dot_float_74),
        (75, Dot_float_75),
        (76, Dot_float_76),
        (77, Dot_float_77),
        (78, Dot_float_78),
        (79, Dot_float_79),
        (80, Dot_float_80),
        (81, Dot_float_81),
        (82, Dot_float_82),
        (83, Dot_float_83),
        (84, Dot_float_84),
        (85, Dot_float_85),
        (86, Dot_float_86),
        (87, Dot_float_87),
        (88, Dot_float_88),
        (89, Dot_float_89),
        (90, Dot_float_90),
        (91, Dot_float_91),
        (92, Dot_float_92),
        (93, Dot_float_93),
        (94, Dot_float_94),
        (95, Dot_float_95),
        (96, Dot_float_96),
        (97, Dot_float_97),
        (98, Dot_float_98),
        (99, Dot_float_99),
        (101, Dot_float_101),
        (102, Dot_float_102),
        (103, Dot_float_103),
        (104, Dot_float_104),
        (105, Dot_float_105),
        (106, Dot_float_106),
        (107, Dot_float_107),
        (108, Dot_float_108),
        (109, Dot_float_109),
        (110, Dot_float_110),
        (111, Dot_float_111),
        (112, Dot_float_112),
        (113, Dot_float_113),
        (114, Dot_float_114),
        (115, Dot_float_115),
        (116, Dot_float_116),
        (117, Dot_float_117),
        (118, Dot_float_118),
        (119, Dot_float_119),
        (120, Dot_float_120),
        (121, Dot_float_121),
        (122, Dot_float_122),
        (123, Dot_float_123),
        (124, Dot_float_124),
        (125, Dot_float_125),
        (126, Dot_float_126),
        (127, Dot_float_127),
        (128, Dot_float_128),
        (130, Dot_float_130),
        (131, Dot_float_131),
        (132, Dot_float_132),
        (133, Dot_float_133),
        (134, Dot_float_134),
        (135, Dot_float_135),
        (136, Dot_float_136),
        (137, Dot_float_137),
        (138, Dot_float_138),
        (139, Dot_float_139),
        (140, Dot_float_140),
        (141, Dot_float_141),
        (142, Dot_float_142),
        (143, Dot_float_143),
        (144, Dot_float_144),
        (145, Dot_float_145),
        (146, Dot_float_146),
        (147, Dot_float_147),
        (148, Dot_float_148),
        (149, Dot_float_149),
        (150, Dot_float_150),
        (151, Dot_float_151),
        (152, Dot_float_152),
        (153, Dot_float_153),
        (154, Dot_float_154),
        (155, Dot_float_155),
        (156, Dot_float_156),
        (157, Dot_float_157),
        (158, Dot_float_158),
        (159, Dot_float_159),
        (160, Dot_float_160),
        (161, Dot_float_161),
        (162, Dot_float_162),
        (163, Dot_float_163),
        (164, Dot_float_164),
        (165, Dot_float_165),
        (166, Dot_float_166),
        (167, Dot_float_167),
        (168, Dot_float_168),
        (169, Dot_float_169),
        (170, Dot_float_170),
        (171, Dot_float_171),
        (172, Dot_float_172),
        (173, Dot_float_173),
        (174, Dot_float_174),
        (175, Dot_float_175),
        (176, Dot_float_176),
        (177, Dot_float_177),
        (178, Dot_float_178),
        (179, Dot_float_179),
        (180, Dot_float_180),
        (181, Dot_float_181),
        (182, Dot_float_182),
        (183, Dot_float_183),
        (184, Dot_float_184),
        (185, Dot_float_185),
        (186, Dot_float_186),
        (187, Dot_float_187),
        (188, Dot_float_188),
        (189, Dot_float_189),
        (190, Dot_float_190),
        (191, Dot_float_191),
        (192, Dot_float_192),
        (193, Dot_float_193),
        (194, Dot_float_194),
        (195, Dot_float_195),
        (196, Dot_float_196),
        (197, Dot_float_197),
        (198, Dot_float_198),
        (199, Dot_float_199),
        (200, Dot_float_200),
        (201, Dot_float_201),
        (202, Dot_float_202),
        (203, Dot_float_203),
        (204, Dot_float_204),
        (205, Dot_float_205),
        (206, Dot_float_206),
        (207, Dot_float_207),
        (208, Dot_float_208),
        (209, Dot_float_209),
        (210, Dot_float_210),
        (211, Dot_float_211),
        (212, Dot_float_212),
        (213, Dot_float_213),
        (214, Dot_float_214),
        (215, Dot_float_215),
        (216, Dot_float_216),
        (217, Dot_float_217),
        (218, Dot_float_218),
        (219, Dot_float_219),
        (220, Dot_float_220),
        (221, Dot_float_221),
        (222, Dot_float_222),
        (223, Dot_float_223),
        (224, Dot_float_224),
        (225, Dot_float_225),
        (226, Dot_float_226),
        (227, Dot_float_227),
        (228, Dot_float_228),
        (229, Dot_float_229),
        (230, Dot_float_230),
        (231, Dot_float_231),
        (232, Dot_float_232),
        (233, Dot_float_233),
        (234, Dot_float_234),
        (235, Dot_float_235),
        (236, Dot_float_236),
        (237, Dot_float_237),
        (238, Dot_float_238),
        (239, Dot_float_239),
        (240, Dot_float_240),
        (241, Dot_float_241),
        (242, Dot_float_242),
        (243, Dot_float_243),
        (244, Dot_float_244),
        (245, Dot_float_245),
        (246, Dot_float_246),
        (247, Dot_float_247),
        (248, Dot_float_248),
        (249, Dot_float_249),
        (250, Dot_float_250),
        (251, Dot_float_251),
        (252, Dot_float_252),
        (253, Dot_float_253),
        (254, Dot_float_254),
        (258, Dot_float_258),
        (259, Dot_float_259),
        (260, Dot_float_260),
        (261, Dot_float_261),
        (262, Dot_float_262),
        (263, Dot_float_263),
        (264, Dot_float_264),
        (265, Dot_float_265),
        (266, Dot_float_266),
        (267, Dot_float_267),
        (268, Dot_float_268),
        (269, Dot_float_269),
        (270, Dot_float_270),
        (271, Dot_float_271),
        (272, Dot_float_272),
        (273, Dot_float_273),
        (274, Dot_float_274),
        (275, Dot_float_275),
        (276, Dot_float_276),
        (277, Dot_float_277),
        (278, Dot_float_278),
        (279, Dot_float_279),
        (280, Dot_float_280),
        (281, Dot_float_281),
        (282, Dot_float_282),
        (283, Dot_float_283),
        (284, Dot_float_284),
        (285, Dot_float_285),
        (286, Dot_float_286),
        (287, Dot_float_287),
        (289, Dot_float_289),
        (290, Dot_float_290),
        (291, Dot_float_291),
        (292, Dot_float_292),
        (293, Dot_float_293),
        (294, Dot_float_294),
        (295, Dot_float_295),
        (296, Dot_float_296),
        (297, Dot_float_297),
        (298, Dot_float_298),
        (299, Dot_float_299),
#endif
    };

    public static readonly (int Length, DotKernel<double> Kernel)[] DoubleDots =
    {
        (1, Dot_double_1),
        (2, Dot_double_2),
        (3, Dot_double_3),
        (4, Dot_double_4),
        (5, Dot_double_5),
        (6, Dot_double_6),
        (7, Dot_double_7),
        (8, Dot_double_8),
        (9, Dot_double_9),
        (10, Dot_double_10),
        (11, Dot_double_11),
        (12, Dot_double_12),
        (13, Dot_double_13),
        (14, Dot_double_14),
        (15, Dot_double_15),
        (16, Dot_double_16),
        (17, Dot_double_17),
        (18, Dot_double_18),
        (19, Dot_double_19),
        (20, Dot_double_20),
        (21, Dot_double_21),
        (22, Dot_double_22),
        (23, Dot_double_23),
        (24, Dot_double_24),
        (25, Dot_double_25),
        (26, Dot_double_26),
        (27, Dot_double_27),
        (28, Dot_double_28),
        (29, Dot_double_29),
        (30, Dot_double_30),
        (31, Dot_double_31),
        (32, Dot_double_32),
        (33, Dot_double_33),
        (34, Dot_double_34),
        (35, Dot_double_35),
        (36, Dot_double_36),
        (37, Dot_double_37),
        (38, Dot_double_38),
        (39, Dot_double_39),
        (40, Dot_double_40),
        (47, Dot_double_47),
        (63, Dot_double_63),
        (64, Dot_double_64),
        (65, Dot_double_65),
        (100, Dot_double_100),
        (129, Dot_double_129),
        (255, Dot_double_255),
        (256, Dot_double_256),
        (257, Dot_double_257),
        (288, Dot_double_288),
        (300, Dot_double_300),
        (1024, Dot_double_1024),
        (4096, Dot_double_4096),
        (4099, Dot_double_4099),
#if NET9_0_OR_GREATER
        (41, Dot_double_41),
        (42, Dot_double_42),
        (43, Dot_double_43),
        (44, Dot_double_44),
        (45, Dot_double_45),
        (46, Dot_double_46),
        (48, Dot_double_48),
        (49, Dot_double_49),
        (50, Dot_double_50),
        (51, Dot_double_51),
        (52, Dot_double_52),
        (53, Dot_double_53),
        (54, Dot_double_54),
        (55, Dot_double_55),
        (56, Dot_double_56),
        (57, Dot_double_57),
        (58, Dot_double_58),
        (59, Dot_double_59),
        (60, Dot_double_60),
        (61, Dot_double_61),
        (62, Dot_double_62),
        (66, Dot_double_66),
        (67, Dot_double_67),
        (68, Dot_double_68),
        (69, Dot_double_69),
        (70, Dot_double_70),
        (71, Dot_double_71),
        (72, Dot_double_72),
        (73, Dot_double_73),
        (74, Dot_double_74),
        (75, Dot_double_75),
        (76, Dot_double_76),
        (77, Dot_double_77),
        (78, Dot_double_78),
        (79, Dot_double_79),
        (80, Dot_double_80),
        (81, Dot_double_81),
        (82, Dot_double_82),
        (83, Dot_double_83),
        (84, Dot_double_84),
        (85, Dot_double_85),
        (86, Dot_double_86),
        (87, Dot_double_87),
        (88, Dot_double_88),
        (89, Dot_double_89),
        (90, Dot_double_90),
        (91, Dot_double_91),
        (92, Dot_double_92),
        (93, Dot_double_93),
        (94, Dot_double_94),
        (95, Dot_double_95),
        (96, Dot_double_96),
        (97, Dot_double_97),
        (98, Dot_double_98),
        (99, Dot_double_99),
        (101, Dot_double_101),
        (102, Dot_double_102),
        (103, Dot_double_103),
        (104, Dot_double_104),
        (105, Dot_double_105),
        (106, Dot_double_106),
        (107, Dot_double_107),
        (108, Dot_double_108),
        (109, Dot_double_109),
        (110, Dot_double_110),
        (111, Dot_double_111),
        (112, Dot_double_112),
        (113, Dot_double_113),
        (114, Dot_double_114),
        (115, Dot_double_115),
        (116, Dot_double_116),
        (117, Dot_double_117),
        (118, Dot_double_118),
        (119, Dot_double_119),
        (120, Dot_double_120),
        (121, Dot_double_121),
        (122, Dot_double_122),
        (123, Dot_double_123),
        (124, Dot_double_124),
        (125, Dot_double_125),
        (126, Dot_double_126),
        (127, Dot_double_127),
        (128, Dot_double_128),
        (130, Dot_double_130),
        (131, Dot_double_131),
        (132, Dot_double_132),
        (133, Dot_double_133),
        (134, Dot_double_134),
        (135, Dot_double_135),
        (136, Dot_double_136),
        (137, Dot_double_137),
        (138, Dot_double_138),
        (139, Dot_double_139),
        (140, Dot_double_140),
        (141, Dot_double_141),
        (142, Dot_double_142),
        (143, Dot_double_143),
        (144, Dot_double_144),
        (145, Dot_double_145),
        (146, Dot_double_146),
        (147, Dot_double_147),
        (148, Dot_double_148),
        (149, Dot_double_149),
        (150, Dot_double_150),
        (151, Dot_double_151),
        (152, Dot_double_152),
        (153, Dot_double_153),
        (154, Dot_double_154),
        (155, Dot_double_155),
        (156, Dot_double_156),
        (157, Dot_double_157),
        (158, Dot_double_158),
        (159, Dot_double_159),
        (160, Dot_double_160),
        (161, Dot_double_161),
        (162, Dot_double_162),
        (163, Dot_double_163),
        (164, Dot_double_164),
        (165, Dot_double_165),
        (166, Dot_double_166),
        (167, Dot_double_167),
        (168, Dot_double_168),
        (169, Dot_double_169),
        (170, Dot_double_170),
        (171, Dot_double_171),
        (172, Dot_double_172),
        (173, Dot_double_173),
        (174, Dot_double_174),
        (175, Dot_double_175),
        (176, Dot_double_176),
        (177, Dot_double_177),
        (178, Dot_double_178),
        (179, Dot_double_179),
        (180, Dot_double_180),
        (181, Dot_double_181),
        (182, Dot_double_182),
        (183, Dot_double_183),
        (184, Dot_double_184),
        (185, Dot_double_185),
        (186, Dot_double_186),
        (187, Dot_double_187),
        (188, Dot_double_188),
        (189, Dot_double_189),
        (190, Dot_double_190),
        (191, Dot_double_191),
        (192, Dot_double_192),
        (193, Dot_double_193),
        (194, Dot_double_194),
        (195, Dot_double_195),
        (196, Dot_double_196),
        (197, Dot_double_197),
        (198, Dot_double_198),
        (199, Dot_double_199),
        (200, Dot_double_200),
        (201, Dot_double_201),
        (202, Dot_double_202),
        (203, Dot_double_203),
        (204, Dot_double_204),
        (205, Dot_double_205),
        (206, Dot_double_206),
        (207, Dot_double_207),
        (208, Dot_double_208),
        (209, Dot_double_209),
        (210, Dot_double_210),
        (211, Dot_double_211),
        (212, Dot_double_212),
        (213, Dot_double_213),
        (214, Dot_double_214),
        (215, Dot_double_215),
        (216, Dot_double_216),
        (217, Dot_double_217),
        (218, Dot_double_218),
        (219, Dot_double_219),
        (220, Dot_double_220),
        (221, Dot_double_221),
        (222, Dot_double_222),
        (223, Dot_double_223),
        (224, Dot_double_224),
        (225, Dot_double_225),
        (226, Dot_double_226),
        (227, Dot_double_227),
        (228, Dot_double_228),
        (229, Dot_double_229),
        (230, Dot_double_230),
        (231, Dot_double_231),
        (232, Dot_double_232),
        (233, Dot_double_233),
        (234, Dot_double_234),
        (235, Dot_double_235),
        (236, Dot_double_236),
        (237, Dot_double_237),
        (238, Dot_double_238),
        (239, Dot_double_239),
        (240, Dot_double_240),
        (241, Dot_double_241),
        (242, Dot_double_242),
        (243, Dot_double_243),
        (244, Dot_double_244),
        (245, Dot_double_245),
        (246, Dot_double_246),
        (247, Dot_double_247),
        (248, Dot_double_248),
        (249, Dot_double_249),
        (250, Dot_double_250),
        (251, Dot_double_251),
        (252, Dot_double_252),
        (253, Dot_double_253),
        (254, Dot_double_254),
        (258, Dot_double_258),
        (259, Dot_double_259),
        (260, Dot_double_260),
        (261, Dot_double_261),
        (262, Dot_double_262),
        (263, Dot_double_263),
        (264, Dot_double_264),
        (265, Dot_double_265),
        (266, Dot_double_266),
        (267, Dot_double_267),
        (268, Dot_double_268),
        (269, Dot_double_269),
        (270, Dot_double_270),
        (271, Dot_double_271),
        (272, Dot_double_272),
        (273, Dot_double_273),
        (274, Dot_double_274),
        (275, Dot_double_275),
        (276, Dot_double_276),
        (277, Dot_double_277),
        (278, Dot_double_278),
        (279, Dot_double_279),
        (280, Dot_double_280),
        (281, Dot_double_281),
        (282, Dot_double_282),
        (283, Dot_double_283),
        (284, Dot_double_284),
        (285, Dot_double_285),
        (286, Dot_double_286),
        (287, Dot_double_287),
        (289, Dot_double_289),
        (290, Dot_double_290),
        (291, Dot_double_291),
        (292, Dot_double_292),
        (293, Dot_double_293),
        (294, Dot_double_294),
        (295, Dot_double_295),
        (296, Dot_double_296),
        (297, Dot_double_297),
        (298, Dot_double_298),
        (299, Dot_double_299),
#endif
    };

    public static readonly (int Length, DotKernel<float> Kernel)[] FloatDeterministicDots =
    {
        (1, DeterministicDot_float_1),
        (2, DeterministicDot_float_2),
        (3, DeterministicDot_float_3),
        (4, DeterministicDot_float_4),
        (5, DeterministicDot_float_5),
        (6, DeterministicDot_float_6),
        (7, DeterministicDot_float_7),
        (8, DeterministicDot_float_8),
        (9, DeterministicDot_float_9),
        (10, DeterministicDot_float_10),
        (11, DeterministicDot_float_11),
        (12, DeterministicDot_float_12),
        (13, DeterministicDot_float_13),
        (14, DeterministicDot_float_14),
        (15, DeterministicDot_float_15),
        (16, DeterministicDot_float_16),
        (17, DeterministicDot_float_17),
        (18, DeterministicDot_float_18),
        (19, DeterministicDot_float_19),
        (20, DeterministicDot_float_20),
        (21, DeterministicDot_float_21),
        (22, DeterministicDot_float_22),
        (23, DeterministicDot_float_23),
        (24, DeterministicDot_float_24),
        (25, DeterministicDot_float_25),
        (26, DeterministicDot_float_26),
        (27, DeterministicDot_float_27),
        (28, DeterministicDot_float_28),
        (29, DeterministicDot_float_29),
        (30, DeterministicDot_float_30),
        (31, DeterministicDot_float_31),
        (32, DeterministicDot_float_32),
        (33, DeterministicDot_float_33),
        (34, DeterministicDot_float_34),
        (35, DeterministicDot_float_35),
        (36, DeterministicDot_float_36),
        (37, DeterministicDot_float_37),
        (38, DeterministicDot_float_38),
        (39, DeterministicDot_float_39),
        (40, DeterministicDot_float_40),
        (47, DeterministicDot_float_47),
        (63, DeterministicDot_float_63),
        (64, DeterministicDot_float_64),
        (65, DeterministicDot_float_65),
        (100, DeterministicDot_float_100),
        (129, DeterministicDot_float_129),
        (255, DeterministicDot_float_255),
        (256, DeterministicDot_float_256),
        (1024, DeterministicDot_float_1024),
        (1030, DeterministicDot_float_1030),
        (4099, DeterministicDot_float_4099),
    };

    public static readonly (int Length, DotKernel<float> Plain, DotKernel<float> Deterministic)[] FloatCosines =
    {
        (1, Cosine_float_1, DeterministicCosine_float_1),
        (2, Cosine_float_2, DeterministicCosine_float_2),
        (3, Cosine_float_3, DeterministicCosine_float_3),
        (4, Cosine_float_4, DeterministicCosine_float_4),
        (5, Cosine_float_5, DeterministicCosine_float_5),
        (6, Cosine_float_6, DeterministicCosine_float_6),
        (7, Cosine_float_7, DeterministicCosine_float_7),
        (8, Cosine_float_8, DeterministicCosine_float_8),
        (9, Cosine_float_9, DeterministicCosine_float_9),
        (10, Cosine_float_10, DeterministicCosine_float_10),
        (11, Cosine_float_11, DeterministicCosine_float_11),
        (12, Cosine_float_12, DeterministicCosine_float_12),
        (13, Cosine_float_13, DeterministicCosine_float_13),
        (14, Cosine_float_14, DeterministicCosine_float_14),
        (15, Cosine_float_15, DeterministicCosine_float_15),
        (16, Cosine_float_16, DeterministicCosine_float_16),
        (17, Cosine_float_17, DeterministicCosine_float_17),
        (18, Cosine_float_18, DeterministicCosine_float_18),
        (19, Cosine_float_19, DeterministicCosine_float_19),
        (20, Cosine_float_20, DeterministicCosine_float_20),
        (21, Cosine_float_21, DeterministicCosine_float_21),
        (22, Cosine_float_22, DeterministicCosine_float_22),
        (23, Cosine_float_23, DeterministicCosine_float_23),
        (24, Cosine_float_24, DeterministicCosine_float_24),
        (25, Cosine_float_25, DeterministicCosine_float_25),
        (26, Cosine_float_26, DeterministicCosine_float_26),
        (27, Cosine_float_27, DeterministicCosine_float_27),
        (28, Cosine_float_28, DeterministicCosine_float_28),
        (29, Cosine_float_29, DeterministicCosine_float_29),
        (30, Cosine_float_30, DeterministicCosine_float_30),
        (31, Cosine_float_31, DeterministicCosine_float_31),
        (32, Cosine_float_32, DeterministicCosine_float_32),
        (33, Cosine_float_33, DeterministicCosine_float_33),
        (34, Cosine_float_34, DeterministicCosine_float_34),
        (35, Cosine_float_35, DeterministicCosine_float_35),
        (36, Cosine_float_36, DeterministicCosine_float_36),
        (37, Cosine_float_37, DeterministicCosine_float_37),
        (38, Cosine_float_38, DeterministicCosine_float_38),
        (39, Cosine_float_39, DeterministicCosine_float_39),
        (40, Cosine_float_40, DeterministicCosine_float_40),
        (47, Cosine_float_47, DeterministicCosine_float_47),
        (63, Cosine_float_63, DeterministicCosine_float_63),
        (64, Cosine_float_64, DeterministicCosine_float_64),
        (65, Cosine_float_65, DeterministicCosine_float_65),
        (100, Cosine_float_100, DeterministicCosine_float_100),
        (127, Cosine_float_127, DeterministicCosine_float_127),
        (128, Cosine_float_128, DeterministicCosine_float_128),
        (129, Cosine_float_129, DeterministicCosine_float_129),
        (255, Cosine_float_255, DeterministicCosine_float_255),
        (256, Cosine_float_256, DeterministicCosine_float_256),
        (384, Cosine_float_384, DeterministicCosine_float_384),
        (768, Cosine_float_768, DeterministicCosine_float_768),
        (1000, Cosine_float_1000, DeterministicCosine_float_1000),
        (1536, Cosine_float_1536, DeterministicCosine_float_1536),
        (4099, Cosine_float_4099, DeterministicCosine_float_4099),
    };

    public static readonly (int Length, DotKernel<double> Kernel)[] DoubleDeterministicDots =
    {
        (1, DeterministicDot_double_1),
        (2, DeterministicDot_double_2),
        (3, DeterministicDot_double_3),
        (4, DeterministicDot_double_4),
        (5, DeterministicDot_double_5),
        (6, DeterministicDot_double_6),
        (7, DeterministicDot_double_7),
        (8, DeterministicDot_double_8),
        (9, DeterministicDot_double_9),
        (10, DeterministicDot_double_10),
        (11, DeterministicDot_double_11),
        (12, DeterministicDot_double_12),
        (13, DeterministicDot_double_13),
        (14, DeterministicDot_double_14),
        (15, DeterministicDot_double_15),
        (16, DeterministicDot_double_16),
        (17, DeterministicDot_double_17),
        (18, DeterministicDot_double_18),
        (19, DeterministicDot_double_19),
        (20, DeterministicDot_double_20),
        (21, DeterministicDot_double_21),
        (22, DeterministicDot_double_22),
        (23, DeterministicDot_double_23),
        (24, DeterministicDot_double_24),
        (25, DeterministicDot_double_25),
        (26, DeterministicDot_double_26),
        (27, DeterministicDot_double_27),
        (28, DeterministicDot_double_28),
        (29, DeterministicDot_double_29),
        (30, DeterministicDot_double_30),
        (31, DeterministicDot_double_31),
        (32, DeterministicDot_double_32),
        (33, DeterministicDot_double_33),
        (34, DeterministicDot_double_34),
        (35, DeterministicDot_double_35),
        (36, DeterministicDot_double_36),
        (37, DeterministicDot_double_37),
        (38, DeterministicDot_double_38),
        (39, DeterministicDot_double_39),
        (40, DeterministicDot_double_40),
        (47, DeterministicDot_double_47),
        (63, DeterministicDot_double_63),
        (64, DeterministicDot_double_64),
        (65, DeterministicDot_double_65),
        (100, DeterministicDot_double_100),
        (129, DeterministicDot_double_129),
        (255, DeterministicDot_double_255),
        (256, DeterministicDot_double_256),
        (1024, DeterministicDot_double_1024),
        (1030, DeterministicDot_double_1030),
        (4099, DeterministicDot_double_4099),
    };

    public static readonly (int Length, DotKernel<double> Plain, DotKernel<double> Deterministic)[] DoubleCosines =
    {
        (1, Cosine_double_1, DeterministicCosine_double_1),
        (2, Cosine_double_2, DeterministicCosine_double_2),
        (3, Cosine_double_3, DeterministicCosine_double_3),
        (4, Cosine_double_4, DeterministicCosine_double_4),
        (5, Cosine_double_5, DeterministicCosine_double_5),
        (6, Cosine_double_6, DeterministicCosine_double_6),
        (7, Cosine_double_7, DeterministicCosine_double_7),
        (8, Cosine_double_8, DeterministicCosine_double_8),
        (9, Cosine_double_9, DeterministicCosine_double_9),
        (10, Cosine_double_10, DeterministicCosine_double_10),
        (11, Cosine_double_11, DeterministicCosine_double_11),
        (12, Cosine_double_12, DeterministicCosine_double_12),
        (13, Cosine_double_13, DeterministicCosine_double_13),
        (14, Cosine_double_14, DeterministicCosine_double_14),
        (15, Cosine_double_15, DeterministicCosine_double_15),
        (16, Cosine_double_16, DeterministicCosine_double_16),
        (17, Cosine_double_17, DeterministicCosine_double_17),
        (18, Cosine_double_18, DeterministicCosine_double_18),
        (19, Cosine_double_19, DeterministicCosine_double_19),
        (20, Cosine_double_20, DeterministicCosine_double_20),
        (21, Cosine_double_21, DeterministicCosine_double_21),
        (22, Cosine_double_22, DeterministicCosine_double_22),
        (23, Cosine_double_23, DeterministicCosine_double_23),
        (24, Cosine_double_24, DeterministicCosine_double_24),
        (25, Cosine_double_25, DeterministicCosine_double_25),
        (26, Cosine_double_26, DeterministicCosine_double_26),
        (27, Cosine_double_27, DeterministicCosine_double_27),
        (28, Cosine_double_28, DeterministicCosine_double_28),
        (29, Cosine_double_29, DeterministicCosine_double_29),
        (30, Cosine_double_30, DeterministicCosine_double_30),
        (31, Cosine_double_31, DeterministicCosine_double_31),
        (32, Cosine_double_32, DeterministicCosine_double_32),
        (33, Cosine_double_33, DeterministicCosine_double_33),
        (34, Cosine_double_34, DeterministicCosine_double_34),
        (35, Cosine_double_35, DeterministicCosine_double_35),
        (36, Cosine_double_36, DeterministicCosine_double_36),
        (37, Cosine_double_37, DeterministicCosine_double_37),
        (38, Cosine_double_38, DeterministicCosine_double_38),
        (39, Cosine_double_39, DeterministicCosine_double_39),
        (40, Cosine_double_40, DeterministicCosine_double_40),
        (47, Cosine_double_47, DeterministicCosine_double_47),
        (63, Cosine_double_63, DeterministicCosine_double_63),
        (64, Cosine_double_64, DeterministicCosine_double_64),
        (65, Cosine_double_65, DeterministicCosine_double_65),
        (100, Cosine_double_100, DeterministicCosine_double_100),
        (127, Cosine_double_127, DeterministicCosine_double_127),
        (128, Cosine_double_128, DeterministicCosine_double_128),
        (129, Cosine_double_129, DeterministicCosine_double_129),
        (255, Cosine_double_255, DeterministicCosine_double_255),
        (256, Cosine_double_256, DeterministicCosine_double_256),
        (384, Cosine_double_384, DeterministicCosine_double_384),
        (768, Cosine_double_768, DeterministicCosine_double_768),
        (1000, Cosine_double_1000, DeterministicCosine_double_1000),
        (1536, Cosine_double_1536, DeterministicCosine_double_1536),
        (4099, Cosine_double_4099, DeterministicCosine_double_4099),
    };

    public static readonly DenseCase<float>[] FloatDense =
    {
        new(1, 1, Activation.None, Dense_float_1x1_None, null),
        new(1, 1, Activation.None, null, Dense_float_1x1_None_NoBias),
        new(1, 1, Activation.Relu, Dense_float_1x1_Relu, null),
        new(1, 1, Activation.Relu, null, Dense_float_1x1_Relu_NoBias),
        new(1, 1, Activation.Sigmoid, Dense_float_1x1_Sigmoid, null),
        new(1, 1, Activation.Tanh, Dense_float_1x1_Tanh, null),
        new(1, 1, Activation.Step, Dense_float_1x1_Step, null),
        new(1, 1, Activation.Step, null, Dense_float_1x1_Step_NoBias),
        new(3, 2, Activation.None, Dense_float_3x2_None, null),
        new(3, 2, Activation.None, null, Dense_float_3x2_None_NoBias),
        new(3, 2, Activation.Relu, Dense_float_3x2_Relu, null),
        new(3, 2, Activation.Relu, null, Dense_float_3x2_Relu_NoBias),
        new(3, 2, Activation.Sigmoid, Dense_float_3x2_Sigmoid, null),
        new(3, 2, Activation.Tanh, Dense_float_3x2_Tanh, null),
        new(3, 2, Activation.Step, Dense_float_3x2_Step, null),
        new(3, 2, Activation.Step, null, Dense_float_3x2_Step_NoBias),
        new(784, 10, Activation.None, Dense_float_784x10_None, null),
        new(784, 10, Activation.None, null, Dense_float_784x10_None_NoBias),
        new(784, 10, Activation.Relu, Dense_float_784x10_Relu, null),
        new(784, 10, Activation.Relu, null, Dense_float_784x10_Relu_NoBias),
        new(784, 10, Activation.Sigmoid, Dense_float_784x10_Sigmoid, null),
        new(784, 10, Activation.Tanh, Dense_float_784x10_Tanh, null),
        new(784, 10, Activation.Step, Dense_float_784x10_Step, null),
        new(784, 10, Activation.Step, null, Dense_float_784x10_Step_NoBias),
        new(64, 33, Activation.None, Dense_float_64x33_None, null),
        new(64, 33, Activation.None, null, Dense_float_64x33_None_NoBias),
        new(64, 33, Activation.Relu, Dense_float_64x33_Relu, null),
        new(64, 33, Activation.Relu, null, Dense_float_64x33_Relu_NoBias),
        new(64, 33, Activation.Sigmoid, Dense_float_64x33_Sigmoid, null),
        new(64, 33, Activation.Tanh, Dense_float_64x33_Tanh, null),
        new(64, 33, Activation.Step, Dense_float_64x33_Step, null),
        new(64, 33, Activation.Step, null, Dense_float_64x33_Step_NoBias),
        new(2, 1, Activation.None, Dense_float_2x1_None, null),
        new(2, 1, Activation.None, null, Dense_float_2x1_None_NoBias),
        new(2, 1, Activation.Relu, Dense_float_2x1_Relu, null),
        new(2, 1, Activation.Relu, null, Dense_float_2x1_Relu_NoBias),
        new(2, 1, Activation.Sigmoid, Dense_float_2x1_Sigmoid, null),
        new(2, 1, Activation.Tanh, Dense_float_2x1_Tanh, null),
        new(2, 1, Activation.Step, Dense_float_2x1_Step, null),
        new(2, 1, Activation.Step, null, Dense_float_2x1_Step_NoBias),
        new(5, 17, Activation.None, Dense_float_5x17_None, null),
        new(5, 17, Activation.None, null, Dense_float_5x17_None_NoBias),
        new(5, 17, Activation.Relu, Dense_float_5x17_Relu, null),
        new(5, 17, Activation.Relu, null, Dense_float_5x17_Relu_NoBias),
        new(5, 17, Activation.Sigmoid, Dense_float_5x17_Sigmoid, null),
        new(5, 17, Activation.Tanh, Dense_float_5x17_Tanh, null),
        new(5, 17, Activation.Step, Dense_float_5x17_Step, null),
        new(5, 17, Activation.Step, null, Dense_float_5x17_Step_NoBias),
        new(16, 16, Activation.None, Dense_float_16x16_None, null),
        new(16, 16, Activation.None, null, Dense_float_16x16_None_NoBias),
        new(16, 16, Activation.Relu, Dense_float_16x16_Relu, null),
        new(16, 16, Activation.Relu, null, Dense_float_16x16_Relu_NoBias),
        new(16, 16, Activation.Sigmoid, Dense_float_16x16_Sigmoid, null),
        new(16, 16, Activation.Tanh, Dense_float_16x16_Tanh, null),
        new(16, 16, Activation.Step, Dense_float_16x16_Step, null),
        new(16, 16, Activation.Step, null, Dense_float_16x16_Step_NoBias),
        new(33, 64, Activation.None, Dense_float_33x64_None, null),
        new(33, 64, Activation.None, null, Dense_float_33x64_None_NoBias),
        new(33, 64, Activation.Relu, Dense_float_33x64_Relu, null),
        new(33, 64, Activation.Relu, null, Dense_float_33x64_Relu_NoBias),
        new(33, 64, Activation.Sigmoid, Dense_float_33x64_Sigmoid, null),
        new(33, 64, Activation.Tanh, Dense_float_33x64_Tanh, null),
        new(33, 64, Activation.Step, Dense_float_33x64_Step, null),
        new(33, 64, Activation.Step, null, Dense_float_33x64_Step_NoBias),
        new(100, 7, Activation.None, Dense_float_100x7_None, null),
        new(100, 7, Activation.None, null, Dense_float_100x7_None_NoBias),
        new(100, 7, Activation.Relu, Dense_float_100x7_Relu, null),
        new(100, 7, Activation.Relu, null, Dense_float_100x7_Relu_NoBias),
        new(100, 7, Activation.Sigmoid, Dense_float_100x7_Sigmoid, null),
        new(100, 7, Activation.Tanh, Dense_float_100x7_Tanh, null),
        new(100, 7, Activation.Step, Dense_float_100x7_Step, null),
        new(100, 7, Activation.Step, null, Dense_float_100x7_Step_NoBias),
        new(1, 20, Activation.None, Dense_float_1x20_None, null),
        new(1, 20, Activation.None, null, Dense_float_1x20_None_NoBias),
        new(1, 20, Activation.Relu, Dense_float_1x20_Relu, null),
        new(1, 20, Activation.Relu, null, Dense_float_1x20_Relu_NoBias),
        new(1, 20, Activation.Sigmoid, Dense_float_1x20_Sigmoid, null),
        new(1, 20, Activation.Tanh, Dense_float_1x20_Tanh, null),
        new(1, 20, Activation.Step, Dense_float_1x20_Step, null),
        new(1, 20, Activation.Step, null, Dense_float_1x20_Step_NoBias),
        new(20, 1, Activation.None, Dense_float_20x1_None, null),
        new(20, 1, Activation.None, null, Dense_float_20x1_None_NoBias),
        new(20, 1, Activation.Relu, Dense_float_20x1_Relu, null),
        new(20, 1, Activation.Relu, null, Dense_float_20x1_Relu_NoBias),
        new(20, 1, Activation.Sigmoid, Dense_float_20x1_Sigmoid, null),
        new(20, 1, Activation.Tanh, Dense_float_20x1_Tanh, null),
        new(20, 1, Activation.Step, Dense_float_20x1_Step, null),
        new(20, 1, Activation.Step, null, Dense_float_20x1_Step_NoBias),
        new(9, 9, Activation.None, Dense_float_9x9_None, null),
        new(9, 9, Activation.None, null, Dense_float_9x9_None_NoBias),
        new(9, 9, Activation.Relu, Dense_float_9x9_Relu, null),
        new(9, 9, Activation.Relu, null, Dense_float_9x9_Relu_NoBias),
        new(9, 9, Activation.Sigmoid, Dense_float_9x9_Sigmoid, null),
        new(9, 9, Activation.Tanh, Dense_float_9x9_Tanh, null),
        new(9, 9, Activation.Step, Dense_float_9x9_Step, null),
        new(9, 9, Activation.Step, null, Dense_float_9x9_Step_NoBias),
        new(47, 3, Activation.None, Dense_float_47x3_None, null),
        new(47, 3, Activation.None, null, Dense_float_47x3_None_NoBias),
        new(47, 3, Activation.Relu, Dense_float_47x3_Relu, null),
        new(47, 3, Activation.Relu, null, Dense_float_47x3_Relu_NoBias),
        new(47, 3, Activation.Sigmoid, Dense_float_47x3_Sigmoid, null),
        new(47, 3, Activation.Tanh, Dense_float_47x3_Tanh, null),
        new(47, 3, Activation.Step, Dense_float_47x3_Step, null),
        new(47, 3, Activation.Step, null, Dense_float_47x3_Step_NoBias),
        new(256, 256, Activation.None, Dense_float_256x256_None, null),
        new(256, 256, Activation.None, null, Dense_float_256x256_None_NoBias),
        new(256, 256, Activation.Relu, Dense_float_256x256_Relu, null),
        new(256, 256, Activation.Relu, null, Dense_float_256x256_Relu_NoBias),
        new(256, 256, Activation.Sigmoid, Dense_float_256x256_Sigmoid, null),
        new(256, 256, Activation.Tanh, Dense_float_256x256_Tanh, null),
        new(256, 256, Activation.Step, Dense_float_256x256_Step, null),
        new(256, 256, Activation.Step, null, Dense_float_256x256_Step_NoBias),
        new(1, 1, Activation.Relu, DeterministicDense_float_1x1_Relu, null),
        new(1, 1, Activation.Sigmoid, DeterministicDense_float_1x1_Sigmoid, null),
        new(1, 1, Activation.Tanh, DeterministicDense_float_1x1_Tanh, null),
        new(3, 2, Activation.Relu, DeterministicDense_float_3x2_Relu, null),
        new(3, 2, Activation.Sigmoid, DeterministicDense_float_3x2_Sigmoid, null),
        new(3, 2, Activation.Tanh, DeterministicDense_float_3x2_Tanh, null),
        new(784, 10, Activation.Relu, DeterministicDense_float_784x10_Relu, null),
        new(784, 10, Activation.Sigmoid, DeterministicDense_float_784x10_Sigmoid, null),
        new(784, 10, Activation.Tanh, DeterministicDense_float_784x10_Tanh, null),
        new(64, 33, Activation.Relu, DeterministicDense_float_64x33_Relu, null),
        new(64, 33, Activation.Sigmoid, DeterministicDense_float_64x33_Sigmoid, null),
        new(64, 33, Activation.Tanh, DeterministicDense_float_64x33_Tanh, null),
        new(2, 1, Activation.Relu, DeterministicDense_float_2x1_Relu, null),
        new(2, 1, Activation.Sigmoid, DeterministicDense_float_2x1_Sigmoid, null),
        new(2, 1, Activation.Tanh, DeterministicDense_float_2x1_Tanh, null),
        new(5, 17, Activation.Relu, DeterministicDense_float_5x17_Relu, null),
        new(5, 17, Activation.Sigmoid, DeterministicDense_float_5x17_Sigmoid, null),
        new(5, 17, Activation.Tanh, DeterministicDense_float_5x17_Tanh, null),
        new(16, 16, Activation.Relu, DeterministicDense_float_16x16_Relu, null),
        new(16, 16, Activation.Sigmoid, DeterministicDense_float_16x16_Sigmoid, null),
        new(16, 16, Activation.Tanh, DeterministicDense_float_16x16_Tanh, null),
        new(33, 64, Activation.Relu, DeterministicDense_float_33x64_Relu, null),
        new(33, 64, Activation.Sigmoid, DeterministicDense_float_33x64_Sigmoid, null),
        new(33, 64, Activation.Tanh, DeterministicDense_float_33x64_Tanh, null),
        new(100, 7, Activation.Relu, DeterministicDense_float_100x7_Relu, null),
        new(100, 7, Activation.Sigmoid, DeterministicDense_float_100x7_Sigmoid, null),
        new(100, 7, Activation.Tanh, DeterministicDense_float_100x7_Tanh, null),
        new(1, 20, Activation.Relu, DeterministicDense_float_1x20_Relu, null),
        new(1, 20, Activation.Sigmoid, DeterministicDense_float_1x20_Sigmoid, null),
        new(1, 20, Activation.Tanh, DeterministicDense_float_1x20_Tanh, null),
        new(20, 1, Activation.Relu, DeterministicDense_float_20x1_Relu, null),
        new(20, 1, Activation.Sigmoid, DeterministicDense_float_20x1_Sigmoid, null),
        new(20, 1, Activation.Tanh, DeterministicDense_float_20x1_Tanh, null),
        new(9, 9, Activation.Relu, DeterministicDense_float_9x9_Relu, null),
        new(9, 9, Activation.Sigmoid, DeterministicDense_float_9x9_Sigmoid, null),
        new(9, 9, Activation.Tanh, DeterministicDense_float_9x9_Tanh, null),
        new(47, 3, Activation.Relu, DeterministicDense_float_47x3_Relu, null),
        new(47, 3, Activation.Sigmoid, DeterministicDense_float_47x3_Sigmoid, null),
        new(47, 3, Activation.Tanh, DeterministicDense_float_47x3_Tanh, null),
        new(256, 256, Activation.Relu, DeterministicDense_float_256x256_Relu, null),
        new(256, 256, Activation.Sigmoid, DeterministicDense_float_256x256_Sigmoid, null),
        new(256, 256, Activation.Tanh, DeterministicDense_float_256x256_Tanh, null),
    };

    public static readonly DenseCase<double>[] DoubleDense =
    {
        new(1, 1, Activation.None, Dense_double_1x1_None, null),
        new(1, 1, Activation.None, null, Dense_double_1x1_None_NoBias),
        new(1, 1, Activation.Relu, Dense_double_1x1_Relu, null),
        new(1, 1, Activation.Relu, null, Dense_double_1x1_Relu_NoBias),
        new(1, 1, Activation.Sigmoid, Dense_double_1x1_Sigmoid, null),
        new(1, 1, Activation.Tanh, Dense_double_1x1_Tanh, null),
        new(1, 1, Activation.Step, Dense_double_1x1_Step, null),
        new(1, 1, Activation.Step, null, Dense_double_1x1_Step_NoBias),
        new(3, 2, Activation.None, Dense_double_3x2_None, null),
        new(3, 2, Activation.None, null, Dense_double_3x2_None_NoBias),
        new(3, 2, Activation.Relu, Dense_double_3x2_Relu, null),
        new(3, 2, Activation.Relu, null, Dense_double_3x2_Relu_NoBias),
        new(3, 2, Activation.Sigmoid, Dense_double_3x2_Sigmoid, null),
        new(3, 2, Activation.Tanh, Dense_double_3x2_Tanh, null),
        new(3, 2, Activation.Step, Dense_double_3x2_Step, null),
        new(3, 2, Activation.Step, null, Dense_double_3x2_Step_NoBias),
        new(784, 10, Activation.None, Dense_double_784x10_None, null),
        new(784, 10, Activation.None, null, Dense_double_784x10_None_NoBias),
        new(784, 10, Activation.Relu, Dense_double_784x10_Relu, null),
        new(784, 10, Activation.Relu, null, Dense_double_784x10_Relu_NoBias),
        new(784, 10, Activation.Sigmoid, Dense_double_784x10_Sigmoid, null),
        new(784, 10, Activation.Tanh, Dense_double_784x10_Tanh, null),
        new(784, 10, Activation.Step, Dense_double_784x10_Step, null),
        new(784, 10, Activation.Step, null, Dense_double_784x10_Step_NoBias),
        new(64, 33, Activation.None, Dense_double_64x33_None, null),
        new(64, 33, Activation.None, null, Dense_double_64x33_None_NoBias),
        new(64, 33, Activation.Relu, Dense_double_64x33_Relu, null),
        new(64, 33, Activation.Relu, null, Dense_double_64x33_Relu_NoBias),
        new(64, 33, Activation.Sigmoid, Dense_double_64x33_Sigmoid, null),
        new(64, 33, Activation.Tanh, Dense_double_64x33_Tanh, null),
        new(64, 33, Activation.Step, Dense_double_64x33_Step, null),
        new(64, 33, Activation.Step, null, Dense_double_64x33_Step_NoBias),
        new(2, 1, Activation.None, Dense_double_2x1_None, null),
        new(2, 1, Activation.None, null, Dense_double_2x1_None_NoBias),
        new(2, 1, Activation.Relu, Dense_double_2x1_Relu, null),
        new(2, 1, Activation.Relu, null, Dense_double_2x1_Relu_NoBias),
        new(2, 1, Activation.Sigmoid, Dense_double_2x1_Sigmoid, null),
        new(2, 1, Activation.Tanh, Dense_double_2x1_Tanh, null),
        new(2, 1, Activation.Step, Dense_double_2x1_Step, null),
        new(2, 1, Activation.Step, null, Dense_double_2x1_Step_NoBias),
        new(5, 17, Activation.None, Dense_double_5x17_None, null),
        new(5, 17, Activation.None, null, Dense_double_5x17_None_NoBias),
        new(5, 17, Activation.Relu, Dense_double_5x17_Relu, null),
        new(5, 17, Activation.Relu, null, Dense_double_5x17_Relu_NoBias),
        new(5, 17, Activation.Sigmoid, Dense_double_5x17_Sigmoid, null),
        new(5, 17, Activation.Tanh, Dense_double_5x17_Tanh, null),
        new(5, 17, Activation.Step, Dense_double_5x17_Step, null),
        new(5, 17, Activation.Step, null, Dense_double_5x17_Step_NoBias),
        new(16, 16, Activation.None, Dense_double_16x16_None, null),
        new(16, 16, Activation.None, null, Dense_double_16x16_None_NoBias),
        new(16, 16, Activation.Relu, Dense_double_16x16_Relu, null),
        new(16, 16, Activation.Relu, null, Dense_double_16x16_Relu_NoBias),
        new(16, 16, Activation.Sigmoid, Dense_double_16x16_Sigmoid, null),
        new(16, 16, Activation.Tanh, Dense_double_16x16_Tanh, null),
        new(16, 16, Activation.Step, Dense_double_16x16_Step, null),
        new(16, 16, Activation.Step, null, Dense_double_16x16_Step_NoBias),
        new(33, 64, Activation.None, Dense_double_33x64_None, null),
        new(33, 64, Activation.None, null, Dense_double_33x64_None_NoBias),
        new(33, 64, Activation.Relu, Dense_double_33x64_Relu, null),
        new(33, 64, Activation.Relu, null, Dense_double_33x64_Relu_NoBias),
        new(33, 64, Activation.Sigmoid, Dense_double_33x64_Sigmoid, null),
        new(33, 64, Activation.Tanh, Dense_double_33x64_Tanh, null),
        new(33, 64, Activation.Step, Dense_double_33x64_Step, null),
        new(33, 64, Activation.Step, null, Dense_double_33x64_Step_NoBias),
        new(100, 7, Activation.None, Dense_double_100x7_None, null),
        new(100, 7, Activation.None, null, Dense_double_100x7_None_NoBias),
        new(100, 7, Activation.Relu, Dense_double_100x7_Relu, null),
        new(100, 7, Activation.Relu, null, Dense_double_100x7_Relu_NoBias),
        new(100, 7, Activation.Sigmoid, Dense_double_100x7_Sigmoid, null),
        new(100, 7, Activation.Tanh, Dense_double_100x7_Tanh, null),
        new(100, 7, Activation.Step, Dense_double_100x7_Step, null),
        new(100, 7, Activation.Step, null, Dense_double_100x7_Step_NoBias),
        new(1, 20, Activation.None, Dense_double_1x20_None, null),
        new(1, 20, Activation.None, null, Dense_double_1x20_None_NoBias),
        new(1, 20, Activation.Relu, Dense_double_1x20_Relu, null),
        new(1, 20, Activation.Relu, null, Dense_double_1x20_Relu_NoBias),
        new(1, 20, Activation.Sigmoid, Dense_double_1x20_Sigmoid, null),
        new(1, 20, Activation.Tanh, Dense_double_1x20_Tanh, null),
        new(1, 20, Activation.Step, Dense_double_1x20_Step, null),
        new(1, 20, Activation.Step, null, Dense_double_1x20_Step_NoBias),
        new(20, 1, Activation.None, Dense_double_20x1_None, null),
        new(20, 1, Activation.None, null, Dense_double_20x1_None_NoBias),
        new(20, 1, Activation.Relu, Dense_double_20x1_Relu, null),
        new(20, 1, Activation.Relu, null, Dense_double_20x1_Relu_NoBias),
        new(20, 1, Activation.Sigmoid, Dense_double_20x1_Sigmoid, null),
        new(20, 1, Activation.Tanh, Dense_double_20x1_Tanh, null),
        new(20, 1, Activation.Step, Dense_double_20x1_Step, null),
        new(20, 1, Activation.Step, null, Dense_double_20x1_Step_NoBias),
        new(9, 9, Activation.None, Dense_double_9x9_None, null),
        new(9, 9, Activation.None, null, Dense_double_9x9_None_NoBias),
        new(9, 9, Activation.Relu, Dense_double_9x9_Relu, null),
        new(9, 9, Activation.Relu, null, Dense_double_9x9_Relu_NoBias),
        new(9, 9, Activation.Sigmoid, Dense_double_9x9_Sigmoid, null),
        new(9, 9, Activation.Tanh, Dense_double_9x9_Tanh, null),
        new(9, 9, Activation.Step, Dense_double_9x9_Step, null),
        new(9, 9, Activation.Step, null, Dense_double_9x9_Step_NoBias),
        new(47, 3, Activation.None, Dense_double_47x3_None, null),
        new(47, 3, Activation.None, null, Dense_double_47x3_None_NoBias),
        new(47, 3, Activation.Relu, Dense_double_47x3_Relu, null),
        new(47, 3, Activation.Relu, null, Dense_double_47x3_Relu_NoBias),
        new(47, 3, Activation.Sigmoid, Dense_double_47x3_Sigmoid, null),
        new(47, 3, Activation.Tanh, Dense_double_47x3_Tanh, null),
        new(47, 3, Activation.Step, Dense_double_47x3_Step, null),
        new(47, 3, Activation.Step, null, Dense_double_47x3_Step_NoBias),
        new(256, 256, Activation.None, Dense_double_256x256_None, null),
        new(256, 256, Activation.None, null, Dense_double_256x256_None_NoBias),
        new(256, 256, Activation.Relu, Dense_double_256x256_Relu, null),
        new(256, 256, Activation.Relu, null, Dense_double_256x256_Relu_NoBias),
        new(256, 256, Activation.Sigmoid, Dense_double_256x256_Sigmoid, null),
        new(256, 256, Activation.Tanh, Dense_double_256x256_Tanh, null),
        new(256, 256, Activation.Step, Dense_double_256x256_Step, null),
        new(256, 256, Activation.Step, null, Dense_double_256x256_Step_NoBias),
        new(1, 1, Activation.Relu, DeterministicDense_double_1x1_Relu, null),
        new(1, 1, Activation.Sigmoid, DeterministicDense_double_1x1_Sigmoid, null),
        new(1, 1, Activation.Tanh, DeterministicDense_double_1x1_Tanh, null),
        new(3, 2, Activation.Relu, DeterministicDense_double_3x2_Relu, null),
        new(3, 2, Activation.Sigmoid, DeterministicDense_double_3x2_Sigmoid, null),
        new(3, 2, Activation.Tanh, DeterministicDense_double_3x2_Tanh, null),
        new(784, 10, Activation.Relu, DeterministicDense_double_784x10_Relu, null),
        new(784, 10, Activation.Sigmoid, DeterministicDense_double_784x10_Sigmoid, null),
        new(784, 10, Activation.Tanh, DeterministicDense_double_784x10_Tanh, null),
        new(64, 33, Activation.Relu, DeterministicDense_double_64x33_Relu, null),
        new(64, 33, Activation.Sigmoid, DeterministicDense_double_64x33_Sigmoid, null),
        new(64, 33, Activation.Tanh, DeterministicDense_double_64x33_Tanh, null),
        new(2, 1, Activation.Relu, DeterministicDense_double_2x1_Relu, null),
        new(2, 1, Activation.Sigmoid, DeterministicDense_double_2x1_Sigmoid, null),
        new(2, 1, Activation.Tanh, DeterministicDense_double_2x1_Tanh, null),
        new(5, 17, Activation.Relu, DeterministicDense_double_5x17_Relu, null),
        new(5, 17, Activation.Sigmoid, DeterministicDense_double_5x17_Sigmoid, null),
        new(5, 17, Activation.Tanh, DeterministicDense_double_5x17_Tanh, null),
        new(16, 16, Activation.Relu, DeterministicDense_double_16x16_Relu, null),
        new(16, 16, Activation.Sigmoid, DeterministicDense_double_16x16_Sigmoid, null),
        new(16, 16, Activation.Tanh, DeterministicDense_double_16x16_Tanh, null),
        new(33, 64, Activation.Relu, DeterministicDense_double_33x64_Relu, null),
        new(33, 64, Activation.Sigmoid, DeterministicDense_double_33x64_Sigmoid, null),
        new(33, 64, Activation.Tanh, DeterministicDense_double_33x64_Tanh, null),
        new(100, 7, Activation.Relu, DeterministicDense_double_100x7_Relu, null),
        new(100, 7, Activation.Sigmoid, DeterministicDense_double_100x7_Sigmoid, null),
        new(100, 7, Activation.Tanh, DeterministicDense_double_100x7_Tanh, null),
        new(1, 20, Activation.Relu, DeterministicDense_double_1x20_Relu, null),
        new(1, 20, Activation.Sigmoid, DeterministicDense_double_1x20_Sigmoid, null),
        new(1, 20, Activation.Tanh, DeterministicDense_double_1x20_Tanh, null),
        new(20, 1, Activation.Relu, DeterministicDense_double_20x1_Relu, null),
        new(20, 1, Activation.Sigmoid, DeterministicDense_double_20x1_Sigmoid, null),
        new(20, 1, Activation.Tanh, DeterministicDense_double_20x1_Tanh, null),
        new(9, 9, Activation.Relu, DeterministicDense_double_9x9_Relu, null),
        new(9, 9, Activation.Sigmoid, DeterministicDense_double_9x9_Sigmoid, null),
        new(9, 9, Activation.Tanh, DeterministicDense_double_9x9_Tanh, null),
        new(47, 3, Activation.Relu, DeterministicDense_double_47x3_Relu, null),
        new(47, 3, Activation.Sigmoid, DeterministicDense_double_47x3_Sigmoid, null),
        new(47, 3, Activation.Tanh, DeterministicDense_double_47x3_Tanh, null),
        new(256, 256, Activation.Relu, DeterministicDense_double_256x256_Relu, null),
        new(256, 256, Activation.Sigmoid, DeterministicDense_double_256x256_Sigmoid, null),
        new(256, 256, Activation.Tanh, DeterministicDense_double_256x256_Tanh, null),
    };
}
