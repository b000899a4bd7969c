package org.semanticinpaint.nets;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * SPADE (Park et al.): parameter-free instance norm, then {@code x * (1 + gamma) + beta} with gamma and beta
 * predicted per pixel from the label map by a shared 3x3 conv + ReLU and two 3x3 convs.
 */
public final class Spade {

	private Spade() {}

	/**
	 * @param x activations N x h x w x C
	 * @param labels one-hot label map N x T x T x K, resized (nearest) to h x w here
	 * @param hidden width of the shared conv (128 in SPADE)
	 */
	public static Operand<TFloat32> apply(NetScope scope, String name, Operand<TFloat32> x, Operand<TFloat32> labels,
		int hidden)
	{
		NetScope s = scope.child(name);
		Ops tf = s.tf();
		int c = Conv2d.channels(x);
		Operand<TFloat32> seg = Resize.nearest(tf, labels, Conv2d.height(x), Conv2d.width(x));
		Operand<TFloat32> actv = Activations.relu(tf, Conv2d.apply(s, "shared", seg, hidden, 3, 1));
		Operand<TFloat32> gamma = Conv2d.apply(s, "gamma", actv, c, 3, 1);
		Operand<TFloat32> beta = Conv2d.apply(s, "beta", actv, c, 3, 1);
		Operand<TFloat32> xn = Normalization.instanceNorm(tf, x);
		return tf.math.add(tf.math.mul(xn, tf.math.add(gamma, tf.constant(1f))), beta);
	}
}
