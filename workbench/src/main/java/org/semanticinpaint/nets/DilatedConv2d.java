package org.semanticinpaint.nets;

import java.util.List;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A 3x3 atrous convolution built as SpaceToBatchND, Conv2D, BatchToSpaceND. TensorFlow-Java's Conv2D with the
 * {@code dilations} attribute computes the same forward pass but a silently wrong gradient (DESIGN.md 6).
 * Height and width must be multiples of the rate, which holds for every tile size we allow.
 */
public final class DilatedConv2d {

	private DilatedConv2d() {}

	public static Operand<TFloat32> apply(NetScope scope, String name, Operand<TFloat32> x, int cout, int rate) {
		NetScope s = scope.child(name);
		Ops tf = s.tf();
		int cin = Conv2d.channels(x);
		if (Conv2d.height(x) % rate != 0 || Conv2d.width(x) % rate != 0) throw new IllegalArgumentException(
			"dilated conv " + name + ": size " + x.shape() + " is not a multiple of the rate " + rate);
		Operand<TFloat32> w = s.weight("w", 9 * cin, 3, 3, cin, cout);
		Operand<TInt32> block = tf.constant(new int[] { rate, rate });
		Operand<TInt32> pads = tf.constant(new int[][] { { 0, 0 }, { 0, 0 } });
		Operand<TFloat32> y = tf.batchToSpaceNd(
			tf.nn.conv2d(tf.spaceToBatchNd(x, block, pads), w, List.of(1L, 1L, 1L, 1L), "SAME"), block, pads);
		return tf.nn.biasAdd(y, s.zeros("b", cout));
	}
}
