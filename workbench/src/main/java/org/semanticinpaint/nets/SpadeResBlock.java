package org.semanticinpaint.nets;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * SPADE residual block (NVlabs SPADEResnetBlock): SPADE, LeakyReLU 0.2, conv3x3, SPADE, LeakyReLU 0.2, conv3x3;
 * the shortcut is SPADE + 1x1 conv (no bias) when the channel count changes, identity otherwise.
 */
public final class SpadeResBlock {

	private SpadeResBlock() {}

	public static Operand<TFloat32> apply(NetScope scope, String name, Operand<TFloat32> x, Operand<TFloat32> labels,
		int cout, int hidden)
	{
		NetScope s = scope.child(name);
		Ops tf = s.tf();
		int cin = Conv2d.channels(x);
		int middle = Math.min(cin, cout);
		Operand<TFloat32> dx = Conv2d.apply(s, "conv0",
			Activations.leakyRelu(tf, Spade.apply(s, "norm0", x, labels, hidden)), middle, 3, 1);
		dx = Conv2d.apply(s, "conv1", Activations.leakyRelu(tf, Spade.apply(s, "norm1", dx, labels, hidden)), cout, 3, 1);
		Operand<TFloat32> shortcut = cin == cout ? x
			: Conv2d.apply(s, "convs", Spade.apply(s, "norms", x, labels, hidden), cout, 1, 1, false);
		return tf.math.add(shortcut, dx);
	}
}
