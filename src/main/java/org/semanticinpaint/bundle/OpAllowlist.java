package org.semanticinpaint.bundle;

import java.util.Set;

/**
 * The TensorFlow operations our three networks are made of, and nothing else. A SavedModel is a program
 * (TensorFlow's own security model says so): any op in it may run at load (restore and init ops) or at every
 * Propose. A bundle whose graph, function library or init op uses an op outside this list is refused before
 * TensorFlow sees it, so a shared bundle cannot read, write or fetch files.
 * <p>
 * The list is reviewed by hand, not computed: it is exactly the union of the ops in the shipped bundles
 * ({@code models/} and {@code models/ablations/}) and in the bundles the tests export (1 and 3 channels, with and
 * without ESPA, nearest and bilinear stage 2, tiles 64 and 128). {@code OpAllowlistTest} fails when an export
 * needs an op that is missing here, or when an op here is no longer used. Add an op only after checking that it
 * computes on tensors and touches no file, network or process state.
 */
public final class OpAllowlist {

	private OpAllowlist() {}

	/** Ops that read or write checkpoint files: needed by the saver only, see {@link GraphCheck}. */
	public static final Set<String> FILE_OPS = Set.of("RestoreV2", "SaveV2");

	public static final Set<String> OPS = Set.of(
		// graph plumbing
		"Const", "Identity", "NoOp", "Placeholder", "StopGradient",
		// variables and the saver (its file ops are confined to the restore op, see GraphCheck)
		"VariableV2", "Assign", "RestoreV2", "SaveV2",
		// convolutions, attention and resizing
		"Conv2D", "BiasAdd", "MatMul", "AvgPool", "MirrorPad", "SpaceToBatchND", "BatchToSpaceND",
		"ResizeBilinear", "ResizeNearestNeighbor",
		// shape
		"ConcatV2", "Reshape", "Slice", "Transpose",
		// element-wise arithmetic and activations
		"Add", "Sub", "Mul", "Div", "Maximum", "Square", "Rsqrt", "Erf", "ClipByValue", "OnesLike", "ZerosLike",
		"Relu", "LeakyRelu", "Elu", "Softmax",
		// reductions
		"Mean", "Sum");

	public static boolean allows(String op) {
		return OPS.contains(op);
	}
}
