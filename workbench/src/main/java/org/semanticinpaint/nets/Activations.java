package org.semanticinpaint.nets;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.LeakyRelu;
import org.tensorflow.types.TFloat32;

/** The activations the three networks use. */
public final class Activations {

	private Activations() {}

	public static Operand<TFloat32> elu(Ops tf, Operand<TFloat32> x) {
		return tf.nn.elu(x);
	}

	public static Operand<TFloat32> leakyRelu(Ops tf, Operand<TFloat32> x) {
		return tf.nn.leakyRelu(x, LeakyRelu.alpha(0.2f));
	}

	public static Operand<TFloat32> relu(Ops tf, Operand<TFloat32> x) {
		return tf.nn.relu(x);
	}

	/** Exact GELU, 0.5 x (1 + erf(x / sqrt 2)), as in PyTorch's default. */
	public static Operand<TFloat32> gelu(Ops tf, Operand<TFloat32> x) {
		Operand<TFloat32> e = tf.math.erf(tf.math.mul(x, tf.constant((float) (1 / Math.sqrt(2)))));
		return tf.math.mul(tf.math.mul(x, tf.constant(0.5f)), tf.math.add(e, tf.constant(1f)));
	}
}
