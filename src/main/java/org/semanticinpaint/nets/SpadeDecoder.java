package org.semanticinpaint.nets;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Stage 2, the semantic decoder G(F_c, S_m): stage 1's features go up x2 twice through SPADE residual blocks
 * driven by the (edited) one-hot label map, then LeakyReLU, conv3x3, tanh (SPADEGenerator's tail).
 */
public final class SpadeDecoder {

	/**
	 * @param featureChannels channels of F_c (4 x stage 1 width)
	 * @param hidden SPADE's shared conv width (128 in SPADE)
	 */
	public record Config(int channels, int classes, int featureChannels, int hidden, int tile) {}

	private SpadeDecoder() {}

	/**
	 * @param features N x T/4 x T/4 x featureChannels
	 * @param labels one-hot N x T x T x classes
	 * @return the fine image, N x T x T x channels in [-1, 1]
	 */
	public static Operand<TFloat32> build(NetScope s, Config c, Operand<TFloat32> features, Operand<TFloat32> labels) {
		Ops tf = s.tf();
		int f = c.featureChannels();
		Operand<TFloat32> x = SpadeResBlock.apply(s, "head", features, labels, f, c.hidden());
		x = SpadeResBlock.apply(s, "up0", Resize.nearestX2(tf, x), labels, f / 2, c.hidden());
		x = SpadeResBlock.apply(s, "up1", Resize.nearestX2(tf, x), labels, f / 4, c.hidden());
		// small initial weights so tanh starts in its linear range instead of saturated (vanishing gradients)
		x = Conv2d.apply(s, "out", Activations.leakyRelu(tf, x), c.channels(), 3, 1, true, 1e-3f);
		return tf.math.tanh(x);
	}
}
