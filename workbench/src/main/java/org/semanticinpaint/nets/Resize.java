package org.semanticinpaint.nets;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.image.ResizeBilinear;
import org.tensorflow.types.TFloat32;

/** Resizing with static output sizes (all our graphs have a fixed tile size). */
public final class Resize {

	private Resize() {}

	public static Operand<TFloat32> nearest(Ops tf, Operand<TFloat32> x, int h, int w) {
		if (Conv2d.height(x) == h && Conv2d.width(x) == w) return x;
		return tf.image.resizeNearestNeighbor(x, tf.constant(new int[] { h, w }));
	}

	public static Operand<TFloat32> nearestX2(Ops tf, Operand<TFloat32> x) {
		return nearest(tf, x, 2 * Conv2d.height(x), 2 * Conv2d.width(x));
	}

	public static Operand<TFloat32> bilinear(Ops tf, Operand<TFloat32> x, int h, int w) {
		return tf.image.resizeBilinear(x, tf.constant(new int[] { h, w }), ResizeBilinear.halfPixelCenters(true));
	}

	public static Operand<TFloat32> bilinearX2(Ops tf, Operand<TFloat32> x) {
		return bilinear(tf, x, 2 * Conv2d.height(x), 2 * Conv2d.width(x));
	}

	/** Average pooling by an integer factor (used to downsample masks and labels without aliasing). */
	public static Operand<TFloat32> averagePool(Ops tf, Operand<TFloat32> x, int factor) {
		if (factor == 1) return x;
		return tf.nn.avgPool(x, java.util.List.of(1L, (long) factor, (long) factor, 1L),
			java.util.List.of(1L, (long) factor, (long) factor, 1L), "VALID");
	}
}
