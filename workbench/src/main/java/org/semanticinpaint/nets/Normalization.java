package org.semanticinpaint.nets;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Parameter-free instance norm (SPADE, PatchGAN) and per-pixel layer norm over channels (ESPA). */
public final class Normalization {

	private Normalization() {}

	/** Normalise each sample and channel over H and W. */
	public static Operand<TFloat32> instanceNorm(Ops tf, Operand<TFloat32> x) {
		return normalize(tf, x, tf.constant(new int[] { 1, 2 }), 1e-5f);
	}

	/** Normalise each pixel over its channels, then scale and shift per channel (learned). */
	public static Operand<TFloat32> layerNorm(NetScope scope, String name, Operand<TFloat32> x) {
		NetScope s = scope.child(name);
		Ops tf = s.tf();
		int c = Conv2d.channels(x);
		Operand<TFloat32> xn = normalize(tf, x, tf.constant(new int[] { 3 }), 1e-5f);
		return tf.math.add(tf.math.mul(xn, s.ones("gamma", c)), s.zeros("beta", c));
	}

	private static Operand<TFloat32> normalize(Ops tf, Operand<TFloat32> x, Operand<TInt32> axes, float eps) {
		Operand<TFloat32> mu = tf.math.mean(x, axes, Mean.keepDims(true));
		Operand<TFloat32> xc = tf.math.sub(x, mu);
		Operand<TFloat32> var = tf.math.mean(tf.math.square(xc), axes, Mean.keepDims(true));
		return tf.math.mul(xc, tf.math.rsqrt(tf.math.add(var, tf.constant(eps))));
	}
}
